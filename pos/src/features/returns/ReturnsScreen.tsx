import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePos } from '../../app/usePos';
import { refundSale } from '../../data/api';
import { db, type SaleRecord, type StaffRecord } from '../../data/db';
import { formatDateTime, formatVnd } from '../../ui/format';

/**
 * Returns need the network and a manager: the server checks the manager's PIN (and its
 * lockout), refunds, and puts the returned units' stamps back to ISSUED at this point.
 */
export default function ReturnsScreen() {
    const { t, i18n } = useTranslation();
    const pos = usePos();
    const [sales, setSales] = useState<SaleRecord[]>([]);
    const [managers, setManagers] = useState<StaffRecord[]>([]);
    const [sale, setSale] = useState<SaleRecord>();
    const [codes, setCodes] = useState<string[]>([]);
    const [reason, setReason] = useState('');
    const [method, setMethod] = useState<'cash' | 'card' | 'vietqr'>('cash');
    const [managerId, setManagerId] = useState('');
    const [pin, setPin] = useState('');
    const [message, setMessage] = useState<{ ok: boolean; text: string }>();

    useEffect(() => {
        void db.sales
            .where('status')
            .anyOf(['SYNCED', 'CONFLICT'])
            .toArray()
            .then(all => setSales(all.sort((a, b) => b.soldAt.localeCompare(a.soldAt)).slice(0, 50)));
        void db.staff.toArray().then(all => {
            const found = all.filter(s => s.role === 'MANAGER');
            setManagers(found);
            setManagerId(found[0]?.id ?? '');
        });
    }, []);

    async function submit() {
        if (!sale?.orderCode || !codes.length) return;
        if (!reason.trim()) return setMessage({ ok: false, text: t('shift.reasonRequired') });
        try {
            const result = await refundSale(pos.tablet, {
                orderCode: sale.orderCode,
                stampCodes: codes,
                reason: reason.trim(),
                method,
                managerStaffId: managerId,
                managerPin: pin,
            });
            setMessage({
                ok: true,
                text: t('returns.done', {
                    amount: formatVnd(result.refundTotal),
                    count: result.stampCodes.length,
                }),
            });
            setSale(undefined);
            setCodes([]);
            setReason('');
        } catch (e) {
            setMessage({ ok: false, text: (e as Error).message });
        } finally {
            setPin('');
        }
    }

    return (
        <div className="shift-screen">
            <section className="card">
                <h1>{t('returns.title')}</h1>
                <p className="muted">{t('returns.intro')}</p>
                <ul className="pick-list">
                    {sales.map(s => (
                        <li key={s.clientSaleId}>
                            <button
                                type="button"
                                className={s === sale ? 'staff-card active' : 'staff-card'}
                                onClick={() => {
                                    setSale(s);
                                    setCodes([]);
                                    setMessage(undefined);
                                }}
                            >
                                <strong className="mono">{s.orderCode}</strong>
                                <span>
                                    {formatDateTime(s.soldAt, i18n.language)} · {formatVnd(s.total)}
                                </span>
                            </button>
                        </li>
                    ))}
                    {!sales.length && <li className="muted">{t('returns.none')}</li>}
                </ul>
            </section>
            <section className="card">
                {sale ? (
                    <>
                        <h2>{t('returns.units')}</h2>
                        {sale.lines.map(line => (
                            <label key={line.stampCode} className="check">
                                <input
                                    type="checkbox"
                                    checked={codes.includes(line.stampCode)}
                                    onChange={e =>
                                        setCodes(c =>
                                            e.target.checked
                                                ? [...c, line.stampCode]
                                                : c.filter(x => x !== line.stampCode),
                                        )
                                    }
                                />
                                <span>
                                    {line.name} · <span className="mono">{line.stampCode}</span>
                                </span>
                            </label>
                        ))}
                        <label>
                            {t('shift.reason')}
                            <input value={reason} onChange={e => setReason(e.target.value)} />
                        </label>
                        <div className="tabs" role="tablist">
                            {(['cash', 'card', 'vietqr'] as const).map(m => (
                                <button
                                    type="button"
                                    key={m}
                                    role="tab"
                                    aria-selected={m === method}
                                    className={m === method ? 'tab active' : 'tab'}
                                    onClick={() => setMethod(m)}
                                >
                                    {t(`tender.method.${m}`)}
                                </button>
                            ))}
                        </div>
                        <label>
                            {t('returns.manager')}
                            <select value={managerId} onChange={e => setManagerId(e.target.value)}>
                                {managers.map(m => (
                                    <option key={m.id} value={m.id}>
                                        {m.name}
                                    </option>
                                ))}
                            </select>
                        </label>
                        <label>
                            {t('returns.managerPin')}
                            <input
                                type="password"
                                inputMode="numeric"
                                value={pin}
                                onChange={e => setPin(e.target.value.replace(/\D/g, ''))}
                            />
                        </label>
                        <button
                            type="button"
                            className="btn primary big"
                            disabled={!codes.length || !pin || !pos.online}
                            onClick={() => void submit()}
                        >
                            {pos.online ? t('returns.submit') : t('returns.needsNetwork')}
                        </button>
                    </>
                ) : (
                    <p className="muted">{t('returns.pick')}</p>
                )}
                {message && (
                    <p className={message.ok ? 'notice info' : 'error'} role="status">
                        {message.text}
                    </p>
                )}
            </section>
        </div>
    );
}
