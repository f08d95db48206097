import {
    ProductChangeProposal,
    ProposedContents,
    ProposedTranslation,
} from './entities/product-change.entity';

/** The fields a certificate covers, as the Admin API's update inputs carry them. */
export interface ContentsInput {
    translations?: Array<{
        languageCode: string;
        name?: string | null;
        slug?: string | null;
        description?: string | null;
    }> | null;
    assetIds?: Array<string | number> | null;
    featuredAssetId?: string | number | null;
    /** A variant's options: what it is (50 g or 100 g) as much as its name says. */
    optionIds?: Array<string | number> | null;
}

/** The approved contents the product or variant has now. */
export interface CurrentContents {
    translations: Array<{ languageCode: string; name: string; slug?: string; description?: string }>;
    assetIds: string[];
    featuredAssetId: string | null;
    /** A variant's options, as sorted ids; undefined for a product. */
    optionIds?: string[];
}

/** Options are a set: their order in an input means nothing. */
export const optionSet = (ids: Array<string | number>) =>
    [...new Set(ids.map(String))].sort((a, b) => Number(a) - Number(b));

const TEXT_FIELDS = ['name', 'slug', 'description'] as const;
const nfc = (value: string) => value.normalize('NFC');

/**
 * The part of an update input that changes what the certificate covers, or undefined
 * when nothing covered changes (the dashboard sends every field on each save: a price
 * change must not become a review).
 */
export function coveredChanges(input: ContentsInput, current: CurrentContents): ProposedContents | undefined {
    const changes: ProposedContents = {};
    const translations: ProposedTranslation[] = [];
    for (const given of input.translations ?? []) {
        const existing = current.translations.find(t => t.languageCode === given.languageCode);
        const proposed: ProposedTranslation = { languageCode: given.languageCode };
        let changed = false;
        for (const field of TEXT_FIELDS) {
            const value = given[field];
            if (value == null) continue;
            if (nfc(value) !== nfc(existing?.[field] ?? '')) {
                proposed[field] = nfc(value);
                changed = true;
            }
        }
        if (changed) translations.push(proposed);
    }
    if (translations.length) changes.translations = translations;
    if (input.assetIds != null) {
        const proposed = input.assetIds.map(String);
        if (proposed.join(',') !== current.assetIds.join(',')) changes.assetIds = proposed;
    }
    if (input.featuredAssetId !== undefined) {
        const proposed = input.featuredAssetId == null ? null : String(input.featuredAssetId);
        if (proposed !== current.featuredAssetId) changes.featuredAssetId = proposed;
    }
    if (input.optionIds != null && current.optionIds) {
        const proposed = optionSet(input.optionIds);
        if (proposed.join(',') !== current.optionIds.join(',')) changes.optionIds = proposed;
    }
    return Object.keys(changes).length ? changes : undefined;
}

/** Takes the covered fields out of an update input: the rest (price, stock, …) applies at once. */
export function withoutCoveredFields<T extends ContentsInput>(input: T): T {
    delete input.translations;
    delete input.assetIds;
    delete input.featuredAssetId;
    delete input.optionIds;
    return input;
}

function mergeContents(earlier: ProposedContents | undefined, later: ProposedContents): ProposedContents {
    const merged: ProposedContents = { ...earlier, ...later };
    if (earlier?.translations || later.translations) {
        const byLanguage = new Map<string, ProposedTranslation>();
        for (const t of [...(earlier?.translations ?? []), ...(later.translations ?? [])]) {
            byLanguage.set(t.languageCode, { ...byLanguage.get(t.languageCode), ...t });
        }
        merged.translations = [...byLanguage.values()];
    }
    return merged;
}

/** A later edit made while a change is pending amends it: the later value of a field wins. */
export function mergeProposals(
    earlier: ProductChangeProposal,
    later: ProductChangeProposal,
): ProductChangeProposal {
    const merged: ProductChangeProposal = { ...earlier };
    if (later.product) merged.product = mergeContents(earlier.product, later.product);
    for (const [variantId, contents] of Object.entries(later.variants ?? {})) {
        merged.variants = {
            ...merged.variants,
            [variantId]: mergeContents(earlier.variants?.[variantId], contents),
        };
    }
    return merged;
}
