import { OnModuleInit } from '@nestjs/common';
import { LanguageCode, PluginCommonModule, VendurePlugin } from '@vendure/core';
import { isEan13 } from '@ocop/shared';
import { ClusterPlugin } from '../cluster/cluster.plugin';
import { SalesPointService } from '../sales-points/services/sales-point.service';
import { ListingGatePlugin } from '../listing-gate/listing-gate.plugin';
import { SalesPointsPlugin } from '../sales-points/sales-points.plugin';
import { StampsPlugin } from '../stamps/stamps.plugin';
import { adminApiExtensions } from './api/api-extensions';
import { PosResolver } from './api/pos.resolver';
import { posOnlyChecker, posPaymentHandlers } from './config/pos-payment-handlers';
import {
    enrolPosTabletPermission,
    managePosStaffPermission,
    readPosConflictsPermission,
    sellAtPosPermission,
} from './constants';
import { PosConflict } from './entities/pos-conflict.entity';
import { PosRefund } from './entities/pos-refund.entity';
import { PosSale } from './entities/pos-sale.entity';
import { PosStaff } from './entities/pos-staff.entity';
import { PosTablet } from './entities/pos-tablet.entity';
import { PosCatalogService } from './services/pos-catalog.service';
import { PosRefundService } from './services/pos-refund.service';
import { PosSaleService } from './services/pos-sale.service';
import { PosStaffService } from './services/pos-staff.service';

/**
 * Selling at showrooms and fair booths (ADR 0016): enrolled tablets, staff with
 * PINs, one idempotent sale command that writes the marketplace order, payments,
 * stock and stamps together, conflicts found at sync, and returns.
 */
@VendurePlugin({
    imports: [PluginCommonModule, ClusterPlugin, ListingGatePlugin, StampsPlugin, SalesPointsPlugin],
    entities: [PosStaff, PosTablet, PosSale, PosConflict, PosRefund],
    providers: [PosStaffService, PosSaleService, PosCatalogService, PosRefundService],
    exports: [PosStaffService, PosSaleService],
    adminApiExtensions: { schema: adminApiExtensions, resolvers: [PosResolver] },
    configuration: config => {
        config.authOptions.customPermissions.push(
            sellAtPosPermission,
            enrolPosTabletPermission,
            managePosStaffPermission,
            readPosConflictsPermission,
        );
        // The GS1 barcode printed on the pack (EAN-13): the tablet adds the product when it is
        // scanned and then asks for the unit's stamp. Vendure has no such field (ADR 0017).
        config.customFields.ProductVariant.push({
            name: 'ean',
            type: 'string',
            length: 13,
            nullable: true,
            label: [
                { languageCode: LanguageCode.vi, value: 'Mã vạch EAN-13' },
                { languageCode: LanguageCode.en, value: 'EAN-13 barcode' },
            ],
            validate: (value: string | null | undefined) =>
                value == null || value === '' || isEan13(value)
                    ? undefined
                    : [
                          {
                              languageCode: LanguageCode.vi,
                              value: 'Mã EAN-13 gồm 13 chữ số với số kiểm tra đúng',
                          },
                          {
                              languageCode: LanguageCode.en,
                              value: 'An EAN-13 is 13 digits with a valid check digit',
                          },
                      ],
        });
        config.paymentOptions.paymentMethodHandlers.push(...posPaymentHandlers);
        config.paymentOptions.paymentMethodEligibilityCheckers = [
            ...(config.paymentOptions.paymentMethodEligibilityCheckers ?? []),
            posOnlyChecker,
        ];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class PosPlugin implements OnModuleInit {
    constructor(private staffService: PosStaffService) {}

    onModuleInit() {
        SalesPointService.ownSalesPointLookup = ctx => this.staffService.salesPointOfUser(ctx);
    }
}
