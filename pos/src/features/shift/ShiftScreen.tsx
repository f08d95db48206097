import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePos } from '../../app/usePos';
import { cashMovement, closeShift, type ServerZReport } from '../../data/api';
import { db, setKv, type SaleRecord, type ShiftRecord } from '../../data/db';
import { ensureServerShift } from '../../data/sync';
import { buildZReport, type ZReport } from '../../sale/zreport';
import { formatDateTime, formatVnd, groupLabel, parseDongInput } from '../../ui/format';

/** Opening with a float, cash in/out with a reason, closing with counted cash and the Z-report. */
export default function ShiftScreen() {
    const { t, i18n } = useTranslation();
    const pos = usePos();
    const [amount, setAmount] = useState('');
    const [reason, setReason] = useState('');
    const [counted, setCounted] = useState('');
    const [error, setError] = useState('');
    const [sales, setSales] = useState<SaleRecord[]>([]);
    const [closed, setClosed] = useState<{ shift: ShiftRecord; report: ZReport; server: ServerZReport }>();
    const shift = pos.shift;

    useEffect(() => {
        if (shift) void db.sales.where('shiftId').equals(shift.id).toArray().then(setSales);
    }, [shift, pos.pending]);

    async function open() {
        const float = parseDongInput(amount);
        if (!(float >= 0)) return setError(t('tender.amountRequired'));
        const record: ShiftRecord = {
            id: crypto.randomUUID(),
            openedAt: new Date().toISOString(),
            openedBy: pos.staff.name,
            openedByStaffId: pos.staff.id,
            float,
            movements: [],
        };
        await db.shifts.add(record);
        await setKv('currentShiftId', record.id);
        // Offline the shift exists on the tablet only; the first sync opens (or joins) it on the server.
        if (navigator.onLine) await ensureServerShift(pos.tablet, record).catch(() => undefined);
        setAmount('');
        setError('');
        setClosed(undefined);
        await pos.reloadShift();
        pos.setView('sale');
    }

    async function move(sign: 1 | -1) {
        const value = parseDongInput(amount);
        if (!shift || !(value > 0)) return setError(t('tender.amountRequired'));
        if (!reason.trim()) return setError(t('shift.reasonRequired'));
        const movement = { amount: sign * value, reason: reason.trim(), at: new Date().toISOString() };
        try {
            const serverId = await ensureServerShift(pos.tablet, shift);
            await cashMovement(pos.tablet, serverId, pos.staff.id, movement.amount, movement.reason);
        } catch (e) {
            return setError((e as Error).message);
        }
        await db.shifts.update(shift.id, { movements: [...shift.movements, movement] });
        setAmount('');
        setReason('');
        setError('');
        await pos.reloadShift();
    }

    async function close() {
        if (!shift) return;
        const value = parseDongInput(counted);
        if (!(value >= 0)) return setError(t('shift.countedRequired'));
        // A Z-report must cover every sale of the shift as the server has it.
        if ((await db.sales.where('status').equals('PENDING').count()) > 0) {
            await pos.sync();
            if ((await db.sales.where('status').equals('PENDING').count()) > 0)
                return setError(t('shift.unsynced'));
        }
        let server: ServerZReport;
        try {
            const serverId = await ensureServerShift(pos.tablet, shift);
            const made = await db.sales.where('shiftId').equals(shift.id).count();
            server = await closeShift(pos.tablet, serverId, pos.staff.id, value, 0, made);
        } catch (e) {
            return setError(t('shift.closeFailed', { message: (e as Error).message }));
        }
        const done: ShiftRecord = { ...shift, closedAt: new Date().toISOString(), countedCash: value };
        await db.shifts.put(done);
        await setKv('currentShiftId', undefined);
        const shiftSales = await db.sales.where('shiftId').equals(shift.id).toArray();
        setClosed({ shift: done, report: buildZReport(done, shiftSales), server });
        setCounted('');
        setError('');
        await pos.reloadShift();
    }

    if (closed) {
        return (
            <ZReportView
                shift={closed.shift}
                report={closed.report}
                server={closed.server}
                onDone={() => setClosed(undefined)}
            />
        );
    }

    if (!shift) {
        return (
            <div className="center-screen">
                <div className="card narrow">
                    <h1>{t('shift.openTitle')}</h1>
                    <label>
                        {t('shift.float')}
                        <input
                            inputMode="numeric"
                            data-testid="float-input"
                            value={amount}
                            onChange={e => setAmount(e.target.value)}
                        />
                    </label>
                    {error && <p className="error">{error}</p>}
                    <button
                        type="button"
                        className="btn primary big"
                        data-testid="open-shift"
                        onClick={() => void open()}
                    >
                        {t('shift.open')}
                    </button>
                </div>
            </div>
        );
    }

    const report = buildZReport(shift, sales);
    return (
        <div className="shift-screen">
            <section className="card">
                <h1>{t('shift.current')}</h1>
                <p>
                    {t('shift.openedAt', {
                        time: formatDateTime(shift.openedAt, i18n.language),
                        name: shift.openedBy,
                    })}
                </p>
                <div className="row spread">
                    <span>{t('shift.float')}</span>
                    <span className="amount">{formatVnd(shift.float)}</span>
                </div>
                <div className="row spread">
                    <span>{t('shift.salesCount', { count: report.sales })}</span>
                    <span className="amount">{formatVnd(report.total)}</span>
                </div>
                <div className="row spread">
                    <span>{t('shift.expectedCash')}</span>
                    <span className="amount">{formatVnd(report.expectedCash)}</span>
                </div>
                <ul>
                    {shift.movements.map((m, i) => (
                        <li key={i} className="row spread">
                            <span>
                                {m.amount > 0 ? t('shift.cashIn') : t('shift.cashOut')}: {m.reason}
                            </span>
                            <span className="amount">{formatVnd(m.amount)}</span>
                        </li>
                    ))}
                </ul>
            </section>
            <section className="card">
                <h2>{t('shift.cashMovement')}</h2>
                <label>
                    {t('tender.amount')}
                    <input inputMode="numeric" value={amount} onChange={e => setAmount(e.target.value)} />
                </label>
                <label>
                    {t('shift.reason')}
                    <input value={reason} onChange={e => setReason(e.target.value)} />
                </label>
                <div className="row">
                    <button type="button" className="btn big" onClick={() => void move(1)}>
                        {t('shift.cashIn')}
                    </button>
                    <button type="button" className="btn big" onClick={() => void move(-1)}>
                        {t('shift.cashOut')}
                    </button>
                </div>
                <h2>{t('shift.closeTitle')}</h2>
                <label>
                    {t('shift.counted')}
                    <input
                        inputMode="numeric"
                        data-testid="counted-input"
                        value={counted}
                        onChange={e => setCounted(e.target.value)}
                    />
                </label>
                {error && (
                    <p className="error" role="alert" data-testid="shift-error">
                        {error}
                    </p>
                )}
                <button
                    type="button"
                    className="btn primary big"
                    data-testid="close-shift"
                    onClick={() => void close()}
                >
                    {t('shift.close')}
                </button>
            </section>
        </div>
    );
}

