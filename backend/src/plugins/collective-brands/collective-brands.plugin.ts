import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import {
    CollectiveBrandAdminEntityResolver,
    CollectiveBrandAdminResolver,
    CollectiveBrandEntityResolver,
    CollectiveBrandShopResolver,
    OcopInfoBrandsResolver,
    ProductBrandsResolver,
} from './api/collective-brand.resolver';
import { CollectiveBrand } from './entities/collective-brand.entity';
import { CollectiveBrandService } from './services/collective-brand.service';

/**
 * Collective brands of the province's key products (directive D8): deer antler
 * velvet, oranges, honey, fish sauce. The office keeps them (ManageCertificates)
 * and says which products carry them; Industry and Trade and producers read them
 * (ReadCertificates); the Shop API lists them with the number of products on sale.
 * Needs the ListingGatePlugin (it extends `OcopInfo`).
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [CollectiveBrand],
    providers: [CollectiveBrandService],
    exports: [CollectiveBrandService],
    shopApiExtensions: {
        schema: shopApiExtensions,
        resolvers: [CollectiveBrandShopResolver, CollectiveBrandEntityResolver, OcopInfoBrandsResolver],
    },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [
            CollectiveBrandAdminResolver,
            CollectiveBrandEntityResolver,
            CollectiveBrandAdminEntityResolver,
            OcopInfoBrandsResolver,
            ProductBrandsResolver,
        ],
    },
    compatibility: '^3.7.0',
})
export class CollectiveBrandsPlugin {}
