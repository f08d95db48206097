import { foldVietnamese } from '@ocop/shared';
import { RequestContext } from '@vendure/core';
import { PostgresSearchStrategy } from '@vendure/core/dist/plugin/default-search-plugin/search-strategy/postgres-search-strategy';
import { SearchInput } from '@vendure/core/dist/plugin/default-search-plugin/types';
import { Brackets, SelectQueryBuilder } from 'typeorm';

// Precomposed (NFC) Vietnamese letters and their bare Latin letters, for SQL translate().
const ACCENTED = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
const PLAIN = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

type ApplyTermAndFilters = (
    ctx: RequestContext,
    qb: SelectQueryBuilder<any>,
    input: SearchInput,
    forceGroup?: boolean,
) => SelectQueryBuilder<any>;

/**
 * Vendure's PostgreSQL search with Vietnamese term matching: shoppers type
 * without diacritics ("nuoc mam") or with either tone-mark style, and still
 * find "Nước mắm". The search text is folded in SQL (lower + translate of the
 * precomposed letters) and the query with the same rules as `foldVietnamese`
 * in shared/; every word must appear in the name, variant name, description or
 * SKU. Filters, grouping and paging are Vendure's own.
 */
export class VietnameseSearchStrategy extends PostgresSearchStrategy {}

const vendureApply = (
    PostgresSearchStrategy.prototype as unknown as { applyTermAndFilters: ApplyTermAndFilters }
).applyTermAndFilters;

(
    VietnameseSearchStrategy.prototype as unknown as { applyTermAndFilters: ApplyTermAndFilters }
).applyTermAndFilters = function (this: { minTermLength: number }, ctx, qb, input, forceGroup = false) {
    vendureApply.call(this, ctx, qb, { ...input, term: undefined }, forceGroup);
    const words = foldVietnamese(input.term ?? '')
        .split(' ')
        .filter(Boolean);
    if (!input.term || input.term.length <= this.minTermLength || words.length === 0) return qb;

    const grouped = !!input.groupByProduct || forceGroup;
    const col = (name: string) => (grouped ? `MIN(${name})` : name);
    const fold = (expr: string) => `translate(lower(${expr}), :vnAccented, :vnPlain)`;
    const like = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;
    qb.setParameters({ vnAccented: ACCENTED, vnPlain: PLAIN, vnPhrase: like(words.join(' ')) });
    // Whole phrase in the name first, then in the variant name, then anywhere.
    qb.addSelect(
        `(CASE WHEN ${fold(col('si.productName'))} LIKE :vnPhrase THEN 4 ELSE 0 END
          + CASE WHEN ${fold(col('si.productVariantName'))} LIKE :vnPhrase THEN 2 ELSE 0 END
          + CASE WHEN lower(${col('si.sku')}) LIKE :vnPhrase THEN 8 ELSE 0 END + 1)`,
        'score',
    );
    words.forEach((word, i) => {
        const param = `vnWord${i}`;
        qb.andWhere(
            new Brackets(w => {
                w.where(`${fold('si.productName')} LIKE :${param}`)
                    .orWhere(`${fold('si.productVariantName')} LIKE :${param}`)
                    .orWhere(`${fold('si.description')} LIKE :${param}`)
                    .orWhere(`lower(si.sku) LIKE :${param}`);
            }),
            { [param]: like(word) },
        );
    });
    return qb;
};
