/** Whether 13 digits carry a valid EAN-13 check digit (GS1: weights 1 and 3 from the left). */
export function isEan13(text: string): boolean {
    if (!/^\d{13}$/.test(text)) return false;
    return ean13CheckDigit(text.slice(0, 12)) === Number(text[12]);
}

/** The check digit of the first 12 digits of an EAN-13. */
export function ean13CheckDigit(first12: string): number {
    const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
    return (10 - (sum % 10)) % 10;
}
