import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, type StaffRecord } from '../data/db';
import { checkPin } from '../data/pin';
import { applyPadKey, NumberPad } from './NumberPad';

/** Asks a manager present at the counter for their PIN to approve something (a large discount). */
export function ManagerApproval({
    reason,
    onApproved,
    onCancel,
}: {
    reason: string;
    onApproved: (manager: StaffRecord) => void;
    onCancel: () => void;
}) {
    const { t } = useTranslation();
    const [managers, setManagers] = useState<StaffRecord[]>([]);
    const [managerId, setManagerId] = useState<string>();
    const [pin, setPin] = useState('');
    const [error, setError] = useState('');

    useEffect(() => {
        void db.staff.toArray().then(all => {
            const found = all.filter(s => s.role === 'MANAGER');
            setManagers(found);
            setManagerId(found[0]?.id);
        });
    }, []);

    async function submit() {
        if (!managerId) return;
        const result = await checkPin(managerId, pin);
        setPin('');
        if (result.ok) onApproved(result.staff);
        else setError(result.reason === 'LOCKED' ? t('signin.locked') : t('signin.wrongPin'));
    }

    return (
        <div className="modal" role="dialog" aria-modal="true" aria-label={t('approval.title')}>
            <div className="modal-body">
                <h2>{t('approval.title')}</h2>
                <p>{reason}</p>
                <div className="chips">
                    {managers.map(m => (
                        <button
                            key={m.id}
                            type="button"
                            className={m.id === managerId ? 'chip active' : 'chip'}
                            onClick={() => setManagerId(m.id)}
                        >
                            {m.name}
                        </button>
                    ))}
                </div>
                <input
                    className="pin-display"
                    type="password"
                    inputMode="numeric"
                    aria-label={t('signin.pin')}
                    value={pin}
                    onChange={e => setPin(e.target.value.replace(/\D/g, ''))}
                    onKeyDown={e => e.key === 'Enter' && void submit()}
                />
                {error && <p className="error">{error}</p>}
                <NumberPad onKey={k => setPin(p => applyPadKey(p, k, 8))} />
                <div className="row">
                    <button type="button" className="btn" onClick={onCancel}>
                        {t('common.cancel')}
                    </button>
                    <button
                        type="button"
                        className="btn primary"
                        disabled={!pin}
                        onClick={() => void submit()}
                    >
                        {t('approval.approve')}
                    </button>
                </div>
            </div>
        </div>
    );
}
