import type { SaleRecord, ShiftRecord } from '../data/db';
import { cartDiscountShares, lineNet, vatByRate } from './cart';

export interface ZReport {
    sales: number;
    total: number;
    byTender: Record<string, number>;
    byVatRate: { rate: number; gross: number; vat: number }[];
    byGroup: [string, number][];
    byProducer: [string, number][];
    cashIn: number;
    cashOut: number;
    expectedCash: number;
    countedCash?: number;
    difference?: number;
}

function add(map: Map<string, number>, key: string, amount: number) {
    map.set(key, (map.get(key) ?? 0) + amount);
}

/** The shift's totals, from the sales made on this tablet during the shift. */
export function buildZReport(shift: ShiftRecord, sales: readonly SaleRecord[]): ZReport {
    const byTender: Record<string, number> = { cash: 0, card: 0, vietqr: 0 };
    const vat = new Map<number, { gross: number; vat: number }>();
    const groups = new Map<string, number>();
    const producers = new Map<string, number>();
    let total = 0;
    for (const sale of sales) {
        total += sale.total;
        for (const p of sale.payments) byTender[p.method] = (byTender[p.method] ?? 0) + p.amount;
        for (const row of vatByRate(sale.lines, sale.cartDiscount)) {
            const acc = vat.get(row.rate) ?? { gross: 0, vat: 0 };
            vat.set(row.rate, { gross: acc.gross + row.gross, vat: acc.vat + row.vat });
        }
        const shares = cartDiscountShares(sale.lines, sale.cartDiscount);
        sale.lines.forEach((line, i) => {
            add(groups, line.group, lineNet(line) - shares[i]);
            add(producers, line.producerName, lineNet(line) - shares[i]);
        });
    }
    const cashIn = shift.movements.filter(m => m.amount > 0).reduce((s, m) => s + m.amount, 0);
    const cashOut = -shift.movements.filter(m => m.amount < 0).reduce((s, m) => s + m.amount, 0);
    const expectedCash = shift.float + byTender.cash + cashIn - cashOut;
    const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
    return {
        sales: sales.length,
        total,
        byTender,
        byVatRate: [...vat.entries()].sort((a, b) => a[0] - b[0]).map(([rate, v]) => ({ rate, ...v })),
        byGroup: sorted(groups),
        byProducer: sorted(producers),
        cashIn,
        cashOut,
        expectedCash,
        countedCash: shift.countedCash,
        difference: shift.countedCash === undefined ? undefined : shift.countedCash - expectedCash,
    };
}
