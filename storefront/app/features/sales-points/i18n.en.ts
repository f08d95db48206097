import type { Translation } from '../../i18n/types';
import type { vi } from './i18n.vi';

export const en: Translation<typeof vi> = {
    title: 'Where to buy Hà Tĩnh OCOP products',
    description:
        'OCOP showrooms and trade-fair booths in Hà Tĩnh province: address, opening hours, phone number and directions.',
    intro: 'Buy stamped OCOP products in person at these sales points and fairs.',
    kinds: {
        SHOWROOM: 'Product showroom',
        FAIR_BOOTH: 'Trade-fair booth',
        SHOP: 'Shop',
        OTHER: 'Sales point',
    },
    fair: 'Fair',
    fairs: 'Booths at trade fairs',
    fairDates: 'From {{from}} to {{to}}',
    openingHours: 'Opening hours',
    phone: 'Phone',
    directions: 'Directions',
    directionsLabel: 'Directions to {{name}} (opens a map)',
    days: {
        MON: 'Mon',
        TUE: 'Tue',
        WED: 'Wed',
        THU: 'Thu',
        FRI: 'Fri',
        SAT: 'Sat',
        SUN: 'Sun',
        T2: 'Mon',
        T3: 'Tue',
        T4: 'Wed',
        T5: 'Thu',
        T6: 'Fri',
        T7: 'Sat',
        CN: 'Sun',
    },
    unavailable: 'The list of sales points is coming soon.',
    empty: 'There are no sales points at the moment.',
    byArea: 'By area',
};
