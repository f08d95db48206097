import { Injectable } from '@nestjs/common';
import { OrderType, StockMovementType } from '@vendure/common/lib/generated-types';
import {
    Channel,
    ChannelService,
    ConfigService,
    CurrencyCode,
    EventBus,
    ID,
    Logger,
    Order,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';

import {
    QUANTITY_REASONS,
    refusalMessage,
    governingCertificateSql,
    governingProducerSql,
} from '../../listing-gate/selling-rule';
import { ListingGateService } from '../../listing-gate/services/listing-gate.service';
import { SalesPoint } from '../../sales-points/entities/sales-point.entity';
import { PosOrderChangedEvent } from '../events';
import { StampsChangedEvent } from '../../stamps/events';
import { StampAlert, StampAlertKind } from '../../stamps/entities/stamp-alert.entity';
import { SaleChannelKind, StampStatus } from '../../stamps/entities/stamp.entity';
import { stampCodeFromScan } from '@ocop/shared';
import { MARKETPLACE_CHANNEL_CODE } from '../../store/constants';
import {
    DEFAULT_DISCOUNT_APPROVAL_PERCENT,
    loggerCtx,
    MAX_CLOCK_AHEAD_MS,
    MAX_LINE_QUANTITY,
    MAX_SALE_LINES,
    POS_SALE_LOCK_SPACE,
    POS_TENDERS,
    posPaymentCode,
    PosTender,
} from '../constants';
import { posRefusal, wrongSalesPoint } from '../errors';
import { PosConflict, PosConflictCode } from '../entities/pos-conflict.entity';
import { PosSale } from '../entities/pos-sale.entity';
import { PosStaff, PosStaffRole } from '../entities/pos-staff.entity';
import {
    PosReceipt,
    PosReceiptLine,
    PosReceiptPayment,
    PosSaleResult,
    RecordPosSaleInput,
    TabletIdentity,
} from '../types';
import { PosStaffService } from './pos-staff.service';
import { discountAmount, prorate, vatSummary } from './sale-math';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAX_CODE = /^\d{10}(-\d{3})?$/;

interface VariantFacts {
    id: number;
    sku: string;
    name: string;
    taxCategoryId: number;
    featuredAssetId: number | null;
    price: number | null;
    taxRate: number;
    sellerChannelId: number | null;
    producerName: string | null;
    productGroup: string | null;
}

interface PlannedLine {
    variant: VariantFacts;
    quantity: number;
    stampCodes: string[];
    unitPriceWithTax: number;
    lineDiscount: number;
    cartShare: number;
    gross: number;
}

type ConflictDraft = {
    code: PosConflictCode;
    message: string;
    stampCode?: string | null;
    productVariantId?: number | null;
};

/**
 * Records a tablet's sale as one idempotent command (ADR 0016): the marketplace
 * order split per producer like an online order, its payments, the stock leaving
 * the sales point's location and the scanned stamps SOLD, in one transaction.
 * What the tablet could not know offline becomes a recorded conflict, never a
 * dropped or altered sale.
 */
@Injectable()
export class PosSaleService {
    private marketplace?: Channel;

    constructor(
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private configService: ConfigService,
        private listingGate: ListingGateService,
        private staffService: PosStaffService,
        private eventBus: EventBus,
    ) {}

    discountApprovalPercent(): number {
        const fromEnv = Number(process.env.POS_DISCOUNT_APPROVAL_PERCENT);
        return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_DISCOUNT_APPROVAL_PERCENT;
    }

    async marketplaceChannel(ctx: RequestContext): Promise<Channel> {
        if (!this.marketplace) {
            this.marketplace = await this.connection.getRepository(ctx, Channel).findOneOrFail({
                where: { code: MARKETPLACE_CHANNEL_CODE },
                relations: { defaultTaxZone: true },
            });
        }
        return this.marketplace;
    }

    async findByClientSaleId(ctx: RequestContext, tablet: TabletIdentity, clientSaleId: string) {
        const sale = await this.connection.getRepository(ctx, PosSale).findOne({ where: { clientSaleId } });
        if (!sale) return undefined;
        if (sale.salesPointId !== tablet.salesPointId) throw wrongSalesPoint();
        return this.resultOf(ctx, sale, true);
    }

    async record(
        ctx: RequestContext,
        tablet: TabletIdentity,
        input: RecordPosSaleInput,
    ): Promise<PosSaleResult> {
        const clientSaleId = String(input.clientSaleId ?? '')
            .trim()
            .toLowerCase();
        if (!UUID.test(clientSaleId)) {
            throw posRefusal(
                'OCOP_POS_SALE_INVALID',
                'Mã giao dịch phải là UUID',
                'clientSaleId must be a UUID',
            );
        }
        // Whatever the client sends, a tablet sells for its own sales point only.
        if (String(input.salesPointId) !== String(tablet.salesPointId)) throw wrongSalesPoint();
        const replay = await this.findByClientSaleId(ctx, tablet, clientSaleId);
        if (replay) return replay;

        const soldAt = new Date(input.soldAt as string);
        if (Number.isNaN(soldAt.getTime()) || soldAt.getTime() > Date.now() + MAX_CLOCK_AHEAD_MS) {
            throw posRefusal(
                'OCOP_POS_SALE_INVALID',
                'Thời điểm bán không hợp lệ',
                'soldAt is not a valid past time',
            );
        }
        const lines = this.validLines(input);
        const staff = await this.staffService.staffAt(ctx, tablet, input.staffId);
        const buyerTaxCode = (input.buyerTaxCode ?? '').trim() || null;
        if (buyerTaxCode && !TAX_CODE.test(buyerTaxCode)) {
            throw posRefusal(
                'OCOP_POS_SALE_INVALID',
                'Mã số thuế người mua gồm 10 số hoặc 10-3 số',
                'buyer tax code is 10 digits or 10-3 digits',
            );
        }

        const outcome = await this.connection.withTransaction(ctx, async tx => {
            const db = this.connection.getRepository(tx, PosSale).manager;
            await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
                POS_SALE_LOCK_SPACE,
                clientSaleId,
            ]);
            // A separate statement: its snapshot is taken after the lock, so it sees a replay that just committed.
            const again = await this.connection
                .getRepository(tx, PosSale)
                .findOne({ where: { clientSaleId } });
            if (again)
                return { sale: again, replayed: true, variantIds: [] as number[], conflicts: undefined };

            const marketplace = await this.marketplaceChannel(tx);
            const inMarketplace = tx.copy(marketplace);
            const variantIds = [...new Set(lines.map(l => Number(l.productVariantId)))];
            // ADR 0007: selling a variant at the counter is serialised with online placing and voiding.
            await this.listingGate.lockVariants(tx, variantIds);
            const facts = await this.variantFacts(tx, variantIds, marketplace);
            const point = await this.connection
                .getRepository(tx, SalesPoint)
                .findOneOrFail({ where: { id: tablet.salesPointId } });
            const conflicts: ConflictDraft[] = [];

            const refusals = await this.listingGate.refusals(
                inMarketplace,
                lines.map(l => ({ productVariantId: l.productVariantId, quantity: l.quantity })),
            );
            for (const refusal of refusals) {
                const reason = refusal.verdict.reason!;
                conflicts.push({
                    code: QUANTITY_REASONS.has(reason) ? 'UNITS_PROMISED_ONLINE' : 'PRODUCT_NOT_SELLABLE',
                    message: refusalMessage(refusal.verdict, facts.get(refusal.productVariantId)?.name),
                    productVariantId: refusal.productVariantId,
                });
            }
            const planned = await this.plan(tx, tablet, lines, facts, input, conflicts);
            const total = planned.reduce((s, l) => s + l.gross, 0);
            const vat = vatSummary(planned.map(l => ({ gross: l.gross, taxRate: l.variant.taxRate })));
            const totalTax = vat.reduce((s, v) => s + v.tax, 0);
            const payments = this.validPayments(input, total, conflicts);

            const stampRows = await this.lockStamps(tx, planned);
            const code = await this.configService.orderOptions.orderCodeStrategy.generate(tx);
            const { aggregateId, sellerLineIds } = await this.writeOrders(tx, {
                code,
                soldAt,
                planned,
                marketplace,
                point,
                buyer: input,
                total,
                totalTax,
            });
            await db.query(
                `INSERT INTO payment (method, amount, state, "transactionId", metadata, "orderId")
                 SELECT m, a, 'Settled', t, md, $5 FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) AS p(m, a, t, md)`,
                [
                    payments.rows.map(p => posPaymentCode(p.method as PosTender)),
                    payments.rows.map(p => p.amount),
                    payments.rows.map(p => p.reference ?? clientSaleId),
                    payments.rows.map(p =>
                        JSON.stringify({
                            posClientSaleId: clientSaleId,
                            tendered: p.tendered,
                            change: p.change,
                        }),
                    ),
                    aggregateId,
                ],
            );

            const where = `${point.name} (${point.code})`;
            const sold: Array<{ stampId: string; lineId: number }> = [];
            const alerts: Array<{ stampId: string; kind: StampAlertKind; detail: string }> = [];
            planned.forEach((line, i) => {
                for (const stampCode of line.stampCodes) {
                    const row = stampRows.get(stampCode);
                    if (!row) {
                        conflicts.push({
                            code: 'STAMP_UNKNOWN',
                            message: `Tem ${stampCode} không có trong sổ tem: có thể là tem giả (unknown stamp: possibly counterfeit)`,
                            stampCode,
                            productVariantId: line.variant.id,
                        });
                    } else if (row.status !== StampStatus.ISSUED) {
                        conflicts.push({
                            code: row.status === StampStatus.SOLD ? 'STAMP_ALREADY_SOLD' : 'STAMP_VOID',
                            message:
                                row.status === StampStatus.SOLD
                                    ? `Tem ${stampCode} đã bán ${row.soldWhere ? 'tại ' + row.soldWhere : ''} (stamp already sold elsewhere)`
                                    : `Tem ${stampCode} đã bị hủy (stamp is void)`,
                            stampCode,
                            productVariantId: line.variant.id,
                        });
                        alerts.push({
                            stampId: row.id,
                            kind: StampAlertKind.REUSE_ATTEMPT,
                            detail: `Bán tại quầy ${where} với tem ${stampCode} đang ở trạng thái ${row.status}, đơn ${code} (POS sale with a ${row.status} stamp)`,
                        });
                    } else if (Number(row.productVariantId) !== line.variant.id) {
                        conflicts.push({
                            code: 'STAMP_WRONG_PRODUCT',
                            message: `Tem ${stampCode} thuộc sản phẩm khác (stamp of another product)`,
                            stampCode,
                            productVariantId: line.variant.id,
                        });
                    } else {
                        if (
                            row.stockLocationId != null &&
                            Number(row.stockLocationId) !== tablet.stockLocationId
                        ) {
                            conflicts.push({
                                code: 'STAMP_ELSEWHERE',
                                message: `Tem ${stampCode} theo sổ đang ở kho khác, không phải điểm bán này (stamp registered at another location)`,
                                stampCode,
                                productVariantId: line.variant.id,
                            });
                        }
                        sold.push({ stampId: row.id, lineId: sellerLineIds[i] });
                    }
                }
            });
            if (alerts.length) await this.connection.getRepository(tx, StampAlert).insert(alerts);
            if (sold.length) {
                // Every line's stamps in one statement, each pointing at its seller order's line (returns find them there).
                await db.query(
                    `UPDATE stamp s SET status = '${StampStatus.SOLD}', "soldAt" = $3, "soldChannel" = $4, "soldWhere" = $5,
                            "orderLineId" = u.line, "orderCode" = $6, "stockLocationId" = $7
                       FROM unnest($1::bigint[], $2::int[]) AS u(id, line)
                      WHERE s.id = u.id AND s.status = '${StampStatus.ISSUED}'`,
                    [
                        sold.map(x => x.stampId),
                        sold.map(x => x.lineId),
                        soldAt,
                        SaleChannelKind.SALES_POINT,
                        point.name.slice(0, 200),
                        code,
                        tablet.stockLocationId,
                    ],
                );
            }
            // Stock leaves the sales point's location: one upsert for all variants (Vendure's own
            // updateStockOnHandForLocation reads then writes each row), answering the new counts.
            const perVariant = new Map<number, number>();
            for (const l of planned)
                perVariant.set(l.variant.id, (perVariant.get(l.variant.id) ?? 0) + l.quantity);
            const levels: Array<{ productVariantId: number; stockOnHand: string }> = await db.query(
                `INSERT INTO stock_level ("productVariantId", "stockLocationId", "stockOnHand", "stockAllocated")
                 SELECT v, $3, -q, 0 FROM unnest($1::int[], $2::int[]) AS t(v, q)
                 ON CONFLICT ("productVariantId", "stockLocationId")
                 DO UPDATE SET "stockOnHand" = stock_level."stockOnHand" + EXCLUDED."stockOnHand", "updatedAt" = now()
                 RETURNING "productVariantId", "stockOnHand"`,
                [[...perVariant.keys()], [...perVariant.values()], tablet.stockLocationId],
            );
            await db.query(
                `INSERT INTO stock_movement (type, quantity, "stockLocationId", discriminator, "productVariantId", "orderLineId")
                 SELECT '${StockMovementType.SALE}', -q, $4, 'Sale', v, l FROM unnest($1::int[], $2::int[], $3::int[]) AS t(v, q, l)`,
                [
                    planned.map(l => l.variant.id),
                    planned.map(l => l.quantity),
                    sellerLineIds,
                    tablet.stockLocationId,
                ],
            );
            for (const level of levels) {
                if (Number(level.stockOnHand) < 0) {
                    conflicts.push({
                        code: 'STOCK_BELOW_ZERO',
                        message: `Tồn kho ${facts.get(Number(level.productVariantId))?.name} tại điểm bán xuống ${level.stockOnHand} sau lần bán này (stock at this sales point went below zero)`,
                        productVariantId: Number(level.productVariantId),
                    });
                }
            }

            const receipt = this.receipt({
                code,
                soldAt,
                point,
                staff,
                input,
                planned,
                payments: payments.rows,
                vat,
                total,
                totalTax,
                buyerTaxCode,
            });
            const sale = await this.connection.getRepository(tx, PosSale).save(
                new PosSale({
                    clientSaleId,
                    salesPointId: tablet.salesPointId,
                    tabletId: tablet.tabletId,
                    staffId: staff.id as number,
                    shiftId: await this.shiftOf(tx, tablet, input.shiftId, conflicts),
                    orderId: aggregateId,
                    orderCode: code,
                    soldAt,
                    total,
                    totalTax,
                    change: payments.change,
                    cashIn: payments.cashIn,
                    refunded: 0,
                    buyerTaxCode,
                    receipt,
                }),
            );
            let saved: PosConflict[] = [];
            if (conflicts.length) {
                saved = await this.connection.getRepository(tx, PosConflict).save(
                    conflicts.map(
                        c =>
                            new PosConflict({
                                salesPointId: tablet.salesPointId,
                                posSaleId: sale.id as number,
                                orderCode: code,
                                code: c.code,
                                message: c.message,
                                stampCode: c.stampCode ?? null,
                                productVariantId: c.productVariantId ?? null,
                                resolved: false,
                                resolution: null,
                            }),
                    ),
                );
                Logger.warn(
                    `POS sale ${code} (${clientSaleId}) recorded with ${conflicts.length} conflict(s)`,
                    loggerCtx,
                );
            }
            return {
                sale,
                replayed: false,
                variantIds: sold.length ? variantIds : [],
                conflicts: saved,
            };
        });
        if (outcome.variantIds.length) {
            await this.eventBus.publish(new StampsChangedEvent(ctx, outcome.variantIds, 'sold'));
        }
        if (!outcome.replayed) {
            await this.eventBus.publish(new PosOrderChangedEvent(ctx, outcome.sale.orderId, 'sold'));
        }
        return this.resultOf(ctx, outcome.sale, outcome.replayed, outcome.conflicts);
    }

    /** `known`: the conflicts just written with the sale, so a new sale is answered without reading them back. */
    async resultOf(
        ctx: RequestContext,
        sale: PosSale,
        replayed: boolean,
        known?: PosConflict[],
    ): Promise<PosSaleResult> {
        const conflicts =
            known ??
            (await this.connection
                .getRepository(ctx, PosConflict)
                .find({ where: { posSaleId: sale.id as number }, order: { id: 'ASC' } }));
        return {
            orderCode: sale.orderCode,
            total: sale.total,
            totalTax: sale.totalTax,
            change: sale.change,
            replayed,
            receipt: sale.receipt,
            conflicts: conflicts.map(c => ({
                id: c.id,
                code: c.code,
                message: c.message,
                stampCode: c.stampCode,
                productVariantId: c.productVariantId,
            })),
        };
    }

    private validLines(input: RecordPosSaleInput) {
        const lines = input.lines ?? [];
        if (lines.length === 0 || lines.length > MAX_SALE_LINES) {
            throw posRefusal('OCOP_POS_SALE_INVALID', 'Đơn bán cần 1–100 dòng', 'a sale has 1–100 lines');
        }
        const seen = new Set<string>();
        return lines.map(line => {
            if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY) {
                throw posRefusal(
                    'OCOP_POS_SALE_INVALID',
                    'Số lượng phải từ 1 đến 500',
                    'quantity must be 1–500',
                );
            }
            if (!/^\d+$/.test(String(line.productVariantId))) {
                throw posRefusal(
                    'OCOP_POS_SALE_INVALID',
                    'Mã sản phẩm không hợp lệ',
                    'invalid productVariantId',
                );
            }
            const stampCodes = (line.stampCodes ?? []).map(c => stampCodeFromScan(c));
            // One stamp per unit (directive D1): the tablet adds a unit by scanning its stamp.
            if (stampCodes.length !== line.quantity) {
                throw posRefusal(
                    'OCOP_POS_SALE_INVALID',
                    `Mỗi sản phẩm cần đúng một tem: ${line.quantity} sản phẩm, ${stampCodes.length} tem`,
                    'one stamp code per unit',
                );
            }
            for (const code of stampCodes) {
                if (seen.has(code)) {
                    throw posRefusal(
                        'OCOP_POS_SALE_INVALID',
                        `Tem ${code} quét hai lần`,
                        'the same stamp twice',
                    );
                }
                seen.add(code);
            }
            return { ...line, stampCodes };
        });
    }

    private async plan(
        ctx: RequestContext,
        tablet: TabletIdentity,
        lines: Array<
            RecordPosSaleInput['lines'][number] & { stampCodes: string[]; unitPriceWithTax?: number | null }
        >,
        facts: Map<number, VariantFacts>,
        input: RecordPosSaleInput,
        conflicts: ConflictDraft[],
    ): Promise<PlannedLine[]> {
        const approval = this.discountApprovalPercent();
        const planned: PlannedLine[] = lines.map(line => {
            const variant = facts.get(Number(line.productVariantId));
            if (!variant) {
                throw posRefusal(
                    'OCOP_POS_SALE_INVALID',
                    `Không có sản phẩm ${line.productVariantId}`,
                    'unknown product variant',
                );
            }
            let unit = variant.price ?? 0;
            // The tablet's price is what the buyer paid; a server price that changed since is a conflict, not a new price.
            if (line.unitPriceWithTax != null) {
                const given = Number(line.unitPriceWithTax);
                if (!Number.isInteger(given) || given < 0 || given % 100 !== 0) {
                    throw posRefusal(
                        'OCOP_POS_SALE_INVALID',
                        'Đơn giá phải là số đồng nguyên',
                        'unit price must be whole đồng',
                    );
                }
                if (given !== unit) {
                    conflicts.push({
                        code: 'PRICE_CHANGED',
                        message: `Giá ${variant.name} trên máy ${given / 100} ₫ khác giá hiện hành ${unit / 100} ₫ (tablet price differs from the current price)`,
                        productVariantId: variant.id,
                    });
                }
                unit = given;
            }
            return {
                variant,
                quantity: line.quantity,
                stampCodes: line.stampCodes,
                unitPriceWithTax: unit,
                lineDiscount: 0,
                cartShare: 0,
                gross: unit * line.quantity,
            };
        });
        const approvers = new Map<string, PosStaff | null>();
        const requireApproval = async (approverId: ID | null | undefined) => {
            const key = String(approverId ?? '');
            if (!approvers.has(key)) {
                approvers.set(
                    key,
                    approverId != null && /^\d+$/.test(key)
                        ? await this.connection
                              .getRepository(ctx, PosStaff)
                              .findOne({ where: { id: Number(key), active: true } })
                        : null,
                );
            }
            const approver = approvers.get(key);
            if (
                !approver ||
                approver.salesPointId !== tablet.salesPointId ||
                approver.role !== PosStaffRole.MANAGER
            ) {
                throw posRefusal(
                    'OCOP_POS_APPROVAL_REQUIRED',
                    `Giảm giá trên ${approval}% cần quản lý điểm bán phê duyệt`,
                    `a discount above ${approval}% needs a manager of this sales point to approve it`,
                );
            }
        };
        const discounts = input.discounts ?? [];
        for (const d of discounts.filter(x => x.productVariantId != null)) {
            const targets = planned.filter(l => String(l.variant.id) === String(d.productVariantId));
            if (!targets.length) {
                throw posRefusal(
                    'OCOP_POS_DISCOUNT_INVALID',
                    'Giảm giá cho sản phẩm không có trong đơn',
                    'discount for a product not in the sale',
                );
            }
            const base = targets.reduce((s, l) => s + l.gross - l.lineDiscount, 0);
            const amount = discountAmount(d, base);
            if (amount * 100 > base * approval) await requireApproval(d.approvedByStaffId);
            const shares = prorate(
                amount,
                targets.map(l => l.gross - l.lineDiscount),
            );
            targets.forEach((l, i) => (l.lineDiscount += shares[i]));
        }
        const cart = discounts.filter(x => x.productVariantId == null);
        if (cart.length > 1) {
            throw posRefusal(
                'OCOP_POS_DISCOUNT_INVALID',
                'Chỉ một giảm giá cho cả đơn',
                'one cart discount at most',
            );
        }
        if (cart.length) {
            const base = planned.reduce((s, l) => s + l.gross - l.lineDiscount, 0);
            const amount = discountAmount(cart[0], base);
            if (amount * 100 > base * approval) await requireApproval(cart[0].approvedByStaffId);
            const shares = prorate(
                amount,
                planned.map(l => l.gross - l.lineDiscount),
            );
            planned.forEach((l, i) => (l.cartShare = shares[i]));
        }
        for (const l of planned) l.gross = l.unitPriceWithTax * l.quantity - l.lineDiscount - l.cartShare;
        return planned;
    }

    private validPayments(input: RecordPosSaleInput, total: number, conflicts: ConflictDraft[]) {
        const rows: PosReceiptPayment[] = [];
        let change = 0;
        let cashIn = 0;
        for (const p of input.payments ?? []) {
            const method = String(p.method ?? '').toLowerCase();
            if (!(POS_TENDERS as readonly string[]).includes(method)) {
                throw posRefusal(
                    'OCOP_POS_PAYMENT_INVALID',
                    `Hình thức thanh toán "${p.method}" không hợp lệ`,
                    'method is cash, card or vietqr',
                );
            }
            const amount = Number(p.amount);
            if (!Number.isInteger(amount) || amount <= 0 || amount % 100 !== 0) {
                throw posRefusal(
                    'OCOP_POS_PAYMENT_INVALID',
                    'Số tiền phải là số đồng nguyên dương',
                    'amount must be a positive whole number of đồng',
                );
            }
            const reference = (p.reference ?? '').trim().slice(0, 100) || null;
            if (method === 'card' && !reference) {
                throw posRefusal(
                    'OCOP_POS_PAYMENT_INVALID',
                    'Thanh toán thẻ cần số tham chiếu của máy POS thẻ',
                    'a card payment needs the terminal reference',
                );
            }
            let tendered: number | null = null;
            let given = 0;
            if (method === 'cash') {
                tendered = p.tendered == null ? amount : Number(p.tendered);
                if (!Number.isInteger(tendered) || tendered < amount || tendered % 100 !== 0) {
                    throw posRefusal(
                        'OCOP_POS_PAYMENT_INVALID',
                        'Tiền khách đưa ít hơn số phải trả',
                        'cash tendered is less than the amount',
                    );
                }
                given = tendered - amount;
                change += given;
                cashIn += amount;
            }
            rows.push({ method, amount, reference, tendered, change: given });
        }
        if (!rows.length) {
            throw posRefusal(
                'OCOP_POS_PAYMENT_INVALID',
                'Cần ít nhất một khoản thanh toán',
                'at least one payment is required',
            );
        }
        const paid = rows.reduce((s, r) => s + r.amount, 0);
        if (paid !== total) {
            conflicts.push({
                code: 'PAYMENT_MISMATCH',
                message: `Đã thu ${paid / 100} ₫, tổng đơn theo máy chủ ${total / 100} ₫ (payments do not add up to the total)`,
            });
        }
        return { rows, change, cashIn };
    }

    private async variantFacts(
        ctx: RequestContext,
        ids: number[],
        marketplace: Channel,
    ): Promise<Map<number, VariantFacts>> {
        const rows = await this.connection.getRepository(ctx, PosSale).manager.query(
            `SELECT v.id, v.sku, v."taxCategoryId", v."featuredAssetId",
                    COALESCE(vt.name, pt.name) AS name,
                    (SELECT pp.price FROM product_variant_price pp
                      WHERE pp."variantId" = v.id AND pp."channelId" = $2 ORDER BY pp.id LIMIT 1) AS price,
                    (SELECT tr.value FROM tax_rate tr
                      WHERE tr."categoryId" = v."taxCategoryId" AND tr."zoneId" = $3 AND tr.enabled ORDER BY tr.id LIMIT 1) AS "taxRate",
                    pr."channelId" AS "sellerChannelId", pr."legalName" AS "producerName", c."productGroup"
               FROM product_variant v
               LEFT JOIN product_variant_translation vt ON vt."baseId" = v.id AND vt."languageCode" = 'vi'
               LEFT JOIN product_translation pt ON pt."baseId" = v."productId" AND pt."languageCode" = 'vi'
               LEFT JOIN LATERAL (${governingProducerSql('v."productId"', 'pr."channelId", pr."legalName"')}) pr ON true
               LEFT JOIN LATERAL (${governingCertificateSql('v."productId"', 'c."productGroup"')}) c ON true
              WHERE v.id = ANY($1) AND v."deletedAt" IS NULL`,
            [ids, marketplace.id, marketplace.defaultTaxZone?.id ?? null],
        );
        return new Map(
            rows.map((r: any) => [
                Number(r.id),
                {
                    id: Number(r.id),
                    sku: r.sku,
                    name: r.name ?? r.sku,
                    taxCategoryId: Number(r.taxCategoryId),
                    featuredAssetId: r.featuredAssetId ?? null,
                    price: r.price == null ? null : Number(r.price),
                    taxRate: r.taxRate == null ? 0 : Number(r.taxRate),
                    sellerChannelId: r.sellerChannelId ?? null,
                    producerName: r.producerName ?? null,
                    productGroup: r.productGroup ?? null,
                },
            ]),
        );
    }

    /** The scanned stamps, locked until the sale commits, with where the register says each one is. */
    private async lockStamps(ctx: RequestContext, planned: PlannedLine[]) {
        const codes = planned.flatMap(l => l.stampCodes);
        const rows: Array<{
            id: string;
            code: string;
            status: StampStatus;
            productVariantId: number;
            stockLocationId: number | null;
            soldWhere: string | null;
        }> = await this.connection.getRepository(ctx, PosSale).manager.query(
            `SELECT id, trim(code) AS code, status, "productVariantId", "stockLocationId", "soldWhere" FROM stamp
              WHERE code = ANY($1::char(17)[]) ORDER BY id FOR UPDATE`,
            [codes.filter(c => c.length === 17)],
        );
        return new Map(rows.map(r => [r.code, { ...r, id: String(r.id) }]));
    }

    /**
     * The aggregate order, one seller order per producer (as the online splitter makes
     * them, ADR 0011) and their lines, written directly in their final state: four
     * statements whatever the number of lines, where saving Vendure entities one by one
     * took two to three round trips per order and line. Returns the aggregate's id and,
     * per planned line, the id of its seller order's line (the one its stamps point at).
     */
    private async writeOrders(
        ctx: RequestContext,
        a: {
            code: string;
            soldAt: Date;
            planned: PlannedLine[];
            marketplace: Channel;
            point: SalesPoint;
            buyer: RecordPosSaleInput;
            total: number;
            totalTax: number;
        },
    ): Promise<{ aggregateId: number; sellerLineIds: number[] }> {
        const db = this.connection.getRepository(ctx, Order).manager;
        const defaultChannelId = Number((await this.channelService.getDefaultChannel(ctx)).id);
        const billing =
            a.buyer.buyerName || a.buyer.buyerTaxCode
                ? {
                      fullName: (a.buyer.buyerName ?? '').trim().slice(0, 200),
                      company: (a.buyer.buyerTaxCode ?? '').trim()
                          ? `MST ${a.buyer.buyerTaxCode!.trim()}`
                          : '',
                      streetLine1: (a.buyer.buyerAddress ?? '').trim().slice(0, 300),
                  }
                : {};
        const groups = new Map<number, number[]>();
        a.planned.forEach((l, i) => {
            const key = l.variant.sellerChannelId ?? defaultChannelId;
            groups.set(key, [...(groups.get(key) ?? []), i]);
        });
        const sellers = [...groups].map(([channelId, indexes], n) => {
            const group = indexes.map(i => a.planned[i]);
            const gross = group.reduce((s, l) => s + l.gross, 0);
            const tax = vatSummary(group.map(l => ({ gross: l.gross, taxRate: l.variant.taxRate }))).reduce(
                (s, v) => s + v.tax,
                0,
            );
            return {
                channelId,
                indexes,
                code: `${a.code}-${n + 1}`,
                subTotal: gross - tax,
                subTotalWithTax: gross,
            };
        });
        // Columns as Vendure's Order entity stores them: simple-array '' for no coupons, simple-json addresses.
        const orders: Array<{ id: number; code: string }> = await db.query(
            `WITH agg AS (
                INSERT INTO "order" (type, code, state, active, "orderPlacedAt", "couponCodes", "shippingAddress", "billingAddress",
                                     "currencyCode", "taxZoneId", "subTotal", "subTotalWithTax", shipping, "shippingWithTax", "customFieldsSalespointid")
                VALUES ('${OrderType.Aggregate}', $1, 'Delivered', false, $2, '', '{}', $3, $4, $5, $6, $7, 0, 0, $8)
                RETURNING id, code),
             sellers AS (
                INSERT INTO "order" (type, code, state, active, "orderPlacedAt", "couponCodes", "shippingAddress", "billingAddress",
                                     "currencyCode", "taxZoneId", "subTotal", "subTotalWithTax", shipping, "shippingWithTax", "customFieldsSalespointid",
                                     "aggregateOrderId")
                SELECT '${OrderType.Seller}', t.code, 'Delivered', false, $2, '', '{}', $3, $4, $5, t.sub, t.gross, 0, 0, $8, agg.id
                  FROM agg, unnest($9::text[], $10::bigint[], $11::bigint[]) AS t(code, sub, gross)
                RETURNING id, code)
             SELECT id, code FROM agg UNION ALL SELECT id, code FROM sellers`,
            [
                a.code,
                a.soldAt,
                JSON.stringify(billing),
                CurrencyCode.VND,
                a.marketplace.defaultTaxZone?.id ?? null,
                a.total - a.totalTax,
                a.total,
                a.point.id,
                sellers.map(s => s.code),
                sellers.map(s => s.subTotal),
                sellers.map(s => s.subTotalWithTax),
            ],
        );
        const idOf = new Map(orders.map(o => [o.code, Number(o.id)]));
        const aggregateId = idOf.get(a.code)!;
        // The aggregate lives in the default and marketplace channels, a seller order in the default and its producer's.
        const channelRows: Array<[number, number]> = [
            [aggregateId, defaultChannelId],
            [aggregateId, Number(a.marketplace.id)],
            ...sellers.flatMap(s => [
                [idOf.get(s.code)!, defaultChannelId] as [number, number],
                ...(s.channelId === defaultChannelId
                    ? []
                    : [[idOf.get(s.code)!, s.channelId] as [number, number]]),
            ]),
        ];
        await db.query(
            `INSERT INTO order_channels_channel ("orderId", "channelId") SELECT * FROM unnest($1::int[], $2::int[])`,
            [channelRows.map(r => r[0]), channelRows.map(r => r[1])],
        );
        const lineOrders = [
            ...a.planned.map(() => aggregateId),
            ...sellers.flatMap(s => s.indexes.map(() => idOf.get(s.code)!)),
        ];
        const linePlans = [...a.planned.map((_, i) => i), ...sellers.flatMap(s => s.indexes)];
        const adjustmentsOf = (l: PlannedLine) => [
            ...(l.lineDiscount
                ? [
                      {
                          adjustmentSource: 'POS_LINE_DISCOUNT',
                          type: 'PROMOTION',
                          description: 'Giảm giá tại quầy',
                          amount: -l.lineDiscount,
                      },
                  ]
                : []),
            ...(l.cartShare
                ? [
                      {
                          adjustmentSource: 'POS_CART_DISCOUNT',
                          type: 'DISTRIBUTED_ORDER_PROMOTION',
                          description: 'Giảm giá đơn tại quầy',
                          amount: -l.cartShare,
                      },
                  ]
                : []),
        ];
        const lineFacts = linePlans.map(i => a.planned[i]);
        // INSERT … SELECT FROM unnest returns its rows in array order.
        const inserted: Array<{ id: number }> = await db.query(
            `INSERT INTO order_line ("orderId", "productVariantId", "taxCategoryId", "featuredAssetId", "sellerChannelId",
                                     quantity, "orderPlacedQuantity", "listPrice", "initialListPrice", "listPriceIncludesTax",
                                     adjustments, "taxLines")
             SELECT o, v, tc, fa, sc, q, q, p, p, true, adj, tl
               FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::bigint[], $8::text[], $9::text[])
                    AS t(o, v, tc, fa, sc, q, p, adj, tl)
             RETURNING id`,
            [
                lineOrders,
                lineFacts.map(l => l.variant.id),
                lineFacts.map(l => l.variant.taxCategoryId),
                lineFacts.map(l => l.variant.featuredAssetId),
                lineFacts.map(l => l.variant.sellerChannelId),
                lineFacts.map(l => l.quantity),
                lineFacts.map(l => l.unitPriceWithTax),
                lineFacts.map(l => JSON.stringify(adjustmentsOf(l))),
                lineFacts.map(l =>
                    JSON.stringify([
                        { description: `VAT ${l.variant.taxRate}%`, taxRate: l.variant.taxRate },
                    ]),
                ),
            ],
        );
        const sellerLineIds: number[] = [];
        linePlans.forEach((planIndex, row) => {
            if (row >= a.planned.length) sellerLineIds[planIndex] = Number(inserted[row].id);
        });
        return { aggregateId, sellerLineIds };
    }

    /**
     * The shift a sale belongs to. Another tablet of the sales point may have closed
     * it while this one was offline: the sale still counts there, flagged for the manager.
     */
    private async shiftOf(
        ctx: RequestContext,
        tablet: TabletIdentity,
        shiftId: ID | null | undefined,
        conflicts: ConflictDraft[],
    ) {
        if (shiftId == null) return null;
        const [shift] = /^\d+$/.test(String(shiftId))
            ? await this.connection
                  .getRepository(ctx, PosSale)
                  .query(`SELECT id, "salesPointId", state FROM pos_shift WHERE id = $1`, [Number(shiftId)])
            : [];
        if (!shift) throw posRefusal('OCOP_POS_SALE_INVALID', 'Không có ca bán này', 'unknown shift');
        if (Number(shift.salesPointId) !== tablet.salesPointId) throw wrongSalesPoint();
        if (shift.state !== 'OPEN') {
            conflicts.push({
                code: 'SHIFT_CLOSED',
                message: `Ca ${shift.id} đã đóng trước khi đơn này được đồng bộ; báo cáo Z của ca đã thay đổi (the shift was closed before this sale synced)`,
            });
        }
        return Number(shift.id);
    }

    private async alert(ctx: RequestContext, stampId: string, kind: StampAlertKind, detail: string) {
        await this.connection.getRepository(ctx, StampAlert).insert({ stampId, kind, detail });
    }

    private receipt(a: {
        code: string;
        soldAt: Date;
        point: SalesPoint;
        staff: PosStaff;
        input: RecordPosSaleInput;
        planned: PlannedLine[];
        payments: PosReceiptPayment[];
        vat: PosReceipt['vat'];
        total: number;
        totalTax: number;
        buyerTaxCode: string | null;
    }): PosReceipt {
        const lines: PosReceiptLine[] = a.planned.map(l => ({
            productVariantId: String(l.variant.id),
            name: l.variant.name,
            sku: l.variant.sku,
            quantity: l.quantity,
            unitPriceWithTax: l.unitPriceWithTax,
            discount: l.lineDiscount,
            lineTotalWithTax: l.gross,
            taxRate: l.variant.taxRate,
            stampCodes: l.stampCodes,
            producerName: l.variant.producerName,
            productGroup: l.variant.productGroup,
        }));
        const text = (s?: string | null, max = 300) =>
            (s ?? '').normalize('NFC').trim().slice(0, max) || null;
        return {
            orderCode: a.code,
            soldAt: a.soldAt.toISOString(),
            salesPointName: a.point.name,
            salesPointCode: a.point.code,
            salesPointAddress: `${a.point.streetLine}, ${a.point.commune}, ${a.point.province}`,
            staffName: a.staff.name,
            buyerTaxCode: a.buyerTaxCode,
            buyerName: text(a.input.buyerName, 200),
            buyerAddress: text(a.input.buyerAddress),
            buyerEmail: text(a.input.buyerEmail, 200),
            lines,
            vat: a.vat,
            payments: a.payments,
            cartDiscount: a.planned.reduce((s, l) => s + l.cartShare, 0),
            total: a.total,
            totalTax: a.totalTax,
        };
    }
}
