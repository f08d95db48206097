import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { formatVnd, isSellingPrice, MINOR_UNITS_PER_DONG } from '@ocop/shared';
import { parseContext, ProductVariantPrice, UserInputError } from '@vendure/core';
import { EntitySubscriberInterface, InsertEvent, UpdateEvent } from 'typeorm';

function describe(amount: unknown): string {
    return typeof amount === 'number' && Number.isFinite(amount)
        ? `${amount} (${formatVnd(Math.trunc(amount))})`
        : String(amount);
}

export function priceRefusal(amount: unknown, what = 'Giá bán (price)'): UserInputError {
    return new UserInputError(
        `OCOP_INVALID_PRICE: ${what} phải là số đồng nguyên lớn hơn 0 ₫, nhận được ${describe(amount)} ` +
            `(a price must be a positive whole number of đồng; amounts are in hundredths: 15000000 = 150.000 ₫)`,
    );
}

/**
 * Every price row Vendure writes — a producer's own price, the marketplace copy,
 * a price made by a channel's price factor — is a whole number of đồng and never
 * negative (ADR 0002). Zero stays possible here only because Vendure stores 0 for
 * a variant created without a price; the selling rule does not sell it
 * (NO_VALID_PRICE) and the API refuses an explicit 0 (see {@link PriceInputGuard}).
 */
export class ProductVariantPriceSubscriber implements EntitySubscriberInterface<ProductVariantPrice> {
    listenTo() {
        return ProductVariantPrice;
    }

    beforeInsert(event: InsertEvent<ProductVariantPrice>) {
        this.check(event.entity?.price);
    }

    beforeUpdate(event: UpdateEvent<ProductVariantPrice>) {
        if (event.entity && 'price' in event.entity) this.check(event.entity.price);
    }

    private check(price: unknown) {
        if (price == null) return;
        const amount = Number(price);
        if (!(amount === 0 || isSellingPrice(amount))) throw priceRefusal(price);
    }
}

/** Admin API mutations that take prices, and where the prices sit in their arguments. */
const PRICE_PATHS: Record<string, (args: any) => unknown[]> = {
    createProductVariants: args => (args.input ?? []).flatMap(variantPrices),
    updateProductVariants: args => (args.input ?? []).flatMap(variantPrices),
};

function variantPrices(input: {
    price?: unknown;
    prices?: Array<{ price?: unknown; delete?: boolean }> | null;
}): unknown[] {
    return [input.price, ...(input.prices ?? []).filter(p => !p.delete).map(p => p.price)].filter(
        p => p !== undefined && p !== null,
    );
}

/**
 * Refuses, at the API edge and before anything is written, a price that is not a
 * positive whole number of đồng — including fractions that VAT back-calculation
 * would otherwise round into a valid-looking net price — and surcharges of an
 * order modification that are zero or fractions of a đồng.
 */
@Injectable()
export class PriceInputGuard implements NestInterceptor {
    intercept(context: ExecutionContext, next: CallHandler) {
        const parsed = parseContext(context);
        if (parsed.isGraphQL && parsed.info?.parentType.name === 'Mutation') {
            const args = GqlExecutionContext.create(context).getArgs();
            const prices = PRICE_PATHS[parsed.info.fieldName]?.(args) ?? [];
            const bad = prices.find(p => typeof p !== 'number' || !isSellingPrice(p));
            if (bad !== undefined) throw priceRefusal(bad);
            if (parsed.info.fieldName === 'modifyOrder') {
                for (const surcharge of args.input?.surcharges ?? []) {
                    const amount = surcharge.price;
                    if (
                        !Number.isSafeInteger(amount) ||
                        amount === 0 ||
                        amount % MINOR_UNITS_PER_DONG !== 0
                    ) {
                        throw priceRefusal(amount, 'Phụ phí (surcharge)');
                    }
                }
            }
        }
        return next.handle();
    }
}
