import {
    FulfillmentHandler,
    Injector,
    LanguageCode,
    OrderLine,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';
import { ONLINE_SALE_WHERE } from '../constants';
import { SaleChannelKind, Stamp } from '../entities/stamp.entity';
import { parseStampCodeList, StampRef, StampService } from '../services/stamp.service';
import { SellerOrderService } from '../../seller-orders/services/seller-order.service';
import { lockVariantsForSale } from '../../stock-reservation/variant-lock';

let connection: TransactionalConnection;
let stampService: StampService;
let sellerOrderService: SellerOrderService;

/**
 * Online orders ship one stamp per unit (directive D1): creating a fulfilment
 * sells, in the same transaction, exactly as many stamps of each line's variant
 * as the line ships. The codes scanned at packing (`stampCodes`) are used when
 * given; otherwise the lowest-serial ISSUED stamps are picked. Without enough
 * stamps the fulfilment is refused and nothing is sold.
 */
export const stampedFulfillmentHandler = new FulfillmentHandler({
    code: 'ocop-stamped-fulfillment',
    description: [
        { languageCode: LanguageCode.vi, value: 'Giao hàng kèm tem truy xuất OCOP (mỗi sản phẩm một tem)' },
        { languageCode: LanguageCode.en, value: 'Ship with OCOP traceability stamps (one per unit)' },
    ],
    args: {
        stampCodes: {
            type: 'string',
            required: false,
            ui: { component: 'textarea-form-input' },
            label: [
                {
                    languageCode: LanguageCode.vi,
                    value: 'Mã tem (quét hoặc nhập, cách nhau bởi dấu phẩy hoặc xuống dòng)',
                },
                {
                    languageCode: LanguageCode.en,
                    value: 'Stamp codes (scanned or typed, separated by commas or new lines)',
                },
            ],
            description: [
                {
                    languageCode: LanguageCode.vi,
                    value: 'Để trống để hệ thống tự chọn tem chưa bán có số sê-ri nhỏ nhất',
                },
                {
                    languageCode: LanguageCode.en,
                    value: 'Leave empty to pick the lowest-serial unsold stamps automatically',
                },
            ],
        },
        method: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.vi, value: 'Hình thức / đơn vị vận chuyển' },
                { languageCode: LanguageCode.en, value: 'Method or carrier' },
            ],
        },
        trackingCode: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.vi, value: 'Mã vận đơn' },
                { languageCode: LanguageCode.en, value: 'Tracking code' },
            ],
        },
    },
    init(injector: Injector) {
        connection = injector.get(TransactionalConnection);
        stampService = injector.get(StampService);
        sellerOrderService = injector.get(SellerOrderService);
    },
    async createFulfillment(ctx, orders, lines, args) {
        // Split orders ship through their seller orders, and only once paid (or paid on delivery): ADR 0011.
        const refusal = await sellerOrderService.fulfilmentRefusal(
            ctx,
            orders.map(o => o.id),
        );
        if (refusal) throw new UserInputError(refusal);
        const orderLines = await connection.getRepository(ctx, OrderLine).find({
            where: { id: In(lines.map(l => l.orderLineId)) },
            relations: { order: { aggregateOrder: true } },
        });
        const units = lines
            .filter(l => l.quantity > 0)
            .map(l => {
                const orderLine = orderLines.find(ol => String(ol.id) === String(l.orderLineId));
                if (!orderLine)
                    throw new Error(`Không tìm thấy dòng đơn hàng ${l.orderLineId} (unknown order line)`);
                return { orderLine, quantity: l.quantity };
            });
        const givenCodes = parseStampCodeList(args.stampCodes);

        // A savepoint: when any line fails, the lines already sold are undone too.
        await connection.withTransaction(ctx, async tx => {
            // Selling a stamp locks its variant's tally row (ADR 0027). Two parcels of the same
            // variants, lines in opposite orders, would each hold one tally row and wait for the
            // other's: the variants' sale locks, taken first and in id order, queue them instead.
            await lockVariantsForSale(
                connection.getRepository(tx, OrderLine).manager,
                units.map(u => u.orderLine.productVariantId),
            );
            const assigned = givenCodes.length
                ? await assignGivenCodes(tx, units, givenCodes)
                : await assignPickedStamps(tx, units);
            for (const { orderLine, stamps } of assigned) {
                await stampService.markSold(tx, {
                    codes: stamps.map(s => s.code),
                    productVariantId: orderLine.productVariantId,
                    orderLineId: orderLine.id,
                    // The code the customer knows: the aggregate's, for a seller order.
                    orderCode:
                        orderLine.order?.aggregateOrder?.code ??
                        orderLine.order?.code ??
                        orders[0]?.code ??
                        null,
                    channel: SaleChannelKind.ONLINE,
                    where: ONLINE_SALE_WHERE,
                });
            }
        });
        return {
            method: args.method?.trim() || 'Giao hàng kèm tem OCOP',
            trackingCode: args.trackingCode?.trim() || '',
        };
    },
});

