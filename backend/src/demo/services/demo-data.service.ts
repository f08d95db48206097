import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ean13CheckDigit, slugifyVietnamese as slug } from '@ocop/shared';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import {
    AdministratorService,
    Asset,
    AssetService,
    Channel,
    CollectionService,
    FacetValue,
    Injector,
    Logger,
    Product,
    ProductOptionGroupService,
    ProductOptionService,
    ProductService,
    ProductVariant,
    ID,
    ProductVariantService,
    RequestContext,
    Role,
    User,
    SearchService,
    StockLocation,
    TaxCategory,
    TransactionalConnection,
} from '@vendure/core';
import { CertificateStatus, IssuingLevel } from '../../plugins/certification/entities/certificate.entity';
import { CertificateService } from '../../plugins/certification/services/certificate.service';
import { MarketplaceListingService } from '../../plugins/listing-gate/services/marketplace-listing.service';
import { Producer, ProducerType } from '../../plugins/producers/entities/producer.entity';
import { ProducerService } from '../../plugins/producers/services/producer.service';
import { StampService } from '../../plugins/stamps/services/stamp.service';
import { MARKETPLACE_CHANNEL_CODE } from '../../plugins/store/constants';
import { OCOP_FACETS } from '../../plugins/catalogue-facets/constants';

export const DEMO_PASSWORD = 'ocop-demo';
const DEMO_PRODUCER_LOGINS = 3;
import { demoProducers, demoProducts } from '../catalog/catalog';
import { DemoProducer, DemoProduct, Localized } from '../catalog/types';
import { systemContext } from '../../system-context';
import { ensureDemoSalesPoints } from '../sales-points';
import { ensureDemoPosStaff } from '../pos-staff';
import { seedBrandsAndDocuments } from './demo-brands-and-documents';

const loggerCtx = 'DemoData';

const GROUP_NAMES: Record<DemoProduct['group'], Localized> = {
    FOOD: { vi: 'Thực phẩm', en: 'Food' },
    DRINK: { vi: 'Đồ uống', en: 'Drinks' },
    HERBAL: { vi: 'Thảo dược', en: 'Herbal products' },
    HANDICRAFT: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' },
    ORNAMENTAL: { vi: 'Sinh vật cảnh', en: 'Ornamental plants' },
    TOURISM: { vi: 'Du lịch cộng đồng', en: 'Community tourism' },
};

/**
 * Loads the demo catalogue through the same services the office and producers
 * use: producers (Seller, Channel, warehouse, role; a demo login for the first three);
 * products in the producer's channel with Vietnamese and English text, an
 * image, VAT category and warehouse stock; certificates as recorded (including
 * expired and revoked ones); one stamp per unit in stock. The listing gate then
 * decides what the marketplace shows, exactly as it would for real data.
 * Every step looks for its result first, so a second run creates nothing.
 */
@Injectable()
export class DemoDataService {
    constructor(
        private connection: TransactionalConnection,
        private moduleRef: ModuleRef,
        private productService: ProductService,
        private productVariantService: ProductVariantService,
        private productOptionGroupService: ProductOptionGroupService,
        private productOptionService: ProductOptionService,
        private assetService: AssetService,
        private collectionService: CollectionService,
        private searchService: SearchService,
    ) {}

    /** Services of other plugins, found across modules the way Vendure's strategies find theirs. */
    private get injector() {
        return new Injector(this.moduleRef);
    }

    async seed(): Promise<{ created: number; skipped: number }> {
        const started = Date.now();
        const injector = this.injector;
        const adminCtx = await systemContext(injector);
        await this.connection.withTransaction(adminCtx, ctx => this.ensureStaffAccounts(ctx));
        // The listing gate refreshes once at the end rather than after each product.
        const result = await this.injector
            .get(MarketplaceListingService)
            .holdWhile(() => this.seedCatalogue(adminCtx, started));
        // After the producers: the marketplace's oldest stock location stays a producer's warehouse.
        await this.connection.withTransaction(adminCtx, ctx => ensureDemoSalesPoints(ctx, injector));
        await this.connection.withTransaction(adminCtx, ctx =>
            ensureDemoPosStaff(ctx, injector, DEMO_PASSWORD),
        );
        return result;
    }

