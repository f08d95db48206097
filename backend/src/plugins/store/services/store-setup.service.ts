import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CurrencyCode, LanguageCode, Permission } from '@vendure/common/lib/generated-types';
import {
    Channel,
    ChannelService,
    Country,
    CountryService,
    GlobalSettingsService,
    Injector,
    isGraphQlErrorResult,
    Logger,
    PaymentMethod,
    PaymentMethodService,
    RequestContext,
    Role,
    RoleService,
    ShippingMethod,
    ShippingMethodService,
    TransactionalConnection,
    Zone,
    ZoneService,
} from '@vendure/core';
import {
    MARKETPLACE_CHANNEL_CODE,
    STORE_PLUGIN_OPTIONS,
    STRIPE_CODE,
    VIETNAM_ZONE_NAME,
    VIETQR_CODE,
} from '../constants';
import { areaRateCalculator } from '../config/area-shipping';
import {
    PAYMENT_METHODS,
    PaymentMethodDefinition,
    SHIPPING_METHODS,
    ShippingMethodDefinition,
} from '../config/store-methods';
import { systemContext } from '../../../system-context';
import { STAFF_ROLES } from '../config/staff-roles';
import { StorePluginOptions } from '../types';
import { VatScheduleService } from './vat-schedule.service';

const loggerCtx = 'StoreSetup';

/**
 * Brings the store to the shape the business needs on every start: one market
 * (Vietnam, VND, Vietnamese first), VAT-inclusive prices, the marketplace
 * channel, delivery and cash on delivery. Every step looks before it writes, so
 * running it again changes nothing.
 */
@Injectable()
export class StoreSetupService {
    constructor(
        private connection: TransactionalConnection,
        private moduleRef: ModuleRef,
        private channelService: ChannelService,
        private countryService: CountryService,
        private zoneService: ZoneService,
        private globalSettingsService: GlobalSettingsService,
        private shippingMethodService: ShippingMethodService,
        private paymentMethodService: PaymentMethodService,
        private vatScheduleService: VatScheduleService,
        private roleService: RoleService,
        @Inject(STORE_PLUGIN_OPTIONS) private options: StorePluginOptions,
    ) {}

    async ensureStore(): Promise<void> {
        const ctx = await systemContext(new Injector(this.moduleRef));
        await this.connection.withTransaction(ctx, async txCtx => {
            await this.ensureLanguages(txCtx);
            const zone = await this.ensureVietnamZone(txCtx);
            await this.vatScheduleService.ensureCategoriesAndRates(txCtx, zone);
            await this.ensureChannels(txCtx, zone);
            await this.ensureShippingAndPayment(txCtx);
            await this.ensureStaffRoles(txCtx);
        });
    }

    /** The office's and the department's roles exist from the first start; only their members change. */
    private async ensureStaffRoles(ctx: RequestContext) {
        const channels = await this.connection
            .getRepository(ctx, Channel)
            .find({ where: [{ code: MARKETPLACE_CHANNEL_CODE }, { code: '__default_channel__' }] });
        for (const definition of STAFF_ROLES) {
            const existing = await this.connection
                .getRepository(ctx, Role)
                .findOne({ where: { code: definition.code } });
            if (!existing) {
                await this.roleService.create(ctx, {
                    code: definition.code,
                    description: definition.description,
                    permissions: definition.permissions as Permission[],
                    channelIds: channels.map(c => c.id),
                });
            }
        }
    }

    private async ensureLanguages(ctx: RequestContext) {
        const settings = await this.globalSettingsService.getSettings(ctx);
        const wanted = [LanguageCode.vi, LanguageCode.en];
        if (!wanted.every(l => settings.availableLanguages.includes(l))) {
            await this.globalSettingsService.updateSettings(ctx, {
                availableLanguages: [...new Set([...settings.availableLanguages, ...wanted])],
            });
        }
    }

    private async ensureVietnamZone(ctx: RequestContext): Promise<Zone> {
        let country = await this.connection.getRepository(ctx, Country).findOne({ where: { code: 'VN' } });
        if (!country) {
            country = await this.countryService.create(ctx, {
                code: 'VN',
                enabled: true,
                translations: [
                    { languageCode: LanguageCode.vi, name: 'Việt Nam' },
                    { languageCode: LanguageCode.en, name: 'Vietnam' },
                ],
            });
        }
        const zone = await this.connection
            .getRepository(ctx, Zone)
            .findOne({ where: { name: VIETNAM_ZONE_NAME }, relations: ['members'] });
        if (zone) return zone;
        return this.zoneService.create(ctx, { name: VIETNAM_ZONE_NAME, memberIds: [country.id] });
    }

