import type { Translation } from '../../i18n/types';
import type { vi } from './i18n.vi';

export const en: Translation<typeof vi> = {
    titleSuffix: '{{name}} — {{stars}}-star OCOP product | Hà Tĩnh OCOP Market',
    gallery: 'Product images',
    imageAlt: '{{name}}, image {{n}}',
    chooseVariant: 'Choose',
    certificate: 'OCOP certificate',
    certificateNumber: 'Certificate number',
    validUntil: 'Valid until',
    group: 'Product group',
    groups: {
        FOOD: 'Food',
        DRINK: 'Drinks',
        HERBAL: 'Herbal products',
        HANDICRAFT: 'Handicrafts',
        ORNAMENTAL: 'Ornamental plants and animals',
        TOURISM: 'Community tourism',
    },
    area: 'Area',
    description: 'Description',
    producerCard: 'Producer',
    producerTypes: {
        HOUSEHOLD: 'Family business',
        COOPERATIVE: 'Cooperative',
        COMPANY: 'Company',
        OTHER: 'Producer',
    },
    producerPage: 'See the producer’s page',
    producerProducts_one: '{{count}} product on sale',
    producerProducts_other: '{{count}} products on sale',
    stampTitle: 'How the stamp proves origin',
    stampText:
        'Every unit delivered to you carries a stamp with its own code, issued by the province for this very product. Scan the QR code on the stamp (or type the code) to see the product, the producer, the OCOP certificate number and where it was sold. A code belongs to one unit only: if a stamp has been scanned in many places, the check page warns you.',
    stampLink: 'Stamp check page',
    qualityDocuments: 'Quality documents',
    documentKinds: {
        QUALITY_DECLARATION: 'Quality self-declaration',
        FOOD_SAFETY_CERTIFICATE: 'Food-safety certificate of the premises',
    },
    documentLine: 'no. {{number}}, issued by {{issuer}} on {{date}}',
    documentUntil: '(valid until {{date}})',
    related: 'Related products',
    stock: {
        IN_STOCK: 'In stock',
        LOW_STOCK: 'Only a few left',
        OUT_OF_STOCK: 'Out of stock',
    },
    sku: 'SKU',
};
