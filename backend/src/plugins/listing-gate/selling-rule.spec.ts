import {
    certificateReasonOn,
    GATE_MESSAGES,
    GateReason,
    MIN_OCOP_STARS,
    refusalMessage,
    SellingFacts,
    sellableUnits,
    sellingVerdict,
    stampedAvailableStock,
} from './selling-rule';

const TODAY = '2026-12-01';

/** A variant that may be sold: every test below breaks exactly one fact. */
function facts(overrides: Partial<SellingFacts> = {}): SellingFacts {
    return {
        producer: { active: true },
        certificate: { status: 'ACTIVE', stars: 4, issuedAt: '2025-03-01', validUntil: '2028-03-01' },
        price: 25_000_000,
        inventoryTracked: true,
        issuedStamps: 5,
        registeredStamps: 5,
        stock: { onHand: 100, allocated: 0, allocatedEverywhere: 0, threshold: 0 },
        ...overrides,
    };
}

describe('sellingVerdict', () => {
    it('sells a certified, stamped, priced variant of an active producer', () => {
        expect(sellingVerdict(facts(), TODAY, 5)).toEqual({
            sellable: true,
            listable: true,
            units: 5,
            unpromisedStamps: 5,
        });
    });

    const cases: Array<[GateReason, Partial<SellingFacts>]> = [
        ['NO_PRODUCER', { producer: null }],
        ['PRODUCER_INACTIVE', { producer: { active: false } }],
        ['NO_CERTIFICATE', { certificate: null }],
        [
            'CERTIFICATE_REVOKED',
            {
                certificate: {
                    status: 'REVOKED',
                    stars: 5,
                    issuedAt: '2025-03-01',
                    validUntil: '2028-03-01',
                },
            },
        ],
        [
            'CERTIFICATE_EXPIRED',
            {
                certificate: {
                    status: 'EXPIRED',
                    stars: 5,
                    issuedAt: '2022-03-01',
                    validUntil: '2025-03-01',
                },
            },
        ],
        // ACTIVE but past its last day: expired before the nightly task marks it.
        [
            'CERTIFICATE_EXPIRED',
            { certificate: { status: 'ACTIVE', stars: 5, issuedAt: '2023-11-30', validUntil: '2026-11-30' } },
        ],
        [
            'CERTIFICATE_NOT_YET_VALID',
            { certificate: { status: 'ACTIVE', stars: 5, issuedAt: '2026-12-02', validUntil: '2029-12-02' } },
        ],
        [
            'BELOW_THREE_STARS',
            {
                certificate: {
                    status: 'ACTIVE',
                    stars: MIN_OCOP_STARS - 1,
                    issuedAt: '2025-03-01',
                    validUntil: '2028-03-01',
                },
            },
        ],
        ['PENDING_REVIEW', { review: 'PENDING' }],
        ['REVIEW_REJECTED', { review: 'REJECTED' }],
        ['NO_VALID_PRICE', { price: null }],
        ['NO_VALID_PRICE', { price: 0 }],
        ['NO_VALID_PRICE', { price: -360_000_000 }],
        ['NO_VALID_PRICE', { price: 150 }],
        ['STOCK_NOT_TRACKED', { inventoryTracked: false }],
        ['NO_STAMPS', { issuedStamps: 0, registeredStamps: 0 }],
    ];
    it.each(cases)('refuses to list with %s', (reason, broken) => {
        const verdict = sellingVerdict(facts(broken), TODAY, 1);
        expect(verdict).toMatchObject({ sellable: false, listable: false, reason, units: 0 });
        expect(refusalMessage(verdict)).toBe(`OCOP_${reason}: ${GATE_MESSAGES[reason]}`);
    });

    it('takes the first failing rule, in order', () => {
        expect(
            sellingVerdict(facts({ producer: { active: false }, certificate: null, price: 0 }), TODAY).reason,
        ).toBe('PRODUCER_INACTIVE');
        expect(
            sellingVerdict(
                facts({ certificate: null, price: 0, issuedStamps: 0, registeredStamps: 0 }),
                TODAY,
            ).reason,
        ).toBe('NO_CERTIFICATE');
        // A new variant awaiting the office is off sale whatever its stamps; a lapsed certificate says more.
        expect(
            sellingVerdict(facts({ review: 'PENDING', issuedStamps: 0, registeredStamps: 0 }), TODAY).reason,
        ).toBe('PENDING_REVIEW');
        expect(sellingVerdict(facts({ review: 'PENDING', certificate: null }), TODAY).reason).toBe(
            'NO_CERTIFICATE',
        );
        expect(sellingVerdict(facts({ review: 'APPROVED' }), TODAY, 1).sellable).toBe(true);
    });

    it('accepts the first and the last valid day of a certificate', () => {
        const certificate = { status: 'ACTIVE', stars: 3, issuedAt: TODAY, validUntil: TODAY };
        expect(sellingVerdict(facts({ certificate }), TODAY, 1).sellable).toBe(true);
    });

    it('keeps a sold-out variant listed, out of stock, and says how many remain', () => {
        const allPromised = facts({
            stock: { onHand: 100, allocated: 5, allocatedEverywhere: 5, threshold: 0 },
        });
        expect(sellingVerdict(allPromised, TODAY)).toMatchObject({ listable: true, units: 0 });
        const refused = sellingVerdict(allPromised, TODAY, 1);
        expect(refused).toMatchObject({
            sellable: false,
            listable: true,
            reason: 'NOT_ENOUGH_STAMPS',
            units: 0,
        });
        expect(refusalMessage(refused, 'Nhung hươu')).toBe(
            'OCOP_NOT_ENOUGH_STAMPS: Nhung hươu — chỉ còn 0 sản phẩm có thể bán (only 0 units available)',
        );
        // Every stamp sold, none left: still the same product page, out of stock.
        expect(sellingVerdict(facts({ issuedStamps: 0, registeredStamps: 12 }), TODAY)).toMatchObject({
            listable: true,
            units: 0,
        });
    });

    it('names stock, not stamps, when the warehouse is what runs short', () => {
        const verdict = sellingVerdict(
            facts({
                issuedStamps: 200,
                registeredStamps: 200,
                stock: { onHand: 3, allocated: 0, allocatedEverywhere: 0, threshold: 0 },
            }),
            TODAY,
            4,
        );
        expect(verdict).toMatchObject({ sellable: false, reason: 'NOT_ENOUGH_STOCK', units: 3 });
    });
});

