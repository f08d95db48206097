import { formatVnd } from '@ocop/shared';
import { useTranslation } from 'react-i18next';

/** A price in minor units; a range reads "from <lowest>". */
export function Price({ min, max = min, className }: { min: number; max?: number; className?: string }) {
    const { t } = useTranslation();
    const text = formatVnd(min);
    return (
        <span className={className ?? 'price'}>{min === max ? text : t('priceFrom', { price: text })}</span>
    );
}
