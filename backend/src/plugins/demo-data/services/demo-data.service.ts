import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CurrencyCode, LanguageCode } from '@vendure/common/lib/generated-types';
import {
    Asset,
    AssetService,
    Channel,
    ChannelService,
    CollectionService,
    Facet,
    FacetService,
    FacetValue,
    FacetValueService,
    Injector,
    isGraphQlErrorResult,
    Logger,
    Product,
    ProductOptionGroupService,
    ProductOptionService,
    ProductService,
    ID,
    ProductVariantService,
    RequestContext,
    SearchService,
    Seller,
    SellerService,
    StockLocation,
    StockLocationService,
    TaxCategory,
    TransactionalConnection,
} from '@vendure/core';
import { slugifyVietnamese as slug } from '@ocop/shared';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import { demoProducers, demoProducts } from '../catalog/catalog';
import { DemoProducer, DemoProduct, Localized } from '../catalog/types';
import { systemContext } from '../../../system-context';
import { DemoDataPluginOptions } from '../types';

const loggerCtx = 'DemoData';

const GROUP_NAMES: Record<DemoProduct['group'], Localized> = {
    FOOD: { vi: 'Thực phẩm', en: 'Food' },
    DRINK: { vi: 'Đồ uống', en: 'Drinks' },
    HERBAL: { vi: 'Thảo dược', en: 'Herbal products' },
    HANDICRAFT: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' },
    ORNAMENTAL: { vi: 'Sinh vật cảnh', en: 'Ornamental plants' },
    TOURISM: { vi: 'Du lịch cộng đồng', en: 'Community tourism' },
};

export function producerChannelCode(producer: Pick<DemoProducer, 'code'>) {
    return `producer-${producer.code}`;
}

/**
 * Loads the demo catalogue through Vendure's own services, so the data is
 * exactly what the office and producers would create by hand: a Seller,
 * Channel and warehouse per producer; products in the producer's channel with
 * Vietnamese and English text, an image, VAT category and warehouse stock.
 * Products without a sellable case are also offered in the marketplace channel.
 * Every step looks for its result first, so a second run creates nothing.
 */
@Injectable()
export class DemoDataService {
    constructor(
        private connection: TransactionalConnection,
        private moduleRef: ModuleRef,
        private channelService: ChannelService,
        private sellerService: SellerService,
        private stockLocationService: StockLocationService,
        private productService: ProductService,
        private productVariantService: ProductVariantService,
        private productOptionGroupService: ProductOptionGroupService,
        private productOptionService: ProductOptionService,
        private assetService: AssetService,
        private facetService: FacetService,
        private facetValueService: FacetValueService,
        private collectionService: CollectionService,
        private searchService: SearchService,
        @Inject('DEMO_DATA_OPTIONS') private options: DemoDataPluginOptions,
    ) {}

    async seed(): Promise<{ created: number; skipped: number }> {
        const started = Date.now();
        const injector = new Injector(this.moduleRef);
        const adminCtx = await systemContext(injector);
        const marketplace = await this.connection.getRepository(adminCtx, Channel).findOne({ where: { code: MARKETPLACE_CHANNEL_CODE }, relations: ['defaultTaxZone', 'defaultShippingZone'] });
        if (!marketplace) throw new Error('The marketplace channel does not exist; StorePlugin must run before DemoDataPlugin');
        const taxCategories = await this.connection.getRepository(adminCtx, TaxCategory).find();
        const taxCategoryId = (code: string) => {
            const category = taxCategories.find(c => c.customFields?.code === code);
            if (!category) throw new Error(`No tax category with code "${code}"`);
            return category.id;
        };

        const facets = await this.connection.withTransaction(adminCtx, ctx => this.ensureFacets(ctx));
        let created = 0;
        let skipped = 0;
        const producerChannels = new Map<string, { channel: Channel; location: StockLocation }>();
        for (const producer of demoProducers) {
            producerChannels.set(producer.code, await this.connection.withTransaction(adminCtx, ctx => this.ensureProducer(ctx, producer, marketplace)));
        }
        const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-demo-'));
        try {
            for (const product of demoProducts) {
                const { channel, location } = producerChannels.get(product.producerCode)!;
                // Created in the producer's channel, as the producer would do it.
                const producerCtx = await systemContext(injector, channel);
                const wasCreated = await this.connection.withTransaction(producerCtx, ctx =>
                    this.ensureProduct(ctx, product, location, marketplace, facets, taxCategoryId, tmpDir),
                );
                wasCreated ? created++ : skipped++;
            }
        } finally {
            fs.rmSync(tmpDir, { recursive: true, force: true });
        }
        if (created > 0) {
            const marketCtx = await systemContext(injector, marketplace);
            await this.connection.withTransaction(marketCtx, ctx => this.ensureCollections(ctx, facets.group));
            await this.searchService.reindex(marketCtx);
            Logger.info(`Demo data: ${created} products created, ${skipped} already present (${((Date.now() - started) / 1000).toFixed(1)} s)`, loggerCtx);
        }
        return { created, skipped };
    }

