const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar day `YYYY-MM-DD` as people read it: `28/06/2027` in Vietnamese (as Vietnamese
 * documents write dates), `28 Jun 2027` in English. Built by hand, like `formatVnd`, so that
 * the server's pages, the browser, the mails and the report files print the same text.
 * Text that is not a calendar day is returned as it is.
 */
export function formatDay(day: string, lang: 'vi' | 'en' = 'vi'): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
    if (!m) return day;
    const [, y, mo, d] = m;
    return lang === 'vi' ? `${d}/${mo}/${y}` : `${Number(d)} ${MONTHS_EN[Number(mo) - 1]} ${y}`;
}