function ZReportView({
    shift,
    report,
    server,
    onDone,
}: {
    shift: ShiftRecord;
    report: ZReport;
    server: ServerZReport;
    onDone: () => void;
}) {
    const { t, i18n } = useTranslation();
    const rows = (entries: [string, number][], label = (name: string) => name) =>
        entries.map(([name, value]) => (
            <tr key={name}>
                <td>{label(name)}</td>
                <td className="amount">{formatVnd(value)}</td>
            </tr>
        ));
    return (
        <div className="receipt-screen">
            <article className="receipt-paper" data-testid="z-report">
                <header>
                    <h2>{t('z.title')}</h2>
                    <p>
                        {formatDateTime(shift.openedAt, i18n.language)} →{' '}
                        {formatDateTime(shift.closedAt!, i18n.language)}
                    </p>
                    <p>{t('shift.salesCount', { count: report.sales })}</p>
                </header>
                <table>
                    <tbody>
                        <tr className="total-row">
                            <td>{t('z.total')}</td>
                            <td className="amount" data-testid="z-total">
                                {formatVnd(report.total)}
                            </td>
                        </tr>
                        <tr>
                            <td>{t('z.serverTotal', { count: server.salesCount })}</td>
                            <td className="amount" data-testid="z-server-total">
                                {formatVnd(server.total)}
                            </td>
                        </tr>
                        {server.total !== report.total && (
                            <tr>
                                <td colSpan={2} className="error">
                                    {t('z.mismatch')}
                                </td>
                            </tr>
                        )}
                        <tr>
                            <th colSpan={2}>{t('z.byTender')}</th>
                        </tr>
                        {Object.entries(report.byTender).map(([method, value]) => (
                            <tr key={method}>
                                <td>{t(`tender.method.${method as 'cash'}`)}</td>
                                <td className="amount" data-testid={`z-tender-${method}`}>
                                    {formatVnd(value)}
                                </td>
                            </tr>
                        ))}
                        <tr>
                            <th colSpan={2}>{t('z.byVat')}</th>
                        </tr>
                        {report.byVatRate.map(row => (
                            <tr key={row.rate}>
                                <td>
                                    {t('receipt.vatRow', { rate: row.rate, gross: formatVnd(row.gross) })}
                                </td>
                                <td className="amount">{formatVnd(row.vat)}</td>
                            </tr>
                        ))}
                        <tr>
                            <th colSpan={2}>{t('z.byGroup')}</th>
                        </tr>
                        {rows(report.byGroup, groupLabel)}
                        <tr>
                            <th colSpan={2}>{t('z.byProducer')}</th>
                        </tr>
                        {rows(report.byProducer)}
                        <tr>
                            <th colSpan={2}>{t('z.cash')}</th>
                        </tr>
                        <tr>
                            <td>{t('shift.float')}</td>
                            <td className="amount">{formatVnd(shift.float)}</td>
                        </tr>
                        <tr>
                            <td>{t('shift.cashIn')}</td>
                            <td className="amount">{formatVnd(report.cashIn)}</td>
                        </tr>
                        <tr>
                            <td>{t('shift.cashOut')}</td>
                            <td className="amount">{formatVnd(report.cashOut)}</td>
                        </tr>
                        <tr>
                            <td>{t('shift.expectedCash')}</td>
                            <td className="amount">{formatVnd(report.expectedCash)}</td>
                        </tr>
                        <tr>
                            <td>{t('shift.counted')}</td>
                            <td className="amount">{formatVnd(report.countedCash ?? 0)}</td>
                        </tr>
                        <tr className="total-row">
                            <td>{t('z.difference')}</td>
                            <td className="amount" data-testid="z-difference">
                                {formatVnd(report.difference ?? 0)}
                            </td>
                        </tr>
                    </tbody>
                </table>
            </article>
            <div className="row no-print">
                <button type="button" className="btn big" onClick={() => window.print()}>
                    {t('receipt.print')}
                </button>
                <button type="button" className="btn primary big" onClick={onDone}>
                    {t('z.done')}
                </button>
            </div>
        </div>
    );
}