    private async ensureFacets(ctx: RequestContext) {
        const group = await this.ensureFacet(ctx, 'nhom-san-pham', { vi: 'Nhóm sản phẩm', en: 'Product group' },
            Object.entries(GROUP_NAMES).map(([code, name]) => ({ code: code.toLowerCase(), name })));
        const areaNames = [...new Set(demoProducers.map(p => p.area))];
        const area = await this.ensureFacet(ctx, 'vung', { vi: 'Vùng', en: 'Area' },
            areaNames.map(name => ({ code: slug(name), name: { vi: name, en: name } })));
        return { group, area };
    }

    private async ensureFacet(ctx: RequestContext, code: string, name: Localized, values: Array<{ code: string; name: Localized }>) {
        let facet = await this.connection.getRepository(ctx, Facet).findOne({ where: { code }, relations: ['values'] });
        if (!facet) {
            facet = await this.facetService.create(ctx, { code, isPrivate: false, translations: translations(name) });
            facet.values = [];
        }
        const byCode = new Map<string, FacetValue>(facet.values.map(v => [v.code, v]));
        for (const value of values) {
            if (!byCode.has(value.code)) {
                byCode.set(value.code, await this.facetValueService.create(ctx, facet, { code: value.code, translations: translations(value.name) }));
            }
        }
        return byCode;
    }

    private async ensureProducer(ctx: RequestContext, producer: DemoProducer, marketplace: Channel) {
        const code = producerChannelCode(producer);
        let channel = await this.connection.getRepository(ctx, Channel).findOne({ where: { code } });
        if (!channel) {
            const seller = (await this.connection.getRepository(ctx, Seller).findOne({ where: { name: producer.name } }))
                ?? (await this.sellerService.create(ctx, { name: producer.name }));
            const result = await this.channelService.create(ctx, {
                code,
                token: code,
                sellerId: seller.id,
                defaultCurrencyCode: CurrencyCode.VND,
                availableCurrencyCodes: [CurrencyCode.VND],
                defaultLanguageCode: LanguageCode.vi,
                availableLanguageCodes: [LanguageCode.vi, LanguageCode.en],
                pricesIncludeTax: true,
                defaultTaxZoneId: marketplace.defaultTaxZone.id,
                defaultShippingZoneId: marketplace.defaultShippingZone.id,
            });
            if (isGraphQlErrorResult(result)) throw new Error(`Channel for ${producer.name}: ${result.message}`);
            channel = result;
        }
        const locationName = `Kho ${producer.name}`;
        let location = await this.connection.getRepository(ctx, StockLocation).findOne({ where: { name: locationName } });
        if (!location) {
            location = await this.stockLocationService.create(ctx, { name: locationName, description: producer.address });
            // Stock is read through the selling channel: the warehouse must be visible there too.
            await this.channelService.assignToChannels(ctx, StockLocation, location.id, [channel.id, marketplace.id]);
        }
        return { channel, location };
    }

