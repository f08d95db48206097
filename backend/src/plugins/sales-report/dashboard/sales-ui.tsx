import { Trans, useLingui } from '@lingui/react/macro';
import { formatVnd } from '@ocop/shared';
import {
    ChartContainer,
    ChartLegend,
    ChartLegendContent,
    ChartTooltip,
    Input,
    Table,
    TableBody,
    TableCell,
    TableFooter,
    TableHead,
    TableHeader,
    TableRow,
    type ChartConfig,
} from '@vendure/dashboard';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { Field, vietnamToday } from '../../../dashboard/ocop-dashboard';

/**
 * The sales screens' common pieces (ADR 0019): a period in Vietnam calendar days, the
 * totals, a dimension's table that adds up to the total, and the monthly chart. The API
 * gives money in minor units (×100); `formatVnd` shows whole đồng as `150.000 ₫`, as the
 * storefront and the POS do.
 */

export const FIGURE = 'key label revenue vat units orders';

export interface Figure {
    key: string;
    label: string;
    revenue: number;
    vat: number;
    units: number;
    orders: number;
}

export interface Period {
    from: string;
    to: string;
}

export const money = (minor: number) => formatVnd(minor);

const count = (n: number) => n.toLocaleString('vi-VN');

/** The calendar month holding a Vietnam day, first to last day. */
export function monthOf(day: string): Period {
    const [y, m] = day.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const month = `${y}-${String(m).padStart(2, '0')}`;
    return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The first day of the month `months` before the one holding `day`. */
export function monthsBefore(day: string, months: number): string {
    const [y, m] = day.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
}

export function thisMonth(): Period {
    return monthOf(vietnamToday());
}

/** Month (the usual choice) or any span of days; both ends included, Vietnam time. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
    const { t } = useLingui();
    const wholeMonth = monthOf(value.from);
    const isMonth = wholeMonth.from === value.from && wholeMonth.to === value.to;
    return (
        <div className="flex flex-wrap items-end gap-3" role="group" aria-label={t`Period`}>
            <Field label={<Trans>Month</Trans>}>
                <Input
                    type="month"
                    name="month"
                    value={isMonth ? value.from.slice(0, 7) : ''}
                    onChange={e => e.target.value && onChange(monthOf(`${e.target.value}-01`))}
                />
            </Field>
            <Field label={<Trans>From</Trans>}>
                <Input
                    type="date"
                    name="from"
                    required
                    value={value.from}
                    max={value.to}
                    onChange={e => e.target.value && onChange({ ...value, from: e.target.value })}
                />
            </Field>
            <Field label={<Trans>To</Trans>}>
                <Input
                    type="date"
                    name="to"
                    required
                    value={value.to}
                    min={value.from}
                    onChange={e => e.target.value && onChange({ ...value, to: e.target.value })}
                />
            </Field>
        </div>
    );
}

/** Revenue with its VAT beside it, units and orders, each in a tile a person reads at a glance. */
export function Totals({ figures }: { figures: Omit<Figure, 'key' | 'label'> }) {
    return (
        <dl className="grid gap-3 sm:grid-cols-3" aria-label="totals">
            <div className="rounded-md border p-3">
                <dt className="text-sm text-muted-foreground">
                    <Trans>Revenue (VAT included)</Trans>
                </dt>
                <dd className="text-2xl font-semibold" data-testid="total-revenue">
                    {money(figures.revenue)}
                </dd>
                <dd className="text-sm text-muted-foreground">
                    <Trans>of which VAT {money(figures.vat)}</Trans>
                </dd>
            </div>
            <div className="rounded-md border p-3">
                <dt className="text-sm text-muted-foreground">
                    <Trans>Units sold</Trans>
                </dt>
                <dd className="text-2xl font-semibold" data-testid="total-units">
                    {count(figures.units)}
                </dd>
            </div>
            <div className="rounded-md border p-3">
                <dt className="text-sm text-muted-foreground">
                    <Trans>Orders</Trans>
                </dt>
                <dd className="text-2xl font-semibold" data-testid="total-orders">
                    {count(figures.orders)}
                </dd>
            </div>
        </dl>
    );
}

/** Labels the server writes in Vietnamese that the English screen says in English. */
export function useFigureLabel() {
    const { t } = useLingui();
    return (dimension: string, row: Pick<Figure, 'key' | 'label'>): string => {
        if (dimension === 'CHANNEL') {
            if (row.key === 'ONLINE') return t`Online`;
            if (row.key === 'SHOWROOM') return t`Showrooms`;
            if (row.key === 'FAIR_BOOTH') return t`Trade fair booths`;
        }
        if (dimension === 'SALES_POINT' && row.key === 'ONLINE') return t`Online`;
        if (dimension === 'STARS') return row.key === 'NONE' ? t`No OCOP certificate` : `${row.key}★`;
        return row.label;
    };
}

/**
 * One dimension of a report, with its share of revenue and the report's total beneath:
 * revenue, VAT and units of the rows add up to it exactly; orders too where an order has
 * one key (channel, sales point), while an order with several producers' goods counts
 * once in each of theirs.
 */
export function FigureTable({
    title,
    dimension,
    rows,
    total,
    ordersAddUp,
    nameHeading,
}: {
    title: string;
    dimension: string;
    rows: Figure[];
    total: Omit<Figure, 'key' | 'label'>;
    ordersAddUp: boolean;
    nameHeading?: ReactNode;
}) {
    const label = useFigureLabel();
    const share = (revenue: number) =>
        total.revenue > 0 ? `${((revenue / total.revenue) * 100).toFixed(1).replace('.', ',')} %` : '—';
    return (
        <div className="flex flex-col gap-1">
            <Table aria-label={title}>
                <TableHeader>
                    <TableRow>
                        <TableHead>{nameHeading ?? title}</TableHead>
                        <TableHead className="text-right">
                            <Trans>Revenue</Trans>
                        </TableHead>
                        <TableHead className="text-right">
                            <Trans>VAT</Trans>
                        </TableHead>
                        <TableHead className="text-right">
                            <Trans>Share</Trans>
                        </TableHead>
                        <TableHead className="text-right">
                            <Trans>Units</Trans>
                        </TableHead>
                        <TableHead className="text-right">
                            <Trans>Orders</Trans>
                        </TableHead>
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {rows.length === 0 && (
                        <TableRow>
                            <TableCell colSpan={6} className="text-muted-foreground">
                                <Trans>No sales in this period.</Trans>
                            </TableCell>
                        </TableRow>
                    )}
                    {rows.map(row => (
                        <TableRow key={row.key} className={row.revenue === 0 ? 'text-muted-foreground' : ''}>
                            <TableCell>{label(dimension, row)}</TableCell>
                            <TableCell className="text-right tabular-nums">{money(row.revenue)}</TableCell>
                            <TableCell className="text-right tabular-nums">{money(row.vat)}</TableCell>
                            <TableCell className="text-right tabular-nums">{share(row.revenue)}</TableCell>
                            <TableCell className="text-right tabular-nums">{count(row.units)}</TableCell>
                            <TableCell className="text-right tabular-nums">{count(row.orders)}</TableCell>
                        </TableRow>
                    ))}
                </TableBody>
                <TableFooter>
                    <TableRow className="font-semibold">
                        <TableCell>
                            <Trans>Period total</Trans>
                        </TableCell>
                        <TableCell className="text-right tabular-nums">{money(total.revenue)}</TableCell>
                        <TableCell className="text-right tabular-nums">{money(total.vat)}</TableCell>
                        <TableCell className="text-right tabular-nums">
                            {total.revenue > 0 ? '100 %' : '—'}
                        </TableCell>
                        <TableCell className="text-right tabular-nums">{count(total.units)}</TableCell>
                        <TableCell className="text-right tabular-nums">{count(total.orders)}</TableCell>
                    </TableRow>
                </TableFooter>
            </Table>
            {!ordersAddUp && (
                <p className="text-xs text-muted-foreground">
                    <Trans>
                        An order spanning several rows counts once in each of them; the total counts it once.
                    </Trans>
                </p>
            )}
        </div>
    );
}

export interface TrendRow {
    month: string;
    key: string;
    revenue: number;
    units: number;
    orders: number;
}

const CHANNEL_COLOURS: Record<string, string> = {
    ONLINE: 'var(--chart-1)',
    SHOWROOM: 'var(--chart-2)',
    FAIR_BOOTH: 'var(--chart-3)',
};

/** Every month from `from` to `to`, `YYYY-MM`, so a month without sales shows as an empty bar. */
export function monthsBetween(from: string, to: string): string[] {
    const months: string[] = [];
    let [y, m] = from.split('-').map(Number);
    const end = to.slice(0, 7);
    for (let i = 0; i < 400; i++) {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        if (month > end) break;
        months.push(month);
        m += 1;
        if (m > 12) {
            m = 1;
            y += 1;
        }
    }
    return months;
}

const compact = new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumFractionDigits: 1 });

