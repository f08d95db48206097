import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePos } from '../../app/usePos';
import { openConflicts, type ConflictRecord } from '../../data/api';
import { db, type SaleRecord } from '../../data/db';
import { syncOutbox } from '../../data/sync';
import { formatDateTime, formatVnd } from '../../ui/format';

/** The outbox: what waits, what the server took, and every conflict it reported. */
export default function SyncScreen() {
    const { t, i18n } = useTranslation();
    const pos = usePos();
    const [sales, setSales] = useState<SaleRecord[]>([]);
    const [busy, setBusy] = useState(false);
    const [message, setMessage] = useState('');
    const [conflicts, setConflicts] = useState<ConflictRecord[]>([]);

    const load = () =>
        db.sales
            .orderBy('soldAt')
            .reverse()
            .limit(200)
            .toArray()
            .then(found => setSales(found));
    useEffect(() => {
        void db.sales
            .orderBy('soldAt')
            .reverse()
            .limit(200)
            .toArray()
            .then(found => setSales(found));
        if (pos.online && pos.staff.role === 'MANAGER') {
            void openConflicts(pos.tablet)
                .then(setConflicts)
                .catch(() => undefined);
        }
    }, [pos.pending, pos.lastSync, pos.online, pos.staff.role, pos.tablet]);

    async function syncNow() {
        setBusy(true);
        const outcome = await pos.sync();
        setBusy(false);
        if (outcome)
            setMessage(outcome.offline ? t('sync.offline') : t('sync.done', { count: outcome.sent }));
        await load();
    }

    /** Sends every sale again; the server answers with the same orders (idempotent on clientSaleId). */
    async function replay() {
        setBusy(true);
        const outcome = await syncOutbox(pos.tablet, ['PENDING', 'SYNCED', 'CONFLICT']);
        setBusy(false);
        setMessage(outcome.offline ? t('sync.offline') : t('sync.replayed', { count: outcome.sent }));
        await load();
    }

    return (
        <div className="card sync-screen">
            <div className="row spread">
                <h1>{t('sync.title')}</h1>
                <div className="row">
                    <button
                        type="button"
                        className="btn primary big"
                        disabled={busy}
                        onClick={() => void syncNow()}
                        data-testid="sync-now"
                    >
                        {t('sync.now')}
                    </button>
                    {pos.staff.role === 'MANAGER' && (
                        <button
                            type="button"
                            className="btn big"
                            disabled={busy}
                            onClick={() => void replay()}
                            data-testid="replay"
                        >
                            {t('sync.replay')}
                        </button>
                    )}
                </div>
            </div>
            {message && (
                <p className="notice info" role="status" data-testid="sync-message">
                    {message}
                </p>
            )}
            {conflicts.length > 0 && (
                <section className="notice danger" data-testid="conflicts">
                    <h2>{t('sync.conflicts', { count: conflicts.length })}</h2>
                    <ul>
                        {conflicts.map(c => (
                            <li key={c.id}>
                                {formatDateTime(c.createdAt, i18n.language)} · {c.orderCode ?? '—'} · {c.code}
                                {c.stampCode ? ` (${c.stampCode})` : ''}: {c.message}
                            </li>
                        ))}
                    </ul>
                </section>
            )}
            <table className="sync-table">
                <thead>
                    <tr>
                        <th>{t('sync.soldAt')}</th>
                        <th>{t('sync.status')}</th>
                        <th>{t('receipt.order')}</th>
                        <th className="amount">{t('sale.total')}</th>
                    </tr>
                </thead>
                <tbody>
                    {sales.map(s => (
                        <tr key={s.clientSaleId} data-status={s.status}>
                            <td>{formatDateTime(s.soldAt, i18n.language)}</td>
                            <td>
                                {t(`sync.state.${s.status}`)}
                                {s.error && <div className="error small">{s.error}</div>}
                                {s.conflicts?.map((c, i) => (
                                    <div key={i} className="error small">
                                        {c.code}: {c.message}
                                    </div>
                                ))}
                            </td>
                            <td className="mono">{s.orderCode ?? '—'}</td>
                            <td className="amount">{formatVnd(s.total)}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
        </div>
    );
}
