import {
    configureDefaultOrderProcess,
    defaultOrderProcess,
    PluginCommonModule,
    VendurePlugin,
} from '@vendure/core';
import { shopApiExtensions } from './api/api-extensions';
import { OrderLineStampsResolver } from './api/order-line-stamps.resolver';
import { ProducerSellerStrategy } from './config/producer-seller-strategy';
import { sellerOrderProcess } from './config/seller-order-process';
import { SellerOrderStockAllocationStrategy } from './config/seller-stock-allocation';
import { SellerOrderService } from './services/seller-order.service';

/**
 * Split checkout (ADR 0011): the customer pays one aggregate order; each producer
 * gets a seller order in its own channel with its lines and its share of the
 * shipping, holds the stock reservation for those units and fulfils it with
 * stamps. Producers see only their own seller orders (Vendure's channel scoping).
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [SellerOrderService],
    exports: [SellerOrderService],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [OrderLineStampsResolver] },
    configuration: config => {
        const { orderOptions } = config;
        orderOptions.orderSellerStrategy = new ProducerSellerStrategy();
        orderOptions.stockAllocationStrategy = new SellerOrderStockAllocationStrategy(
            orderOptions.stockAllocationStrategy,
        );
        // Vendure's payment-cover and fulfilment checks know nothing of split orders; sellerOrderProcess redoes them.
        // Its stock check on the way to payment is left to the listing gate (ocopOrderProcess), which counts the
        // same stamp-capped units, summed per variant, with the producer's and certificate's rules, in one
        // statement instead of four per line.
        // (Vendure deep-clones its defaults: the default process is recognised by its Draft transitions.)
        orderOptions.process = orderOptions.process.map(p =>
            p === defaultOrderProcess || (p.transitions as any)?.Created?.to?.includes('Draft')
                ? configureDefaultOrderProcess({
                      checkPaymentsCoverTotal: false,
                      checkFulfillmentStates: false,
                      arrangingPaymentRequiresStock: false,
                  })
                : p,
        );
        orderOptions.process.push(sellerOrderProcess as any);
        return config;
    },
    compatibility: '^3.7.0',
})
export class SellerOrdersPlugin {}