    private async ensureChannels(ctx: RequestContext, zone: Zone) {
        const market = {
            defaultCurrencyCode: CurrencyCode.VND,
            availableCurrencyCodes: [CurrencyCode.VND],
            defaultLanguageCode: LanguageCode.vi,
            availableLanguageCodes: [LanguageCode.vi, LanguageCode.en],
            pricesIncludeTax: true,
            defaultTaxZoneId: zone.id,
            defaultShippingZoneId: zone.id,
        };
        const defaultChannel = await this.channelService.getDefaultChannel(ctx);
        if (!this.hasMarketSettings(defaultChannel, zone)) {
            const result = await this.channelService.update(ctx, { id: defaultChannel.id, ...market });
            if (isGraphQlErrorResult(result)) throw new Error(`Default channel: ${result.message}`);
        }
        const marketplace = await this.connection
            .getRepository(ctx, Channel)
            .findOne({ where: { code: MARKETPLACE_CHANNEL_CODE }, relations: ['defaultTaxZone'] });
        if (!marketplace) {
            const result = await this.channelService.create(ctx, {
                code: MARKETPLACE_CHANNEL_CODE,
                token: this.options.shopChannelToken,
                sellerId: defaultChannel.seller?.id ?? defaultChannel.sellerId,
                ...market,
            });
            if (isGraphQlErrorResult(result)) throw new Error(`Marketplace channel: ${result.message}`);
            Logger.info(`Created the marketplace channel "${MARKETPLACE_CHANNEL_CODE}"`, loggerCtx);
        } else if (
            marketplace.token !== this.options.shopChannelToken ||
            !this.hasMarketSettings(marketplace, zone)
        ) {
            const result = await this.channelService.update(ctx, {
                id: marketplace.id,
                token: this.options.shopChannelToken,
                ...market,
            });
            if (isGraphQlErrorResult(result)) throw new Error(`Marketplace channel: ${result.message}`);
        }
    }

    private hasMarketSettings(channel: Channel, zone: Zone): boolean {
        return (
            channel.defaultCurrencyCode === CurrencyCode.VND &&
            channel.defaultLanguageCode === LanguageCode.vi &&
            channel.pricesIncludeTax &&
            channel.availableLanguageCodes?.includes(LanguageCode.en) &&
            channel.defaultTaxZone?.id === zone.id
        );
    }

    private async ensureShippingAndPayment(ctx: RequestContext) {
        // Created in the default channel (the request context's), then offered in the marketplace too.
        const marketplace = await this.connection
            .getRepository(ctx, Channel)
            .findOneOrFail({ where: { code: MARKETPLACE_CHANNEL_CODE } });
        for (const definition of SHIPPING_METHODS) {
            await this.ensureShippingMethod(ctx, marketplace, definition);
        }
        for (const definition of PAYMENT_METHODS) {
            const enabled =
                definition.code === STRIPE_CODE
                    ? !!this.options.stripeEnabled
                    : definition.code === VIETQR_CODE
                      ? this.options.vietqrEnabled !== false
                      : true;
            await this.ensurePaymentMethod(ctx, marketplace, definition, enabled);
        }
    }

    /** Creates the method, or moves one made before delivery areas existed onto the area rates. */
    private async ensureShippingMethod(
        ctx: RequestContext,
        marketplace: Channel,
        definition: ShippingMethodDefinition,
    ) {
        const existing = await this.connection
            .getRepository(ctx, ShippingMethod)
            .findOne({ where: { code: definition.code } });
        const input = {
            fulfillmentHandler: 'ocop-stamped-fulfillment',
            checker: definition.checker,
            calculator: definition.calculator,
        };
        if (existing) {
            if (existing.calculator.code !== areaRateCalculator.code) {
                // Translations are matched by language: the old texts are updated, none duplicated.
                await this.shippingMethodService.update(ctx, {
                    id: existing.id,
                    ...input,
                    translations: definition.translations,
                });
                Logger.info(`Shipping method "${definition.code}" now charges by delivery area`, loggerCtx);
            }
            return;
        }
        const method = await this.shippingMethodService.create(ctx, {
            code: definition.code,
            ...input,
            translations: definition.translations,
        });
        await this.shippingMethodService.assignShippingMethodsToChannel(ctx, {
            shippingMethodIds: [method.id],
            channelId: marketplace.id,
        });
    }

    /** Creates the method once; its availability follows the configuration (Stripe keys) on every start. */
    private async ensurePaymentMethod(
        ctx: RequestContext,
        marketplace: Channel,
        definition: PaymentMethodDefinition,
        enabled: boolean,
    ) {
        const existing = await this.connection
            .getRepository(ctx, PaymentMethod)
            .findOne({ where: { code: definition.code } });
        if (existing) {
            if (existing.enabled !== enabled) {
                await this.paymentMethodService.update(ctx, { id: existing.id, enabled });
            }
            return;
        }
        const method = await this.paymentMethodService.create(ctx, {
            code: definition.code,
            enabled,
            handler: { code: definition.code, arguments: [] },
            translations: definition.translations,
        });
        await this.paymentMethodService.assignPaymentMethodsToChannel(ctx, {
            paymentMethodIds: [method.id],
            channelId: marketplace.id,
        });
    }
}
