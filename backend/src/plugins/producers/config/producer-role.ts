import { Permission } from '@vendure/common/lib/generated-types';

/**
 * What a producer's own administrators may do, on their own channel only: run
 * their catalogue, prices, stock and orders, read their certificates and stamps,
 * and score their products. Never certify, issue stamps or assign products to
 * the marketplace: those are the office's.
 */
export const PRODUCER_PERMISSIONS: string[] = [
    Permission.Authenticated,
    Permission.CreateProduct,
    Permission.ReadProduct,
    Permission.UpdateProduct,
    Permission.DeleteProduct,
    Permission.CreateAsset,
    Permission.ReadAsset,
    Permission.UpdateAsset,
    Permission.ReadFacet,
    Permission.ReadOrder,
    Permission.UpdateOrder,
    Permission.ReadStockLocation,
    Permission.ReadTaxCategory,
    'ReadCertificates',
    'ReadStamps',
    'SelfAssessProducts',
    'ReadProducerSales',
    'FulfilWithStamps',
];
