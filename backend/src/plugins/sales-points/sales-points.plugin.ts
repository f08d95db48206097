import { LanguageCode, PluginCommonModule, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { SalesPointAdminResolver, SalesPointEntityResolver } from './api/sales-point-admin.resolver';
import { SalesPointShopResolver } from './api/sales-point-shop.resolver';
import { manageSalesPointsPermission, manageTradeFairsPermission } from './constants';
import { SalesPoint } from './entities/sales-point.entity';
import { TradeFair } from './entities/trade-fair.entity';
import { SalesPointService } from './services/sales-point.service';
import { TradeFairService } from './services/trade-fair.service';

/**
 * Sales points (ADR 0013): the province's showrooms (one at least in each former
 * district, directive D4) and trade-fair booths (D5), each with its own stock
 * location. The office manages showrooms; the office and Industry and Trade
 * manage fairs and booths; the Shop API lists the public side for the
 * storefront's "where to buy" page. Selling at the counter is the POS's, later.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [TradeFair, SalesPoint],
    providers: [SalesPointService, TradeFairService],
    exports: [SalesPointService, TradeFairService],
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [SalesPointAdminResolver, SalesPointEntityResolver],
    },
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [SalesPointShopResolver] },
    configuration: config => {
        config.authOptions.customPermissions.push(manageSalesPointsPermission, manageTradeFairsPermission);
        // Where an order was sold over the counter; null for an online order. Reports
        // take the POS channel from the sales point's kind (showroom or fair booth).
        config.customFields.Order.push({
            name: 'salesPoint',
            type: 'relation',
            entity: SalesPoint,
            nullable: true,
            readonly: true,
            // Admin only: the storefront has no SalesPoint type, and buyers need not see it.
            public: false,
            label: [
                { languageCode: LanguageCode.vi, value: 'Điểm bán' },
                { languageCode: LanguageCode.en, value: 'Sales point' },
            ],
        });
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class SalesPointsPlugin {}
