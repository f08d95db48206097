import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import {
    ProductQualityDocumentsResolver,
    QualityDocumentAdminResolver,
} from './api/quality-document.resolver';
import { ProductQualityDocument } from './entities/product-quality-document.entity';
import { QualityDocumentService } from './services/quality-document.service';

/**
 * Products' quality declarations and food-safety certificates (directive D9):
 * kept by the office for any product and by producers for their own, shown to
 * shoppers as `Product.qualityDocuments`.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [ProductQualityDocument],
    providers: [QualityDocumentService],
    exports: [QualityDocumentService],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [ProductQualityDocumentsResolver] },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [QualityDocumentAdminResolver, ProductQualityDocumentsResolver],
    },
    compatibility: '^3.7.0',
})
export class QualityDocumentsPlugin {}
