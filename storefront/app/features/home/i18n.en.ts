import type { Translation } from '../../i18n/types';
import type { vi } from './i18n.vi';

export const en: Translation<typeof vi> = {
    title: 'Hà Tĩnh OCOP Market — certified OCOP products with traceability stamps',
    description:
        'Buy Hà Tĩnh’s OCOP products of 3 stars and more online: Hương Sơn deer antler velvet, oranges, honey, fish sauce… Every product has a valid certificate and a traceability stamp.',
    heroTitle: 'Hà Tĩnh specialities, OCOP certified',
    heroText:
        'Only products of 3 stars or more, with a valid certificate and a traceability stamp on every unit. Bought straight from the province’s cooperatives and family producers.',
    heroCta: 'See all products',
    featured: 'Featured 4–5 star products',
    brands: 'The province’s collective brands',
    brand: {
        deer: 'Hương Sơn deer antler velvet',
        orange: 'Hà Tĩnh oranges',
        honey: 'Honey',
        fishSauce: 'Fish sauce',
    },
    newProducts: 'New products',
    areas: 'Shop by area',
    areaCount_one: '{{count}} product',
    areaCount_other: '{{count}} products',
    seeAll: 'See all',
};
