import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, type StaffRecord, type TabletRecord } from '../../data/db';
import { checkPin } from '../../data/pin';
import { refreshCatalogue } from '../../data/sync';
import { setLanguage } from '../../i18n';
import { applyPadKey, NumberPad } from '../../ui/NumberPad';
import { formatDateTime } from '../../ui/format';

/** Staff pick their name and type their PIN; checked against the cached salted hash, so it works offline. */
export function PinScreen({
    tablet,
    onSignedIn,
}: {
    tablet: TabletRecord;
    onSignedIn: (staff: StaffRecord) => void;
}) {
    const { t, i18n } = useTranslation();
    const [staff, setStaff] = useState<StaffRecord[]>([]);
    const [selected, setSelected] = useState<StaffRecord>();
    const [pin, setPin] = useState('');
    const [message, setMessage] = useState('');

    useEffect(() => {
        void db.staff.toArray().then(setStaff);
    }, []);

    async function submit(value = pin) {
        if (!selected || !value) return;
        const result = await checkPin(selected.id, value);
        setPin('');
        if (result.ok) onSignedIn(result.staff);
        else
            setMessage(
                result.reason === 'LOCKED'
                    ? t('signin.lockedUntil', {
                          time: formatDateTime(new Date(result.retryAt!).toISOString(), i18n.language),
                      })
                    : t('signin.wrongPin'),
            );
    }

    async function refresh() {
        try {
            await refreshCatalogue(tablet);
            setStaff(await db.staff.toArray());
            setMessage(t('signin.refreshed'));
        } catch (e) {
            setMessage(t('signin.refreshFailed', { message: (e as Error).message }));
        }
    }

    return (
        <div className="center-screen">
            <div className="card signin">
                <div className="row spread">
                    <h1>{tablet.salesPoint.name}</h1>
                    <button
                        type="button"
                        className="btn"
                        onClick={() => setLanguage(i18n.language === 'vi' ? 'en' : 'vi')}
                    >
                        {i18n.language === 'vi' ? 'English' : 'Tiếng Việt'}
                    </button>
                </div>
                <p className="muted">{t('signin.choose')}</p>
                <div className="staff-grid">
                    {staff.map(s => (
                        <button
                            type="button"
                            key={s.id}
                            className={selected?.id === s.id ? 'staff-card active' : 'staff-card'}
                            onClick={() => {
                                setSelected(s);
                                setMessage('');
                            }}
                        >
                            <strong>{s.name}</strong>
                            <span>{t(`role.${s.role}`)}</span>
                        </button>
                    ))}
                    {!staff.length && <p>{t('signin.noStaff')}</p>}
                </div>
                {selected && (
                    <div className="pin-entry">
                        <input
                            className="pin-display"
                            type="password"
                            inputMode="numeric"
                            autoFocus
                            aria-label={t('signin.pin')}
                            data-testid="pin-input"
                            value={pin}
                            onChange={e => setPin(e.target.value.replace(/\D/g, ''))}
                            onKeyDown={e => e.key === 'Enter' && void submit()}
                        />
                        <NumberPad onKey={k => setPin(p => applyPadKey(p, k, 8))} />
                        <button
                            type="button"
                            className="btn primary big"
                            disabled={!pin}
                            onClick={() => void submit()}
                        >
                            {t('signin.submit')}
                        </button>
                    </div>
                )}
                {message && (
                    <p className="error" role="alert">
                        {message}
                    </p>
                )}
                <button type="button" className="btn ghost-dark" onClick={() => void refresh()}>
                    {t('signin.refresh')}
                </button>
            </div>
        </div>
    );
}