    private async seedCatalogue(
        adminCtx: RequestContext,
        started: number,
    ): Promise<{ created: number; skipped: number }> {
        const injector = this.injector;
        const taxCategories = await this.connection.getRepository(adminCtx, TaxCategory).find();
        const taxCategoryId = (code: string) => {
            const category = taxCategories.find(c => c.customFields?.code === code);
            if (!category) throw new Error(`No tax category with code "${code}"`);
            return category.id;
        };
        let created = 0;
        let skipped = 0;
        const producerChannels = new Map<string, { channel: Channel; location: StockLocation }>();
        for (const [i, producer] of demoProducers.entries()) {
            const withLogin = i < DEMO_PRODUCER_LOGINS;
            producerChannels.set(
                producer.code,
                await this.connection.withTransaction(adminCtx, ctx =>
                    this.ensureProducer(ctx, producer, withLogin),
                ),
            );
        }
        for (const product of demoProducts) {
            const { channel, location } = producerChannels.get(product.producerCode)!;
            // Created in the producer's channel, as the producer would do it.
            const producerCtx = await systemContext(injector, channel);
            const wasCreated = await this.connection.withTransaction(producerCtx, ctx =>
                this.ensureProduct(ctx, product, location, taxCategoryId),
            );
            wasCreated ? created++ : skipped++;
        }
        const extras = await seedBrandsAndDocuments(injector, adminCtx);
        if (created === 0 && extras) await this.injector.get(MarketplaceListingService).refresh('all');
        if (created > 0) {
            await this.injector.get(MarketplaceListingService).refresh('all');
            await this.dropSupersededIndexJobs();
            const marketplace = await this.connection
                .getRepository(adminCtx, Channel)
                .findOneOrFail({ where: { code: MARKETPLACE_CHANNEL_CODE } });
            const marketCtx = await systemContext(injector, marketplace);
            await this.connection.withTransaction(marketCtx, ctx => this.ensureCollections(ctx));
            await this.searchService.reindex(marketCtx);
            Logger.info(
                `Demo data: ${created} products created, ${skipped} already present (${((Date.now() - started) / 1000).toFixed(1)} s)`,
                loggerCtx,
            );
        }
        return { created, skipped };
    }

    /**
     * Every product, variant and channel change above queued its own search-index
     * job (several hundred); the full reindex that follows makes them redundant.
     * Dropping them lets a first start show a complete search in seconds instead of minutes.
     */
    private async dropSupersededIndexJobs() {
        // Only the database job queue keeps jobs in `job_record`; with BullMQ (REDIS_URL) the
        // table does not exist and the few redundant jobs just run.
        const [{ exists }] = await this.connection.rawConnection.query(
            `SELECT to_regclass('job_record') IS NOT NULL AS exists`,
        );
        if (!exists) return;
        await this.connection.rawConnection.query(
            `DELETE FROM job_record WHERE "queueName" = 'update-search-index' AND state = 'PENDING'`,
        );
    }

    /** Demo logins for the provincial roles (password "ocop-demo"). */
    private async ensureStaffAccounts(ctx: RequestContext) {
        const accounts = [
            {
                role: 'ocop-office',
                emailAddress: 'vanphong@ocop.hatinh.vn',
                firstName: 'Hà',
                lastName: 'Trần Thị',
            },
            {
                role: 'industry-trade',
                emailAddress: 'socongthuong@ocop.hatinh.vn',
                firstName: 'Minh',
                lastName: 'Lê Văn',
            },
        ];
        const administrators = this.injector.get(AdministratorService);
        for (const account of accounts) {
            const exists = await this.connection
                .getRepository(ctx, User)
                .findOne({ where: { identifier: account.emailAddress } });
            if (exists) continue;
            const role = await this.connection
                .getRepository(ctx, Role)
                .findOneOrFail({ where: { code: account.role } });
            await administrators.create(ctx, {
                emailAddress: account.emailAddress,
                firstName: account.firstName,
                lastName: account.lastName,
                password: DEMO_PASSWORD,
                roleIds: [role.id],
            });
        }
    }

    private async ensureProducer(ctx: RequestContext, producer: DemoProducer, withLogin: boolean) {
        const producers = this.injector.get(ProducerService);
        let existing = await this.connection
            .getRepository(ctx, Producer)
            .findOne({ where: { code: producer.code } });
        if (!existing) {
            const banner = await this.saveAsset(
                ctx,
                `${producer.code}.jpg`,
                await (await import('../catalog/images')).renderProducerImage(producer),
            );
            const [lastName, ...given] = producer.representative.split(' ');
            existing = await producers.create(ctx, {
                code: producer.code,
                legalName: producer.name,
                type: producer.type as ProducerType,
                taxCode: producer.taxCode,
                commune: producer.commune,
                area: producer.area,
                address: producer.address,
                phone: producer.phone,
                email: producer.email,
                storyVi: producer.story.vi,
                storyEn: producer.story.en,
                photoIds: [banner.id],
                active: producer.active,
                // Demo logins for the first producers: their e-mail, password "ocop-demo"
                // (each login costs a deliberately slow password hash at seeding).
                administrator: withLogin
                    ? {
                          emailAddress: producer.email,
                          firstName: given.join(' ') || lastName,
                          lastName,
                          password: DEMO_PASSWORD,
                      }
                    : undefined,
            });
        }
        const channel = await this.connection
            .getRepository(ctx, Channel)
            .findOneOrFail({ where: { id: existing.channelId } });
        const location = await this.connection
            .getRepository(ctx, StockLocation)
            .findOneOrFail({ where: { name: `Kho ${existing.legalName}` } });
        return { channel, location };
    }

