import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { shopContext } from '../api/shop.server';
import { logOut } from '../features/account/account.server';
import { pathFor } from '../i18n/paths';

/** Sign-out is a POST (a link could be followed by a prefetcher); GET just goes home. */
export async function loader({ request }: LoaderFunctionArgs) {
    const ctx = await shopContext(request);
    return redirect(pathFor(ctx.lang, 'home'));
}

export async function action({ request }: ActionFunctionArgs) {
    const ctx = await shopContext(request);
    const headers = await logOut(ctx);
    return redirect(pathFor(ctx.lang, 'home'), { headers });
}
