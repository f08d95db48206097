import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePos } from '../../app/usePos';
import { lowStock, moveStock, type LowStockRow, type StockMoveResult } from '../../data/api';
import { db } from '../../data/db';
import { refreshCatalogue } from '../../data/sync';
import { parseScan } from '../../sale/scan';

const DEFAULT_THRESHOLD = 3;

/**
 * Stock at this sales point, online only (the server holds the counts): the
 * low-stock list, receiving a delivery by its stamps or a serial range, and units
 * going back to their producers — at a fair booth, all that is left after the fair.
 */
export default function StockScreen() {
    const { t } = useTranslation();
    const pos = usePos();
    const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
    const [rows, setRows] = useState<LowStockRow[]>();
    const [listError, setListError] = useState<string>();
    const [scan, setScan] = useState('');
    const [codes, setCodes] = useState<string[]>([]);
    const [serialFrom, setSerialFrom] = useState('');
    const [serialTo, setSerialTo] = useState('');
    const [busy, setBusy] = useState(false);
    const [result, setResult] = useState<{ direction: 'IN' | 'OUT'; move: StockMoveResult }>();
    const [message, setMessage] = useState<{ ok: boolean; text: string }>();
    const isBooth = pos.tablet.salesPoint.kind === 'FAIR_BOOTH';

    const loadLowStock = useCallback(
        async (limit: number) => {
            try {
                setRows(await lowStock(pos.tablet, limit));
                setListError(undefined);
            } catch (e) {
                setListError((e as Error).message);
            }
        },
        [pos.tablet],
    );

    useEffect(() => {
        if (!pos.online) return;
        let current = true;
        lowStock(pos.tablet, DEFAULT_THRESHOLD).then(
            found => current && setRows(found),
            (e: Error) => current && setListError(e.message),
        );
        return () => {
            current = false;
        };
    }, [pos.online, pos.tablet]);

    function addScan() {
        const input = parseScan(scan);
        setScan('');
        if (input.kind !== 'stamp') {
            setMessage({ ok: false, text: t('stock.notAStamp') });
            return;
        }
        setMessage(undefined);
        setCodes(c => (c.includes(input.code) ? c : [...c, input.code]));
    }

    async function move(direction: 'IN' | 'OUT', request: Parameters<typeof moveStock>[2]) {
        setBusy(true);
        setMessage(undefined);
        try {
            const moved = await moveStock(pos.tablet, direction, request);
            setResult({ direction, move: moved });
            setCodes([]);
            setSerialFrom('');
            setSerialTo('');
            // The cached shelf (stamps sold here) and the low-stock list follow the move at once.
            await refreshCatalogue(pos.tablet).catch(() => undefined);
            await loadLowStock(threshold);
        } catch (e) {
            setMessage({ ok: false, text: (e as Error).message });
        } finally {
            setBusy(false);
        }
    }

    const request = () => ({
        ...(codes.length ? { stampCodes: codes } : {}),
        ...(serialFrom.trim()
            ? { serialFrom: serialFrom.trim(), serialTo: (serialTo || serialFrom).trim() }
            : {}),
    });
    const hasInput = codes.length > 0 || serialFrom.trim() !== '';

    async function returnEverything() {
        const all = (await db.stamps.toArray()).map(s => s.code);
        if (!all.length) return setMessage({ ok: false, text: t('stock.nothingHere') });
        if (!window.confirm(t('stock.returnAllConfirm', { count: all.length }))) return;
        await move('OUT', { stampCodes: all });
    }

    if (!pos.online) {
        return (
            <div className="shift-screen">
                <section className="card">
                    <h1>{t('stock.title')}</h1>
                    <p className="notice warn">{t('stock.needsNetwork')}</p>
                </section>
            </div>
        );
    }

    return (
        <div className="shift-screen">
            <section className="card" data-testid="low-stock">
                <h1>{t('stock.lowTitle')}</h1>
                <label>
                    {t('stock.threshold')}
                    <input
                        type="number"
                        min={0}
                        max={1000}
                        value={threshold}
                        onChange={e => setThreshold(Math.max(0, Math.min(1000, Number(e.target.value) || 0)))}
                    />
                </label>
                <button type="button" className="btn" onClick={() => void loadLowStock(threshold)}>
                    {t('stock.refresh')}
                </button>
                {listError && <p className="error">{listError}</p>}
                {rows && !rows.length && <p className="muted">{t('stock.noneLow', { count: threshold })}</p>}
                {rows && rows.length > 0 && (
                    <table className="stock-table">
                        <thead>
                            <tr>
                                <th>{t('stock.product')}</th>
                                <th className="num">{t('stock.onHand')}</th>
                                <th className="num">{t('stock.stampsHere')}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.map(r => (
                                <tr key={r.productVariantId} data-testid="low-stock-row">
                                    <td>{r.name}</td>
                                    <td className="num">{r.onHand}</td>
                                    <td className="num">{r.stampsHere}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                )}
            </section>
            <section className="card" data-testid="receiving">
                <h1>{t('stock.moveTitle')}</h1>
                <p className="muted">{t('stock.moveIntro')}</p>
                <label>
                    {t('stock.scan')}
                    <input
                        data-testid="stock-scan"
                        value={scan}
                        autoComplete="off"
                        onChange={e => setScan(e.target.value)}
                        onKeyDown={e => {
                            if (e.key === 'Enter' && scan.trim()) {
                                e.preventDefault();
                                addScan();
                            }
                        }}
                    />
                </label>
                {codes.length > 0 && (
                    <ul className="pick-list" data-testid="stock-codes">
                        {codes.map(c => (
                            <li key={c} className="mono">
                                {c}{' '}
                                <button
                                    type="button"
                                    className="btn ghost"
                                    aria-label={t('stock.remove')}
                                    onClick={() => setCodes(all => all.filter(x => x !== c))}
                                >
                                    ×
                                </button>
                            </li>
                        ))}
                    </ul>
                )}
                <div className="row">
                    <label>
                        {t('stock.serialFrom')}
                        <input
                            value={serialFrom}
                            placeholder="HT-2026-0000123"
                            onChange={e => setSerialFrom(e.target.value)}
                        />
                    </label>
                    <label>
                        {t('stock.serialTo')}
                        <input value={serialTo} onChange={e => setSerialTo(e.target.value)} />
                    </label>
                </div>
                <div className="row">
                    <button
                        type="button"
                        className="btn primary big"
                        disabled={!hasInput || busy}
                        onClick={() => void move('IN', request())}
                    >
                        {t('stock.receive', { count: codes.length })}
                    </button>
                    <button
                        type="button"
                        className="btn big"
                        disabled={!hasInput || busy}
                        onClick={() => void move('OUT', request())}
                    >
                        {t('stock.returnSome')}
                    </button>
                </div>
                {isBooth && (
                    <button
                        type="button"
                        className="btn warn big"
                        disabled={busy}
                        onClick={() => void returnEverything()}
                    >
                        {t('stock.returnAll')}
                    </button>
                )}
                {result && (
                    <div className="notice info" role="status" data-testid="stock-result">
                        <p>
                            {t(result.direction === 'IN' ? 'stock.received' : 'stock.returned', {
                                count: result.move.moved,
                            })}
                        </p>
                        {result.move.refused.length > 0 && (
                            <ul>
                                {result.move.refused.map(r => (
                                    <li key={r.code}>
                                        <span className="mono">{r.code}</span> ·{' '}
                                        {t(`stock.reason.${r.reason}`, { defaultValue: r.reason })}
                                    </li>
                                ))}
                            </ul>
                        )}
                    </div>
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
