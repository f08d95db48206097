import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolTablet } from '../../data/api';
import { db, type TabletRecord } from '../../data/db';
import { refreshCatalogue } from '../../data/sync';

function defaultApiUrl(): string {
    return import.meta.env.VITE_API_URL ?? `${location.protocol}//${location.hostname}:3000`;
}

/** First run: a manager signs in once and the tablet gets its own credential for this sales point. */
export function EnrolScreen({ onEnrolled }: { onEnrolled: (tablet: TabletRecord) => void }) {
    const { t } = useTranslation();
    const [apiUrl, setApiUrl] = useState(defaultApiUrl);
    const [username, setUsername] = useState('');
    const [password, setPassword] = useState('');
    const [name, setName] = useState(t('enrol.defaultName'));
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState('');

    async function submit(e: FormEvent) {
        e.preventDefault();
        setBusy(true);
        setError('');
        try {
            const result = await enrolTablet(apiUrl, username.trim(), password, name.trim());
            const tablet: TabletRecord = {
                key: 'tablet',
                apiUrl: apiUrl.replace(/\/+$/, ''),
                token: result.token,
                salesPoint: result.salesPoint,
                settings: { discountApprovalPercent: 10 },
                enrolledAt: new Date().toISOString(),
            };
            await db.tablet.put(tablet);
            await refreshCatalogue(tablet);
            onEnrolled((await db.tablet.get('tablet'))!);
        } catch (err) {
            setError(t('enrol.failed', { message: (err as Error).message }));
        } finally {
            setBusy(false);
        }
    }

    return (
        <div className="center-screen">
            <form className="card narrow" onSubmit={e => void submit(e)}>
                <h1>{t('enrol.title')}</h1>
                <p className="muted">{t('enrol.intro')}</p>
                <label>
                    {t('enrol.server')}
                    <input
                        value={apiUrl}
                        onChange={e => setApiUrl(e.target.value)}
                        inputMode="url"
                        required
                    />
                </label>
                <label>
                    {t('enrol.username')}
                    <input
                        value={username}
                        onChange={e => setUsername(e.target.value)}
                        autoComplete="username"
                        required
                    />
                </label>
                <label>
                    {t('enrol.password')}
                    <input
                        type="password"
                        value={password}
                        onChange={e => setPassword(e.target.value)}
                        autoComplete="current-password"
                        required
                    />
                </label>
                <label>
                    {t('enrol.tabletName')}
                    <input value={name} onChange={e => setName(e.target.value)} required />
                </label>
                {error && (
                    <p className="error" role="alert">
                        {error}
                    </p>
                )}
                <button className="btn primary big" type="submit" disabled={busy}>
                    {busy ? t('common.working') : t('enrol.submit')}
                </button>
            </form>
        </div>
    );
}