describe('sellableUnits', () => {
    it('is the unpromised stamps or the free stock, whichever is fewer, less the threshold', () => {
        expect(sellableUnits(5, { onHand: 100, allocated: 0, allocatedEverywhere: 0, threshold: 0 })).toBe(5);
        expect(sellableUnits(5, { onHand: 100, allocated: 2, allocatedEverywhere: 2, threshold: 0 })).toBe(3);
        expect(sellableUnits(200, { onHand: 5, allocated: 2, allocatedEverywhere: 2, threshold: 0 })).toBe(3);
        expect(sellableUnits(10, { onHand: 100, allocated: 0, allocatedEverywhere: 0, threshold: 2 })).toBe(
            8,
        );
    });

    it('counts stamps promised by sales at other places (showrooms, fairs) against the same stamps', () => {
        // 10 stamps, 4 held by a showroom's orders: the marketplace, with its own 100 units, may sell 6.
        expect(sellableUnits(10, { onHand: 100, allocated: 0, allocatedEverywhere: 4, threshold: 0 })).toBe(
            6,
        );
    });

    it('is never negative, even when voided stamps left placed orders short', () => {
        expect(sellableUnits(1, { onHand: 100, allocated: 3, allocatedEverywhere: 3, threshold: 0 })).toBe(0);
    });

    it('makes Vendure count the same: stockOnHand − stockAllocated − threshold', () => {
        const stock = { onHand: 40, allocated: 7, allocatedEverywhere: 9, threshold: 1 };
        const available = stampedAvailableStock(20, stock);
        expect(available.stockOnHand - available.stockAllocated - stock.threshold).toBe(
            sellableUnits(20, stock),
        );
    });
});

describe('certificateReasonOn', () => {
    it('gives the badge only while the governing certificate makes the product OCOP standard', () => {
        expect(
            certificateReasonOn(
                { status: 'ACTIVE', stars: 3, issuedAt: '2025-01-01', validUntil: '2028-01-01' },
                TODAY,
            ),
        ).toBeUndefined();
        expect(
            certificateReasonOn(
                { status: 'REVOKED', stars: 5, issuedAt: '2025-01-01', validUntil: '2028-01-01' },
                TODAY,
            ),
        ).toBe('CERTIFICATE_REVOKED');
        expect(certificateReasonOn(null, TODAY)).toBe('NO_CERTIFICATE');
    });
});