    private async ensureProduct(
        ctx: RequestContext,
        product: DemoProduct,
        location: StockLocation,
        taxCategoryId: (code: string) => string | number,
    ): Promise<boolean> {
        const existing = await this.connection
            .getRepository(ctx, Product)
            .createQueryBuilder('product')
            .innerJoin('product.translations', 'translation')
            .where('translation.slug = :slug', { slug: product.slug })
            .getOne();
        if (existing) return false;

        // Loaded here: only seeding draws images.
        const { renderProductImage } = await import('../catalog/images');
        const asset = await this.saveAsset(ctx, `${product.slug}.jpg`, await renderProductImage(product));

        const created = await this.productService.create(ctx, {
            enabled: true,
            featuredAssetId: asset.id,
            assetIds: [asset.id],
            translations: [
                {
                    languageCode: LanguageCode.vi,
                    name: product.name.vi,
                    slug: product.slug,
                    description: product.description.vi,
                },
                {
                    languageCode: LanguageCode.en,
                    name: product.name.en,
                    slug: product.slug,
                    description: product.description.en,
                },
            ],
        });
        const optionIds = await this.sizeOptions(ctx, created.id, product);
        await this.productVariantService.create(
            ctx,
            product.variants.map((variant, i) => ({
                productId: created.id,
                optionIds: optionIds[i] ? [optionIds[i]] : [],
                sku: variant.sku,
                // Stamped demo products carry a barcode, so the POS's EAN flow can be tried.
                customFields: variant.stamped ? { ean: demoEan(variant.sku) } : {},
                price: variant.priceDong * 100,
                taxCategoryId: taxCategoryId(variant.vat),
                stockLevels: [{ stockLocationId: location.id, stockOnHand: variant.stock }],
                translations: translations(variant.name).map(t => ({
                    languageCode: t.languageCode,
                    name: t.name,
                })),
            })),
        );
        if (product.certificate) {
            const c = product.certificate;
            await this.injector.get(CertificateService).import(ctx, {
                productId: created.id,
                certificateNumber: c.number,
                decisionNumber: c.decisionNumber,
                decisionDate: c.decisionDate,
                criteriaVersion: c.criteriaVersion,
                score: c.score,
                stars: c.stars,
                issuingLevel: c.issuingLevel as IssuingLevel,
                issuedAt: c.issuedAt,
                validUntil: c.validUntil,
                productGroup: product.group,
                status: c.status as CertificateStatus,
                revokedReason: c.revokedReason ?? null,
                revokedAt: c.revokedAt ? new Date(c.revokedAt) : null,
            });
        }
        // The office issued one stamp per unit in stock, lot by lot.
        const variants = await this.connection
            .getRepository(ctx, ProductVariant)
            .find({ where: { productId: created.id } });
        for (const demo of product.variants.filter(v => v.stamped)) {
            const variant = variants.find(v => v.sku === demo.sku)!;
            await this.injector.get(StampService).issueBatch(ctx, {
                productVariantId: variant.id,
                quantity: demo.stock,
                lotCode: `${demo.sku}-L2611`,
                productionDate: '2026-11-02',
                expiryDate: demo.vat === 'zero' ? '2027-02-02' : '2027-11-02',
            });
        }
        return true;
    }

    private async saveAsset(ctx: RequestContext, fileName: string, image: Buffer): Promise<Asset> {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-demo-'));
        try {
            const file = path.join(dir, fileName);
            fs.writeFileSync(file, image);
            const asset = await this.assetService.createFromFileStream(fs.createReadStream(file), ctx);
            if (!(asset instanceof Asset)) throw new Error(`Image ${fileName}: ${(asset as any).message}`);
            return asset;
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
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

    /**
     * One collection per product group, in the marketplace channel, filled by the `ocop-group`
     * facet that the listing refresh assigns from each product's certificate (ADR 0010): a
     * collection follows certifications and revocations like the storefront's facets do.
     */
    private async ensureCollections(ctx: RequestContext) {
        const existing = await this.collectionService.findAll(ctx, { take: 100 });
        const groupValues = await this.connection
            .getRepository(ctx, FacetValue)
            .find({ where: { facet: { code: OCOP_FACETS.group } } });
        for (const value of groupValues) {
            const name = GROUP_NAMES[value.code as DemoProduct['group']];
            if (!name) continue;
            const collectionSlug = slug(name.vi);
            if (existing.items.some(c => c.slug === collectionSlug)) continue;
            await this.collectionService.create(ctx, {
                isPrivate: false,
                filters: [
                    {
                        code: 'facet-value-filter',
                        arguments: [
                            { name: 'facetValueIds', value: JSON.stringify([String(value.id)]) },
                            { name: 'containsAny', value: 'false' },
                        ],
                    },
                ],
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

/** A stable made-up EAN-13 under GS1 Viet Nam's prefix 893, from the SKU. */
export function demoEan(sku: string): string {
    let h = 0;
    for (const ch of sku) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000_000;
    const first12 = `893${String(h).padStart(9, '0')}`;
    return first12 + ean13CheckDigit(first12);
}
