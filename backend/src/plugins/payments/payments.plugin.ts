import { OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PluginCommonModule, ScheduledTask, VendurePlugin } from '@vendure/core';
import { systemContext } from '../../system-context';
import { shopApiExtensions } from './api/api-extensions';
import { StripeShopResolver } from './api/stripe-shop.resolver';
import { stripeWebhookHandler } from './api/stripe-webhook';
import { stripeHandler } from './config/stripe-handler';
import { configureVietQr, vietQrHandler } from './config/vietqr-handler';
import { PAYMENTS_PLUGIN_OPTIONS, STRIPE_WEBHOOK_ROUTE } from './constants';
import { StripeService } from './services/stripe.service';
import { VietQrService } from './services/vietqr.service';
import { PaymentsPluginOptions } from './types';

const cancelExpiredTransfersTask = new ScheduledTask({
    id: 'cancel-expired-vietqr-orders',
    description: 'Cancels orders whose VietQR bank transfer did not arrive in time, releasing their units',
    schedule: cron => cron.every(5).minutes(),
    async execute({ injector }) {
        const cancelled = await injector.get(VietQrService).cancelExpired(await systemContext(injector));
        return { cancelled };
    },
});

/**
 * Online payments (ADR 0012): `vietqr` (bank transfer, confirmed by the office)
 * and `stripe` (cards, settled by Stripe's signed webhook). Cash on delivery
 * stays in the StorePlugin. The methods themselves are created by the store setup.
 *
 * @example PaymentsPlugin.init({ vietqr: { bankBin, accountNumber, accountName, timeoutMinutes }, stripe })
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [
        VietQrService,
        StripeService,
        { provide: PAYMENTS_PLUGIN_OPTIONS, useFactory: () => PaymentsPlugin.options },
    ],
    exports: [VietQrService, StripeService],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [StripeShopResolver] },
    configuration: config => {
        configureVietQr(PaymentsPlugin.options.vietqr);
        config.paymentOptions.paymentMethodHandlers.push(vietQrHandler, stripeHandler);
        config.schedulerOptions.tasks = [
            ...(config.schedulerOptions.tasks ?? []),
            cancelExpiredTransfersTask,
        ];
        config.apiOptions.middleware.push({
            route: STRIPE_WEBHOOK_ROUTE,
            handler: stripeWebhookHandler(() => PaymentsPlugin.stripeService),
            beforeListen: true,
        });
        return config;
    },
    compatibility: '^3.7.0',
})
export class PaymentsPlugin implements OnApplicationBootstrap {
    static options: PaymentsPluginOptions;
    private static stripeService?: StripeService;

    constructor(private moduleRef: ModuleRef) {}

    static init(options: PaymentsPluginOptions) {
        this.options = options;
        return PaymentsPlugin;
    }

    onApplicationBootstrap() {
        PaymentsPlugin.stripeService = this.moduleRef.get(StripeService, { strict: false });
    }
}
