import { graphql } from '../../api/graphql';
import { cached, optionalQuery, type ShopContext } from '../../api/shop.server';

/** Shop API contract (sales points plugin): showrooms and fair booths selling stamped units. */
export interface SalesPoint {
    code: string;
    name: string;
    /** SHOWROOM, FAIR_BOOTH… */
    kind: string;
    fair?: { name: string; venue?: string | null; startsOn: string; endsOn: string } | null;
    streetLine?: string | null;
    commune?: string | null;
    province?: string | null;
    area?: string | null;
    openingHours?: { days: string[] | string; opens: string; closes: string }[] | null;
    openingNote?: string | null;
    phone?: string | null;
    directionsUrl?: string | null;
}

const salesPointsQuery = graphql(`
    query SalesPoints {
        salesPoints {
            code
            name
            kind
            fair {
                name
                venue
                startsOn
                endsOn
            }
            streetLine
            commune
            province
            area
            openingHours {
                days
                opens
                closes
            }
            openingNote
            phone
            directionsUrl
        }
    }
`);

/** Every sales point, or undefined while the Shop API lacks `salesPoints`. */
export function listSalesPoints(ctx: ShopContext): Promise<SalesPoint[] | undefined> {
    return cached(`sales-points:${ctx.lang}`, 60_000, async () => {
        const res = await optionalQuery({ lang: ctx.lang }, salesPointsQuery);
        if (!res) return undefined;
        const list = res.salesPoints as SalesPoint[] | { items: SalesPoint[] };
        return Array.isArray(list) ? list : list.items;
    });
}