type Unit = { orderLine: OrderLine; quantity: number };

async function assignPickedStamps(ctx: Parameters<StampService['pickIssued']>[0], units: Unit[]) {
    const result: Array<{ orderLine: OrderLine; stamps: StampRef[] }> = [];
    for (const unit of units) {
        const stamps = await stampService.pickIssued(ctx, unit.orderLine.productVariantId, unit.quantity);
        if (stamps.length < unit.quantity) {
            throw new Error(
                `Không đủ tem truy xuất cho dòng đơn ${unit.orderLine.id}: cần ${unit.quantity}, còn ${stamps.length} tem chưa bán ` +
                    `(not enough traceability stamps for order line ${unit.orderLine.id})`,
            );
        }
        result.push({ orderLine: unit.orderLine, stamps });
    }
    return result;
}

/**
 * Scanned codes are matched to lines by variant: each variant needs exactly as
 * many codes as its lines ship. Stamp status is checked again by `markSold`.
 */
async function assignGivenCodes(
    ctx: Parameters<StampService['pickIssued']>[0],
    units: Unit[],
    codes: string[],
) {
    const stamps = await connection.getRepository(ctx, Stamp).find({
        where: { code: In(codes) },
        select: ['id', 'code', 'serial', 'productVariantId', 'status'],
    });
    const unknown = codes.filter(c => !stamps.some(s => s.code === c));
    if (unknown.length) {
        throw new Error(`Mã tem không tồn tại: ${unknown.slice(0, 10).join(', ')} (unknown stamp codes)`);
    }
    const needed = new Map<number, number>();
    for (const unit of units) {
        const id = Number(unit.orderLine.productVariantId);
        needed.set(id, (needed.get(id) ?? 0) + unit.quantity);
    }
    const foreign = stamps.filter(s => !needed.has(Number(s.productVariantId)));
    if (foreign.length) {
        throw new Error(
            `Tem không thuộc sản phẩm trong lần giao này: ${foreign
                .slice(0, 10)
                .map(s => s.code)
                .join(', ')} (stamps of another variant)`,
        );
    }
    // In the order given: the scanning screen lists each line's codes in line order, so each
    // line gets exactly the stamps scanned for it (ADR 0005).
    const byVariant = new Map<number, StampRef[]>();
    for (const code of [...new Set(codes)]) {
        const s = stamps.find(st => st.code === code)!;
        const id = Number(s.productVariantId);
        byVariant.set(id, [...(byVariant.get(id) ?? []), { id: s.id, code: s.code, serial: s.serial }]);
    }
    for (const [variantId, quantity] of needed) {
        const count = byVariant.get(variantId)?.length ?? 0;
        if (count !== quantity) {
            throw new Error(
                count < quantity
                    ? `Không đủ tem truy xuất cho phiên bản ${variantId}: cần ${quantity} mã, đã quét ${count} (not enough stamp codes)`
                    : `Thừa tem cho phiên bản ${variantId}: cần ${quantity} mã, đã quét ${count} (too many stamp codes)`,
            );
        }
    }
    // Status (ISSUED, not SOLD or VOID) is checked by markSold under row locks, which also records reuse alerts.
    return units.map(unit => {
        const pool = byVariant.get(Number(unit.orderLine.productVariantId))!;
        return { orderLine: unit.orderLine, stamps: pool.splice(0, unit.quantity) };
    });
}
