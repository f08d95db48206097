import type { Translation } from '../../i18n/types';
import type { vi } from './i18n.vi';

export const en: Translation<typeof vi> = {
    skip: 'Skip to main content',
    mainNav: 'Main menu',
    products: 'Products',
    producers: 'Producers',
    whereToBuy: 'Where to buy',
    cart: 'Cart',
    cartItems_one: 'item',
    cartItems_other: 'items',
    language: 'Language',
    switchTo: 'Tiếng Việt',
    switchToLabel: 'View this page in Vietnamese',
    aboutTitle: 'About OCOP',
    aboutText:
        'OCOP (One Commune One Product) is Vietnam’s programme for each locality’s signature products. A provincial council assesses and rates them from 3 to 5 stars; this market sells only products of 3 stars or more with a valid certificate.',
    stampTitle: 'Check a stamp',
    stampText:
        'Every unit sold carries a traceability stamp with its own code. Scan the QR code on the stamp or type the code to see the product, producer, certificate and where it was sold; a stamp scanned in too many places raises a warning.',
    stampLink: 'Check a stamp code',
    buyTitle: 'Buy in person',
    buyText: 'OCOP products are also sold at the province’s product showrooms and trade fairs.',
    buyLink: 'See where to buy',
    copyright: 'Hà Tĩnh OCOP Market — certified OCOP products of Hà Tĩnh province',
};
