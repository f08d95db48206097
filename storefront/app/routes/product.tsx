import {
    data,
    redirect,
    useActionData,
    useLoaderData,
    type ActionFunctionArgs,
    type LoaderFunctionArgs,
    type MetaFunction,
} from 'react-router';
import { config } from '../api/config.server';
import { sessionHeaders, shopContext, withSession } from '../api/shop.server';
import { addToCart, localMessage } from '../features/cart/cart.server';
import { catalogueOverview, featuredOf } from '../features/home/home.server';
import type { NotFoundData } from '../features/layout/NotFound';
import {
    getProduct,
    getQualityDocuments,
    producerOf,
    productJsonLd,
    relatedProducts,
} from '../features/product/product.server';
import { ProductPage, type AddToCartOutcome } from '../features/product/ProductPage';
import { seoMeta, summary } from '../features/seo/seo';
import { pageSeo } from '../features/seo/seo.server';
import { tFor } from '../i18n/i18n';
import type { Lang } from '../i18n/paths';
import { sharedAssetUrl } from '../ui/format';

export async function loader({ request, params }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const product = await getProduct(ctx, params.slug ?? '');
    if (!product) {
        // Unknown or not sellable (the Shop API hides those): a real 404 with a way on.
        const featured = featuredOf(await catalogueOverview(ctx).catch(() => []), 4);
        throw data<NotFoundData>({ featured }, { status: 404 });
    }
    const [producer, documents, related] = await Promise.all([
        producerOf(ctx, product),
        getQualityDocuments(ctx, product.slug),
        relatedProducts(ctx, product).catch(() => []),
    ]);
    const other: Lang = ctx.lang === 'vi' ? 'en' : 'vi';
    const otherSlug = product.translations.find(tr => tr.languageCode === other)?.slug;
    const altSlugs = otherSlug && otherSlug !== product.slug ? { [product.slug]: otherSlug } : undefined;
    const image = product.images[0] ? sharedAssetUrl(product.images[0].preview, 1200, 630) : undefined;
    const t = tFor(ctx.lang);
    const seo = pageSeo(request, ctx.lang, {
        title: product.ocop
            ? t('product:titleSuffix', { name: product.name, stars: product.ocop.stars })
            : `${product.name} | ${t('siteName')}`,
        description: summary(product.description),
        image,
        type: 'product',
        altSlugs,
    });
    seo.jsonLd = productJsonLd(
        product,
        seo.canonical,
        product.images[0] ? sharedAssetUrl(product.images[0].preview, 800) : undefined,
        ctx.lang,
    );
    const search = new URL(request.url).searchParams;
    const variant = search.get('variant') ?? search.get('added') ?? undefined;
    return {
        lang: ctx.lang,
        product,
        producer,
        documents,
        related,
        publicApiUrl: config.publicApiUrl,
        selectedVariantId: product.variants.some(v => v.id === variant) ? variant : undefined,
        /** Back from a successful add to cart (POST, then redirect here: a reload adds nothing). */
        added: search.has('added'),
        altSlugs,
        seo,
    };
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const form = await request.formData();
    const variantId = String(form.get('variantId') ?? '');
    const quantity = Math.max(1, Math.min(99, Math.floor(Number(form.get('quantity') ?? 1)) || 1));
    const t = tFor(ctx.lang);
    if (form.get('intent') !== 'add' || !variantId) {
        return data<AddToCartOutcome>(
            { ok: false, message: t('cart:errors.UNKNOWN', { message: '—' }), variantId },
            { status: 400 },
        );
    }
    const result = await addToCart(ctx, variantId, quantity);
    if (result.ok) {
        // Post/redirect/get: the page (and the header's cart count) is then loaded with the session cookie.
        const url = new URL(request.url);
        return redirect(`${url.pathname}?added=${encodeURIComponent(variantId)}`, {
            headers: sessionHeaders(ctx),
        });
    }
    const known = `cart:errors.${result.errorCode}` as const;
    const message =
        localMessage(result.message, ctx.lang) ??
        (result.errorCode === 'INSUFFICIENT_STOCK_ERROR'
            ? t('cart:errors.INSUFFICIENT_STOCK_ERROR', { available: result.quantityAvailable ?? 0 })
            : t(known as 'cart:errors.UNKNOWN', {
                  defaultValue: t('cart:errors.UNKNOWN', { message: result.message }),
                  message: result.message,
              }));
    return withSession<AddToCartOutcome>(ctx, { ok: false, message, variantId }, { status: 422 });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function Product() {
    const loaderData = useLoaderData<typeof loader>();
    const outcome = useActionData<typeof action>();
    return <ProductPage data={loaderData} outcome={outcome} />;
}
