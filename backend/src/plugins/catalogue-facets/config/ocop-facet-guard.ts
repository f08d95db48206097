import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
    internal_getRequestContext,
    parseContext,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { from, Observable, switchMap } from 'rxjs';
import { OCOP_FACET_CODES } from '../constants';

export const OCOP_FACET_DERIVED_MESSAGE =
    'OCOP_FACET_DERIVED: Các giá trị ocop-* (sao, nhóm, vùng, chủ thể, nhãn hiệu) được gán theo hồ sơ chứng nhận, chủ thể và nhãn hiệu tập thể, không sửa tay được (ocop-* facets follow the certificate, producer and brand records and cannot be set by hand)';

/** Which products or variants a mutation sets facet values of, and to what. */
interface Target {
    table: 'product' | 'product_variant';
    id?: string;
    facetValueIds: string[];
}

const list = (value: unknown): any[] => (Array.isArray(value) ? value : value ? [value] : []);

const TARGETS: Record<string, (args: any) => Target[]> = {
    createProduct: a => [{ table: 'product', facetValueIds: a.input?.facetValueIds }],
    updateProduct: a => [{ table: 'product', id: a.input?.id, facetValueIds: a.input?.facetValueIds }],
    updateProducts: a =>
        list(a.input).map(i => ({ table: 'product', id: i.id, facetValueIds: i.facetValueIds })),
    createProductVariants: a =>
        list(a.input).map(i => ({ table: 'product_variant', facetValueIds: i.facetValueIds })),
    updateProductVariant: a => [
        { table: 'product_variant', id: a.input?.id, facetValueIds: a.input?.facetValueIds },
    ],
    updateProductVariants: a =>
        list(a.input).map(i => ({ table: 'product_variant', id: i.id, facetValueIds: i.facetValueIds })),
};

/** Facet mutations and how to find the facets they touch (by facet id or facet value id). */
const FACET_EDITS: Record<
    string,
    (args: any) => { facetIds?: string[]; valueIds?: string[]; codes?: string[] }
> = {
    createFacet: a => ({ codes: [a.input?.code] }),
    updateFacet: a => ({ facetIds: [a.input?.id], codes: [a.input?.code] }),
    updateFacets: a => ({ facetIds: list(a.input).map(i => i.id), codes: list(a.input).map(i => i.code) }),
    deleteFacet: a => ({ facetIds: [a.id] }),
    deleteFacets: a => ({ facetIds: list(a.ids) }),
    removeFacetsFromChannel: a => ({ facetIds: list(a.input?.facetIds) }),
    createFacetValues: a => ({ facetIds: list(a.input).map(i => i.facetId) }),
    createFacetValue: a => ({ facetIds: [a.input?.facetId] }),
    updateFacetValues: a => ({ valueIds: list(a.input).map(i => i.id) }),
    updateFacetValue: a => ({ valueIds: [a.input?.id] }),
    deleteFacetValues: a => ({ valueIds: list(a.ids) }),
    deleteFacetValue: a => ({ valueIds: [a.id] }),
};

/**
 * The `ocop-*` facets are derived from records (ADR 0010): no Admin API mutation may
 * put their values on a product or variant, take them off, or edit or delete the
 * facets themselves, whoever asks (a producer above all). A product saved with its
 * current ocop-* values unchanged (what an admin UI sends back) passes. What slips
 * past (SQL, another plugin) is undone by the next sync.
 */
@Injectable()
export class OcopFacetGuard implements NestInterceptor {
    constructor(private connection: TransactionalConnection) {}

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        const parsed = parseContext(context);
        if (!parsed.isGraphQL || !parsed.info || parsed.info.parentType.name !== 'Mutation')
            return next.handle();
        const name = parsed.info.fieldName;
        if (!TARGETS[name] && !FACET_EDITS[name]) return next.handle();
        const ctx = internal_getRequestContext(parsed.req, context);
        if (ctx.apiType !== 'admin') return next.handle();
        const args = GqlExecutionContext.create(context).getArgs();
        const check = TARGETS[name]
            ? this.changesOcopValues(ctx, TARGETS[name](args))
            : this.touchesOcopFacets(FACET_EDITS[name](args));
        return from(check).pipe(
            switchMap(refused => {
                if (refused) throw new UserInputError(OCOP_FACET_DERIVED_MESSAGE);
                return next.handle();
            }),
        );
    }

    private query<T>(sql: string, params: unknown[]): Promise<T[]> {
        return this.connection.rawConnection.query(sql, params);
    }

    private async touchesOcopFacets(edit: { facetIds?: string[]; valueIds?: string[]; codes?: string[] }) {
        if ((edit.codes ?? []).some(code => code && OCOP_FACET_CODES.includes(code))) return true;
        const facetIds = numeric(edit.facetIds);
        const valueIds = numeric(edit.valueIds);
        if (!facetIds.length && !valueIds.length) return false;
        const rows = await this.query(
            `SELECT 1 FROM facet f WHERE f.code = ANY($1)
                AND (f.id = ANY($2) OR f.id IN (SELECT "facetId" FROM facet_value WHERE id = ANY($3))) LIMIT 1`,
            [OCOP_FACET_CODES, facetIds, valueIds],
        );
        return rows.length > 0;
    }

    /**
     * Vendure replaces only the values visible in the request's channel and keeps the
     * others, so a change happens when ocop-* values are asked for that the target
     * does not have, or (where they are visible) when some it has are left out.
     */
    private async changesOcopValues(ctx: RequestContext, targets: Target[]): Promise<boolean> {
        targets = targets.filter(t => Array.isArray(t.facetValueIds));
        if (!targets.length) return false;
        const ocopValues = new Set(
            (
                await this.query<{ id: number }>(
                    `SELECT fv.id FROM facet_value fv JOIN facet f ON f.id = fv."facetId" WHERE f.code = ANY($1)`,
                    [OCOP_FACET_CODES],
                )
            ).map(r => String(r.id)),
        );
        const visibleHere =
            (
                await this.query(
                    `SELECT 1 FROM facet_value_channels_channel fvc JOIN facet_value fv ON fv.id = fvc."facetValueId"
                       JOIN facet f ON f.id = fv."facetId" WHERE f.code = ANY($1) AND fvc."channelId" = $2 LIMIT 1`,
                    [OCOP_FACET_CODES, Number(ctx.channelId)],
                )
            ).length > 0;
        for (const target of targets) {
            const asked = new Set(target.facetValueIds.map(String).filter(id => ocopValues.has(id)));
            const has = new Set<string>();
            if (target.id != null && /^\d{1,9}$/.test(String(target.id))) {
                const join =
                    target.table === 'product'
                        ? `product_facet_values_facet_value j WHERE j."productId" = $1`
                        : `product_variant_facet_values_facet_value j WHERE j."productVariantId" = $1`;
                const rows = await this.query<{ id: number }>(`SELECT j."facetValueId" AS id FROM ${join}`, [
                    Number(target.id),
                ]);
                rows.map(r => String(r.id))
                    .filter(id => ocopValues.has(id))
                    .forEach(id => has.add(id));
            }
            const same = asked.size === has.size && [...asked].every(id => has.has(id));
            if (!same && (asked.size > 0 || visibleHere)) return true;
        }
        return false;
    }
}

function numeric(ids: unknown[] | undefined): number[] {
    return (ids ?? [])
        .map(String)
        .filter(id => /^\d{1,9}$/.test(id))
        .map(Number);
}
