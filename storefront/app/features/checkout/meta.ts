import type { MetaDescriptor } from 'react-router';

/** Cart, checkout, orders and account pages: a title, and kept out of search engines. */
export function privateMeta(title: string | undefined): MetaDescriptor[] {
    return [{ title: title ?? '' }, { name: 'robots', content: 'noindex, nofollow' }];
}
