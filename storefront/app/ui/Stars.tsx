import { useTranslation } from 'react-i18next';

/** OCOP star rating: the stars are decoration, the text "4 sao OCOP" is what assistive tech reads. */
export function Stars({ count, large }: { count: number; large?: boolean }) {
    const { t } = useTranslation();
    return (
        <span className={large ? 'stars stars-large' : 'stars'}>
            <span aria-hidden="true">
                {'★'.repeat(count)}
                <span className="stars-off">{'★'.repeat(Math.max(0, 5 - count))}</span> OCOP
            </span>
            <span className="sr-only">{t('stars', { count })}</span>
        </span>
    );
}
