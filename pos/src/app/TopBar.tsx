import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { usePos } from './usePos';

export function TopBar() {
    const { t, i18n } = useTranslation();
    const pos = usePos();
    return (
        <header className="topbar">
            <div className="topbar-title">
                <strong>{pos.tablet.salesPoint.name}</strong>
                <span data-testid="staff-name">
                    {pos.staff.name} · {t(`role.${pos.staff.role}`)}
                </span>
            </div>
            <nav className="topbar-actions">
                <span
                    className={pos.online ? 'status online' : 'status offline'}
                    data-testid="network-status"
                >
                    {pos.online ? t('status.online') : t('status.offline')}
                </span>
                <button
                    type="button"
                    className={pos.pending ? 'btn warn' : 'btn ghost'}
                    data-testid="outbox"
                    onClick={() => pos.setView('sync')}
                >
                    {t('status.outbox', { count: pos.pending })}
                </button>
                <button type="button" className="btn ghost" onClick={() => pos.setView('sale')}>
                    {t('nav.sale')}
                </button>
                <button type="button" className="btn ghost" onClick={() => pos.setView('shift')}>
                    {t('nav.shift')}
                </button>
                <button type="button" className="btn ghost" onClick={() => pos.setView('returns')}>
                    {t('nav.returns')}
                </button>
                <button type="button" className="btn ghost" onClick={() => pos.setView('stock')}>
                    {t('nav.stock')}
                </button>
                <button
                    type="button"
                    className="btn ghost"
                    onClick={() => setLanguage(i18n.language === 'vi' ? 'en' : 'vi')}
                    aria-label={t('nav.language')}
                >
                    {i18n.language === 'vi' ? 'EN' : 'VI'}
                </button>
                <button type="button" className="btn ghost" onClick={pos.signOut}>
                    {t('nav.switchUser')}
                </button>
            </nav>
        </header>
    );
}
