import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, Badge } from '@vendure/dashboard';
import type { ReactNode } from 'react';

/**
 * What our plugins' dashboard screens share (ADR 0018): Admin API calls through the
 * dashboard's own client (its session, channel and language), Vietnam calendar days,
 * and downloads of the print files with the dashboard's session.
 */

export const OCOP_NAV_SECTION = 'ocop';

export function useAdminQuery<T = any>(key: unknown[], document: string, variables?: object, enabled = true) {
    return useQuery<T>({
        queryKey: key,
        queryFn: () => api.query(document, variables as any) as Promise<T>,
        enabled,
    });
}

export function useAdminMutation<V extends object = object, T = any>(document: string, invalidate: string[]) {
    const queryClient = useQueryClient();
    return useMutation<T, Error, V>({
        mutationFn: variables => api.mutate(document, variables) as Promise<T>,
        onSuccess: () => invalidate.forEach(key => void queryClient.invalidateQueries({ queryKey: [key] })),
    });
}

/** The server's refusal as its user reads it: `OCOP_CODE: Vietnamese (English)`. */
export function errorText(error: unknown): string {
    const e = error as { message?: string; graphQLErrors?: Array<{ message: string }> };
    const text = e?.graphQLErrors?.[0]?.message ?? e?.message ?? String(error);
    // The dashboard's client prefixes the server's message; the user needs the message alone.
    return text.replace(/^GraphQL Request Error:\s*/, '');
}

export function ErrorLine({ error }: { error: unknown }) {
    if (!error) return null;
    return (
        <p role="alert" className="text-sm text-destructive">
            {errorText(error)}
        </p>
    );
}

/** Today as a Vietnam calendar day, `YYYY-MM-DD`, like every date of our API. */
export function vietnamToday(now = new Date()): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** A moment as the office reads it: Vietnam time, in the UI's language (`vi` or `en`). */
export function vietnamDateTime(iso: string | null | undefined, locale: string): string {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(locale.startsWith('vi') ? 'vi-VN' : 'en-GB', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Asia/Ho_Chi_Minh',
    }).format(new Date(iso));
}

export function addDays(day: string, days: number): string {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/** Downloads a file the server gives only to a logged-in user (the stamp print files). */
export async function downloadWithSession(path: string, fileName: string): Promise<void> {
    const headers = new Headers();
    const session = localStorage.getItem('vendure-session-token');
    const channel = localStorage.getItem('vendure-selected-channel-token');
    if (session) headers.set('Authorization', `Bearer ${session}`);
    if (channel) headers.set('vendure-token', channel);
    const response = await fetch(path, { headers, credentials: 'include' });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Stars({ stars }: { stars: number | null | undefined }) {
    if (stars == null) return <span className="text-muted-foreground">—</span>;
    return <span aria-label={`${stars}★`}>{'★'.repeat(stars)}</span>;
}

export function StatusBadge({
    tone,
    children,
}: {
    tone: 'good' | 'bad' | 'wait' | 'plain';
    children: ReactNode;
}) {
    const variant =
        tone === 'good'
            ? 'success'
            : tone === 'bad'
              ? 'destructive'
              : tone === 'wait'
                ? 'warning'
                : 'secondary';
    return <Badge variant={variant as any}>{children}</Badge>;
}

/** A labelled native field: the dashboard's Select is for its own forms; ours stay plain and accessible. */
export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
    return (
        <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{label}</span>
            {children}
        </label>
    );
}

export const nativeSelectClass =
    'h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

interface OcopNavItem {
    id: string;
    title: string;
    url: string;
    icon?: unknown;
    order: number;
    requiresPermission: string | string[];
}

/**
 * Our screens' entries in one "OCOP" section of the menu. Each plugin adds its own
 * entries; the section is created by whichever extension comes first. Applied after
 * every extension has registered (a nav modifier), so the order plugins load in
 * does not matter.
 */
export function ocopNav(items: OcopNavItem[]) {
    return (config: { sections: any[] }) => {
        const sections = [...config.sections];
        let index = sections.findIndex(s => s.id === OCOP_NAV_SECTION);
        if (index === -1) {
            sections.push({
                id: OCOP_NAV_SECTION,
                title: 'OCOP Hà Tĩnh',
                placement: 'top',
                order: 50,
                defaultOpen: true,
                items: [],
            });
            index = sections.length - 1;
        }
        const section = sections[index];
        const merged = [
            ...(section.items ?? []).filter((i: any) => !items.some(n => n.id === i.id)),
            ...items,
        ];
        sections[index] = { ...section, items: merged.sort((a, b) => (a.order ?? 0) - (b.order ?? 0)) };
        return { ...config, sections };
    };
}
