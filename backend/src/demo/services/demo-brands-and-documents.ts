import { Injector, Logger, Product, RequestContext, TransactionalConnection } from '@vendure/core';
import { CollectiveBrandKind } from '../../plugins/collective-brands/entities/collective-brand.entity';
import { CollectiveBrandService } from '../../plugins/collective-brands/services/collective-brand.service';
import {
    ProductQualityDocument,
    QualityDocumentKind,
} from '../../plugins/quality-documents/entities/product-quality-document.entity';
import { QualityDocumentService } from '../../plugins/quality-documents/services/quality-document.service';
import { demoBrands, demoQualityDocuments } from '../catalog/brands-and-documents';

/**
 * Loads the demo collective brands and quality documents through their services,
 * in the default channel (which holds every product). A brand that exists, or a
 * product that already has documents, is left as it is. Returns whether anything
 * was created (the caller then refreshes the listing, which brings the brand facets).
 */
export async function seedBrandsAndDocuments(injector: Injector, ctx: RequestContext): Promise<boolean> {
    const connection = injector.get(TransactionalConnection);
    const brands = injector.get(CollectiveBrandService);
    const documents = injector.get(QualityDocumentService);
    const productIdBySlug = async (slug: string) =>
        (
            await connection
                .getRepository(ctx, Product)
                .createQueryBuilder('product')
                .innerJoin('product.translations', 'translation')
                .where('translation.slug = :slug', { slug })
                .getOne()
        )?.id;
    let created = 0;
    await connection.withTransaction(ctx, async tx => {
        for (const brand of demoBrands) {
            if (await brands.findByCode(tx, brand.code)) continue;
            const productIds = [];
            for (const slug of brand.productSlugs) {
                const id = await productIdBySlug(slug);
                if (id) productIds.push(id);
            }
            await brands.create(tx, {
                code: brand.code,
                name: brand.name,
                kind: brand.kind as CollectiveBrandKind,
                holder: brand.holder,
                area: brand.area,
                description: brand.description,
                productIds,
            });
            created++;
        }
        const withDocuments = new Set(
            (await connection.getRepository(tx, ProductQualityDocument).find()).map(d => d.productId),
        );
        for (const document of demoQualityDocuments) {
            const productId = await productIdBySlug(document.productSlug);
            if (!productId || withDocuments.has(Number(productId))) continue;
            await documents.add(tx, {
                productId,
                kind: document.kind as QualityDocumentKind,
                number: document.number,
                issuer: document.issuer,
                issuedOn: document.issuedOn,
                validUntil: document.validUntil ?? null,
            });
            created++;
        }
    });
    if (created) Logger.info(`Demo data: ${created} collective brands and quality documents`, 'DemoData');
    return created > 0;
}
