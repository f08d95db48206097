import type { Translation } from '../../i18n/types';
import type { vi } from './i18n.vi';

export const en: Translation<typeof vi> = {
    title: 'Hà Tĩnh OCOP products',
    titleSearch: 'Results for “{{q}}”',
    description:
        'Every OCOP product of 3 stars or more on sale from Hà Tĩnh: filter by group, stars, area, producer and price.',
    results_one: '{{count}} product',
    results_other: '{{count}} products',
    filters: 'Filters',
    clearFilters: 'Clear all filters',
    facet: {
        brand: 'Collective brand',
        group: 'Product group',
        stars: 'OCOP stars',
        area: 'Area',
        producer: 'Producer',
        price: 'Price',
    },
    price: {
        'lt-100': 'Under 100.000 ₫',
        '100-300': '100.000 – 300.000 ₫',
        '300-1000': '300.000 – 1.000.000 ₫',
        'gte-1000': '1.000.000 ₫ and more',
    },
    sortLabel: 'Sort by',
    sort: {
        relevance: 'Best match',
        'price-asc': 'Price, low to high',
        'price-desc': 'Price, high to low',
        name: 'Name A–Z',
    },
    apply: 'Apply',
    emptyTitle: 'No matching products',
    emptyText: 'Try a shorter word, remove some filters, or one of these:',
    tryThese: 'Search ideas',
    removeFilter: 'Remove filter {{name}}',
};
