import { pendingOperation } from '../../api/pending';
import { cached, optionalQuery, type ShopContext } from '../../api/shop.server';

/** Shop API contract (ProducersPlugin): a producer as consumers see it. */
export interface Producer {
    code: string;
    name: string;
    /** HOUSEHOLD, COOPERATIVE, COMPANY… */
    type: string;
    commune: string;
    area: string;
    story?: string | null;
    productCount: number;
}

const producersQuery = pendingOperation<{ producers: Producer[] | { items: Producer[] } }>(`
    query Producers {
        producers {
            code
            name
            type
            commune
            area
            productCount
        }
    }
`);

const producerQuery = pendingOperation<{ producer: Producer | null }, { code: string }>(`
    query Producer($code: String!) {
        producer(code: $code) {
            code
            name
            type
            commune
            area
            story
            productCount
        }
    }
`);

/**
 * Producers with products on sale; undefined while the Shop API lacks `producers`.
 * The answer is a list, or a paginated list `{ items }` — both are accepted.
 */
export function listProducers(ctx: ShopContext): Promise<Producer[] | undefined> {
    return cached(`producers:${ctx.lang}`, 60_000, async () => {
        const res = await optionalQuery({ lang: ctx.lang }, producersQuery);
        if (!res) return undefined;
        const list = res.producers;
        return Array.isArray(list) ? list : list.items;
    });
}

/** One producer; null when unknown, undefined while the Shop API lacks `producer`. */
export async function getProducer(ctx: ShopContext, code: string): Promise<Producer | null | undefined> {
    const res = await optionalQuery(ctx, producerQuery, { code });
    if (!res) return undefined;
    return res.producer ?? null;
}
