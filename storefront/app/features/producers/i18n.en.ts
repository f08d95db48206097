import type { Translation } from '../../i18n/types';
import type { vi } from './i18n.vi';

export const en: Translation<typeof vi> = {
    title: 'Hà Tĩnh OCOP producers',
    description:
        'Cooperatives, companies and family businesses with OCOP products on sale at the Hà Tĩnh OCOP Market.',
    intro: 'Producers with OCOP products on sale, by area.',
    products_one: '{{count}} product',
    products_other: '{{count}} products',
    unavailable: 'The list of producers is coming soon. Meanwhile, see all products.',
    producerTitle: '{{name}} — OCOP producer | Hà Tĩnh OCOP Market',
    producerDescription: '{{name}}, {{commune}}, {{area}}: OCOP products on sale.',
    story: 'Their story',
    productsOf: 'Products on sale',
    allProducers: 'All producers',
    commune: 'Commune/ward',
    area: 'Area',
    type: 'Type',
};
