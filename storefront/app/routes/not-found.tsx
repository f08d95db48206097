import { data, type LoaderFunctionArgs } from 'react-router';
import { shopContext } from '../api/shop.server';
import { catalogueOverview, featuredOf } from '../features/home/home.server';
import type { NotFoundData } from '../features/layout/NotFound';

/** Any other address: 404 with a search box and featured products (root error page). */
export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    const featured = featuredOf(await catalogueOverview(ctx).catch(() => []), 4);
    throw data<NotFoundData>({ featured }, { status: 404 });
}

export default function NotFoundRoute() {
    return null;
}
