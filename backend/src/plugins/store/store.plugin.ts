import { OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import {
    LanguageCode,
    PluginCommonModule,
    ProcessContext,
    ScheduledTask,
    TransactionalConnection,
    VendurePlugin,
} from '@vendure/core';
import { areaRateCalculator, deliveryAreaChecker } from './config/area-shipping';
import { cashOnDeliveryHandler } from './config/cash-on-delivery-handler';
import { deliverableAddressProcess } from './config/deliverable-address';
import { PriceInputGuard, ProductVariantPriceSubscriber } from './config/price-guard';
import { pinShopChannel } from './config/shop-channel-middleware';
import { vietnamDate } from '../../vietnam-time';
import { VndMoneyStrategy } from './config/vnd-money-strategy';
import { STORE_PLUGIN_OPTIONS } from './constants';
import { VatRatePeriod } from './entities/vat-rate-period.entity';
import { OrderConfirmationService } from './services/order-confirmation.service';
import { StoreSetupService } from './services/store-setup.service';
import { VatScheduleService } from './services/vat-schedule.service';
import { StorePluginOptions } from './types';

const applyVatScheduleTask = new ScheduledTask({
    id: 'apply-vat-schedule',
    description:
        'Copies the VAT rate that the dated schedule gives for today (Vietnam time) into the tax rates',
    // 00:05 Vietnam time: the worker runs with TZ=Asia/Ho_Chi_Minh.
    schedule: cron => cron.everyDayAt(0, 5),
    async execute({ injector, scheduledContext }) {
        return injector.get(VatScheduleService).applyScheduleOn(scheduledContext, vietnamDate());
    },
});

/**
 * The store itself: one market in VND with Vietnamese first, VAT-inclusive
 * prices, dated VAT rates, the marketplace channel that serves the Shop API,
 * delivery and cash on delivery.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [VatRatePeriod],
    providers: [
        StoreSetupService,
        OrderConfirmationService,
        VatScheduleService,
        { provide: STORE_PLUGIN_OPTIONS, useFactory: () => StorePlugin.options },
        { provide: APP_INTERCEPTOR, useClass: PriceInputGuard },
    ],
    configuration: config => {
        config.entityOptions.moneyStrategy = new VndMoneyStrategy();
        config.defaultLanguageCode = LanguageCode.vi;
        config.paymentOptions.paymentMethodHandlers.push(cashOnDeliveryHandler);
        config.shippingOptions.shippingCalculators.push(areaRateCalculator);
        config.shippingOptions.shippingEligibilityCheckers.push(deliveryAreaChecker);
        config.orderOptions.process.push(deliverableAddressProcess as any);
        config.customFields.TaxCategory.push({
            name: 'code',
            type: 'string',
            unique: true,
            nullable: true,
            readonly: true,
            label: [
                { languageCode: LanguageCode.vi, value: 'Mã loại thuế' },
                { languageCode: LanguageCode.en, value: 'VAT category code' },
            ],
        });
        config.schedulerOptions.tasks = [...(config.schedulerOptions.tasks ?? []), applyVatScheduleTask];
        config.apiOptions.middleware.push({
            route: config.apiOptions.shopApiPath,
            handler: pinShopChannel(config.apiOptions.channelTokenKey, StorePlugin.options.shopChannelToken),
        });
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.7.0',
})
export class StorePlugin implements OnModuleInit, OnApplicationBootstrap {
    static options: StorePluginOptions;

    constructor(
        private processContext: ProcessContext,
        private storeSetupService: StoreSetupService,
        private connection: TransactionalConnection,
    ) {}

    onModuleInit() {
        // Like Vendure's own subscribers: registered on the live data source, in server and worker alike.
        this.connection.rawConnection.subscribers.push(new ProductVariantPriceSubscriber());
    }

    static init(options: StorePluginOptions) {
        this.options = options;
        return StorePlugin;
    }

    async onApplicationBootstrap() {
        if (this.processContext.isServer) {
            await this.storeSetupService.ensureStore();
        }
    }
}
