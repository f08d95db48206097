/**
 * Calendar facts in Vietnam time, whatever the server's own time zone: OCOP
 * certificates, VAT periods and stamp serial years all turn over at midnight
 * in Hà Tĩnh, not at midnight UTC.
 */
const dayFormat = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
});

/** The Vietnam calendar date of an instant, as `YYYY-MM-DD`. */
export function vietnamDate(at: Date = new Date()): string {
    return dayFormat.format(at);
}

/** The Vietnam calendar year of an instant. */
export function vietnamYear(at: Date = new Date()): number {
    return Number(vietnamDate(at).slice(0, 4));
}