/** Revenue by month, one bar per month split by channel; the tooltip gives each part to the đồng. */
export function ChannelTrendChart({ rows, months }: { rows: TrendRow[]; months: string[] }) {
    const { t } = useLingui();
    const config: ChartConfig = {
        ONLINE: { label: t`Online`, color: CHANNEL_COLOURS.ONLINE },
        SHOWROOM: { label: t`Showrooms`, color: CHANNEL_COLOURS.SHOWROOM },
        FAIR_BOOTH: { label: t`Trade fair booths`, color: CHANNEL_COLOURS.FAIR_BOOTH },
    };
    const data = months.map(month => {
        const point: Record<string, string | number> = { month: `${month.slice(5)}/${month.slice(0, 4)}` };
        for (const key of Object.keys(config)) {
            // Whole đồng on the axis: minor units would read a hundred times too large.
            point[key] = (rows.find(r => r.month === month && r.key === key)?.revenue ?? 0) / 100;
        }
        return point;
    });
    const summary = data
        .map(d => `${d.month}: ${money(Object.keys(config).reduce((s, k) => s + Number(d[k]) * 100, 0))}`)
        .join('; ');
    return (
        <figure aria-label={t`Revenue by month and channel`} className="flex flex-col gap-1">
            <ChartContainer
                config={config}
                className="aspect-auto h-64 w-full"
                role="img"
                aria-label={summary}
            >
                <BarChart data={data} accessibilityLayer>
                    <CartesianGrid vertical={false} />
                    <XAxis dataKey="month" tickLine={false} axisLine={false} />
                    <YAxis
                        width={64}
                        tickLine={false}
                        axisLine={false}
                        tickFormatter={(v: number) => compact.format(v)}
                    />
                    <ChartTooltip
                        content={({ active, payload, label }: any) =>
                            active && payload?.length ? (
                                <div className="rounded-md border bg-background p-2 text-xs shadow">
                                    <div className="font-medium">{label}</div>
                                    {payload.map((p: any) => (
                                        <div key={p.dataKey} className="flex justify-between gap-4">
                                            <span>{config[p.dataKey]?.label}</span>
                                            <span className="tabular-nums">
                                                {money(Math.round(Number(p.value) * 100))}
                                            </span>
                                        </div>
                                    ))}
                                </div>
                            ) : null
                        }
                    />
                    <ChartLegend content={<ChartLegendContent />} />
                    {Object.keys(config).map(key => (
                        <Bar key={key} dataKey={key} stackId="revenue" fill={`var(--color-${key})`} />
                    ))}
                </BarChart>
            </ChartContainer>
        </figure>
    );
}