    private async ensureProduct(
        ctx: RequestContext,
        product: DemoProduct,
        location: StockLocation,
        marketplace: Channel,
        facets: { group: Map<string, FacetValue>; area: Map<string, FacetValue> },
        taxCategoryId: (code: string) => string | number,
        tmpDir: string,
    ): Promise<boolean> {
        const existing = await this.connection
            .getRepository(ctx, Product)
            .createQueryBuilder('product')
            .innerJoin('product.translations', 'translation')
            .where('translation.slug = :slug', { slug: product.slug })
            .getOne();
        if (existing) return false;

        const producer = demoProducers.find(p => p.code === product.producerCode)!;
        const imagePath = path.join(tmpDir, `${product.slug}.jpg`);
        // Loaded here: only seeding draws images.
        const { renderProductImage } = await import('../catalog/images');
        fs.writeFileSync(imagePath, await renderProductImage(product));
        const asset = await this.assetService.createFromFileStream(fs.createReadStream(imagePath), ctx);
        if (!(asset instanceof Asset)) throw new Error(`Image for ${product.slug}: ${(asset as any).message}`);

        const facetValueIds = [facets.group.get(product.group.toLowerCase())!.id, facets.area.get(slug(producer.area))!.id];
        const created = await this.productService.create(ctx, {
            enabled: true,
            featuredAssetId: asset.id,
            assetIds: [asset.id],
            facetValueIds,
            translations: [
                { languageCode: LanguageCode.vi, name: product.name.vi, slug: product.slug, description: product.description.vi },
                { languageCode: LanguageCode.en, name: product.name.en, slug: product.slug, description: product.description.en },
            ],
        });
        const optionIds = await this.sizeOptions(ctx, created.id, product);
        await this.productVariantService.create(
            ctx,
            product.variants.map((variant, i) => ({
                productId: created.id,
                optionIds: optionIds[i] ? [optionIds[i]] : [],
                sku: variant.sku,
                price: variant.priceDong * 100,
                taxCategoryId: taxCategoryId(variant.vat),
                stockLevels: [{ stockLocationId: location.id, stockOnHand: variant.stock }],
                translations: translations(variant.name).map(t => ({ languageCode: t.languageCode, name: t.name })),
            })),
        );
        if (!product.unsellableReason) {
            await this.productService.assignProductsToChannel(ctx, { productIds: [created.id], channelId: marketplace.id, priceFactor: 1 });
        }
        return true;
    }

    /** Variants of one product differ by pack size: Vendure needs an option per variant to tell them apart. */
    private async sizeOptions(ctx: RequestContext, productId: ID, product: DemoProduct): Promise<ID[]> {
        if (product.variants.length < 2) return [];
        const group = await this.productOptionGroupService.create(ctx, {
            code: `${product.slug}-quy-cach`,
            translations: translations({ vi: 'Quy cách', en: 'Pack size' }),
        });
        await this.productService.addOptionGroupToProduct(ctx, productId, group.id);
        const ids: ID[] = [];
        for (const variant of product.variants) {
            const option = await this.productOptionService.create(ctx, group, {
                code: variant.sku.toLowerCase(),
                translations: translations(variant.name),
            });
            ids.push(option.id);
        }
        return ids;
    }

    /** One collection per product group, in the marketplace channel, filled by the group facet. */
    private async ensureCollections(ctx: RequestContext, groups: Map<string, FacetValue>) {
        const existing = await this.collectionService.findAll(ctx, { take: 100 });
        for (const [code, value] of groups) {
            const name = GROUP_NAMES[code.toUpperCase() as DemoProduct['group']];
            const collectionSlug = slug(name.vi);
            if (existing.items.some(c => c.slug === collectionSlug)) continue;
            await this.collectionService.create(ctx, {
                isPrivate: false,
                filters: [{ code: 'facet-value-filter', arguments: [{ name: 'facetValueIds', value: JSON.stringify([String(value.id)]) }, { name: 'containsAny', value: 'false' }] }],
                translations: [
                    { languageCode: LanguageCode.vi, name: name.vi, slug: collectionSlug, description: '' },
                    { languageCode: LanguageCode.en, name: name.en, slug: collectionSlug, description: '' },
                ],
            });
        }
    }
}

function translations(name: Localized) {
    return [
        { languageCode: LanguageCode.vi, name: name.vi },
        { languageCode: LanguageCode.en, name: name.en },
    ];
}
