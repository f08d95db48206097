import type { Lang } from '../../i18n/paths';

/**
 * A moment (ISO timestamp) as a Vietnamese reader expects it, in Vietnam time whatever the
 * server's or browser's zone: `14:05, 02/12/2026`; English `2 Dec 2026, 14:05`. Built from
 * the parts so the server and the hydrating browser print the same text.
 */
export function formatMoment(iso: string | null | undefined, lang: Lang): string {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const local = new Date(date.getTime() + 7 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const d = local.getUTCDate();
    const m = local.getUTCMonth();
    const y = local.getUTCFullYear();
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
    if (lang === 'vi') return `${time}, ${pad(d)}/${pad(m + 1)}/${y}`;
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return `${d} ${months[m]} ${y}, ${time}`;
}
