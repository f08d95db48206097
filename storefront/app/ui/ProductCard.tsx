import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../i18n/paths';
import { assetSrcSet, assetUrl } from './format';
import { Price } from './Price';
import type { ProductCardData } from './product-card';
import { Stars } from './Stars';

/**
 * A product tile. `eager` for the first tiles of a page, which may be its largest paint;
 * `first` for the very first, fetched before anything else of the page (`fetchpriority`).
 */
export function ProductCard({
    product,
    lang,
    eager,
    first,
}: {
    product: ProductCardData;
    lang: Lang;
    eager?: boolean;
    first?: boolean;
}) {
    const { t } = useTranslation();
    return (
        <article className="card">
            <Link to={pathFor(lang, 'products', product.slug)} className="card-link">
                <div className="card-image">
                    {product.image ? (
                        <img
                            src={assetUrl(product.image, 300)}
                            srcSet={assetSrcSet(product.image, [200, 360, 480])}
                            sizes="(min-width: 1100px) 240px, (min-width: 700px) 30vw, 46vw"
                            width={300}
                            height={300}
                            alt=""
                            loading={eager ? 'eager' : 'lazy'}
                            fetchPriority={first ? 'high' : undefined}
                            decoding="async"
                        />
                    ) : null}
                </div>
                <h3 className="card-title">{product.name}</h3>
            </Link>
            {product.stars ? <Stars count={product.stars} /> : null}
            {product.producerName ? <p className="card-producer">{product.producerName}</p> : null}
            <p className="card-price">
                <Price min={product.priceMin} max={product.priceMax} />
                {!product.inStock ? <span className="stock stock-out">{t('outOfStock')}</span> : null}
            </p>
        </article>
    );
}

export function ProductGrid({
    products,
    lang,
    eagerCount = 0,
}: {
    products: ProductCardData[];
    lang: Lang;
    eagerCount?: number;
}) {
    return (
        <ul className="grid" role="list">
            {products.map((p, i) => (
                <li key={p.productId}>
                    <ProductCard
                        product={p}
                        lang={lang}
                        eager={i < eagerCount}
                        first={i === 0 && eagerCount > 0}
                    />
                </li>
            ))}
        </ul>
    );
}