/** Units sold and orders by month, side by side. */
export function VolumeTrendChart({ rows, months }: { rows: TrendRow[]; months: string[] }) {
    const { t } = useLingui();
    const config: ChartConfig = {
        units: { label: t`Units sold`, color: 'var(--chart-4)' },
        orders: { label: t`Orders`, color: 'var(--chart-5)' },
    };
    const data = months.map(month => {
        const row = rows.find(r => r.month === month);
        return {
            month: `${month.slice(5)}/${month.slice(0, 4)}`,
            units: row?.units ?? 0,
            orders: row?.orders ?? 0,
        };
    });
    return (
        <figure aria-label={t`Units and orders by month`}>
            <ChartContainer config={config} className="aspect-auto h-56 w-full">
                <BarChart data={data} accessibilityLayer>
                    <CartesianGrid vertical={false} />
                    <XAxis dataKey="month" tickLine={false} axisLine={false} />
                    <YAxis width={48} tickLine={false} axisLine={false} allowDecimals={false} />
                    <ChartTooltip />
                    <ChartLegend content={<ChartLegendContent />} />
                    <Bar dataKey="units" fill="var(--color-units)" />
                    <Bar dataKey="orders" fill="var(--color-orders)" />
                </BarChart>
            </ChartContainer>
        </figure>
    );
}
