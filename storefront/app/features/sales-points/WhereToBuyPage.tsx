import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/paths';
import { formatDay } from '@ocop/shared';
import type { SalesPoint } from './sales-points.server';

type Day = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';

/** Sales points grouped by area; each with address, hours, phone and a directions link (no map tiles). */
export function WhereToBuyPage({
    lang,
    areas,
}: {
    lang: Lang;
    areas?: { area: string; points: SalesPoint[] }[];
}) {
    const { t } = useTranslation('salesPoints');
    // "MON-SAT", "SAT,SUN" or "SUN" (T2-T7 and CN accepted too) as words.
    const day = (d: string) => t(`days.${d.trim().toUpperCase() as Day}`, { defaultValue: d.trim() });
    const days = (d: string[] | string) =>
        (Array.isArray(d) ? d : d.split(','))
            .filter(part => part.trim())
            .map(part => part.split('-').map(day).join('–'))
            .join(', ');
    return (
        <div className="wrap page">
            <h1>{t('title')}</h1>
            {!areas ? (
                <p className="empty">{t('unavailable')}</p>
            ) : !areas.length ? (
                <p className="empty">{t('empty')}</p>
            ) : (
                <>
                    <p>{t('intro')}</p>
                    {areas.map((group, gi) => (
                        <section key={group.area} aria-labelledby={`sp-${gi}`}>
                            <h2 id={`sp-${gi}`}>{group.area}</h2>
                            <ul className="list-plain" role="list">
                                {group.points.map(p => (
                                    <li key={p.code}>
                                        <h3>{p.name}</h3>
                                        <p className="meta">
                                            {t(`kinds.${p.kind as 'OTHER'}`, {
                                                defaultValue: t('kinds.OTHER'),
                                            })}
                                        </p>
                                        {p.fair ? (
                                            <p>
                                                {t('fair')}: {p.fair.name}
                                                {p.fair.venue ? `, ${p.fair.venue}` : ''} —{' '}
                                                {t('fairDates', {
                                                    from: formatDay(p.fair.startsOn, lang),
                                                    to: formatDay(p.fair.endsOn, lang),
                                                })}
                                            </p>
                                        ) : null}
                                        <address>
                                            {[p.streetLine, p.commune, p.province].filter(Boolean).join(', ')}
                                        </address>
                                        {p.openingHours?.length ? (
                                            <p>
                                                {t('openingHours')}:{' '}
                                                {p.openingHours
                                                    .map(h => `${days(h.days)} ${h.opens}–${h.closes}`)
                                                    .join('; ')}
                                            </p>
                                        ) : null}
                                        {p.openingNote ? <p className="meta">{p.openingNote}</p> : null}
                                        {p.phone ? (
                                            <p>
                                                {t('phone')}:{' '}
                                                <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>
                                                    {p.phone}
                                                </a>
                                            </p>
                                        ) : null}
                                        {p.directionsUrl ? (
                                            <p>
                                                <a
                                                    href={p.directionsUrl}
                                                    rel="noopener"
                                                    aria-label={t('directionsLabel', { name: p.name })}
                                                >
                                                    {t('directions')}
                                                </a>
                                            </p>
                                        ) : null}
                                    </li>
                                ))}
                            </ul>
                        </section>
                    ))}
                </>
            )}
        </div>
    );
}
