import { ApiError, currentShift, fetchBootstrap, openShift, recordPosSale } from './api';
import { db, type SaleRecord, type ShiftRecord, type TabletRecord } from './db';
import { foldVietnamese } from '@ocop/shared';

export interface SyncOutcome {
    sent: number;
    conflicts: number;
    failed: number;
    offline: boolean;
}

let running: Promise<SyncOutcome> | undefined;

/**
 * How many sales are in flight at once. The server takes each sale in its own
 * transaction under a per-sale lock and dedupes on `clientSaleId`, so concurrent
 * sends stay idempotent; 4 hides the network round trip without crowding the
 * server (every tablet of a busy point syncs after each sale).
 */
export const SYNC_CONCURRENCY = 4;

/**
 * Pushes the outbox, oldest first, a few sales at a time. The server dedupes on
 * `clientSaleId`, so a sale whose answer was lost (network cut after the server
 * committed) is simply sent again. A network failure stops the run (sales already
 * in flight finish) and leaves the rest PENDING; any other error is kept on the
 * sale for the manager to see, never dropped.
 */
export function syncOutbox(
    tablet: TabletRecord,
    statuses: SaleRecord['status'][] = ['PENDING'],
): Promise<SyncOutcome> {
    running ??= run(tablet, statuses).finally(() => (running = undefined));
    return running;
}

async function run(tablet: TabletRecord, statuses: SaleRecord['status'][]): Promise<SyncOutcome> {
    const outcome: SyncOutcome = { sent: 0, conflicts: 0, failed: 0, offline: false };
    const queue = (await db.sales.where('status').anyOf(statuses).toArray()).sort((a, b) =>
        a.soldAt.localeCompare(b.soldAt),
    );
    // One server shift per tablet shift, even when several of its sales are sent at once.
    const shifts = new Map<string, Promise<string>>();
    const serverShift = (shift: ShiftRecord) => {
        if (shift.serverId) return Promise.resolve(shift.serverId);
        let pending = shifts.get(shift.id);
        if (!pending) {
            pending = ensureServerShift(tablet, shift);
            shifts.set(shift.id, pending);
            pending.catch(() => shifts.delete(shift.id));
        }
        return pending;
    };
    let next = 0;
    const send = async (sale: SaleRecord) => {
        try {
            const shift = sale.shiftId ? await db.shifts.get(sale.shiftId) : undefined;
            const shiftServerId = shift ? await serverShift(shift) : undefined;
            const result = await recordPosSale(tablet, sale, shiftServerId);
            const conflicts = result.conflicts ?? [];
            await db.sales.update(sale.clientSaleId, {
                status: conflicts.length ? 'CONFLICT' : 'SYNCED',
                orderCode: result.orderCode ?? undefined,
                serverTotal: result.total ?? undefined,
                conflicts,
                error: undefined,
                attempts: sale.attempts + 1,
                syncedAt: new Date().toISOString(),
            });
            outcome.sent++;
            if (conflicts.length) outcome.conflicts++;
        } catch (e) {
            if (e instanceof ApiError && e.network) {
                outcome.offline = true;
                return;
            }
            outcome.failed++;
            await db.sales.update(sale.clientSaleId, {
                attempts: sale.attempts + 1,
                error: `${(e as ApiError).code ?? 'ERROR'}: ${(e as Error).message}`,
            });
        }
    };
    await Promise.all(
        Array.from({ length: Math.min(SYNC_CONCURRENCY, queue.length) }, async () => {
            while (!outcome.offline && next < queue.length) await send(queue[next++]);
        }),
    );
    return outcome;
}

/** Replaces the cached catalogue, stamps and staff with the server's current lists. */
export async function refreshCatalogue(tablet: TabletRecord): Promise<TabletRecord> {
    const data = await fetchBootstrap(tablet);
    await db.transaction('rw', [db.tablet, db.variants, db.stamps, db.staff], async () => {
        await db.variants.clear();
        await db.variants.bulkPut(
            data.variants.map(v => ({
                ...v,
                // The variant alone ("Chai 1 lít") means nothing on a grid of many products.
                name: v.name.includes(v.productName) ? v.name : `${v.productName} – ${v.name}`,
                group: v.group ?? '',
                producerName: v.producerName ?? '',
                searchKey: foldVietnamese(
                    [v.productName, v.name, v.sku, v.group, v.producerName, v.ean ?? ''].join(' '),
                ),
            })),
        );
        await db.stamps.clear();
        await db.stamps.bulkPut(data.stamps);
        await db.staff.clear();
        await db.staff.bulkPut(data.staff);
        await db.tablet.put({
            ...tablet,
            salesPoint: data.salesPoint,
            settings: data.settings,
            refreshedAt: new Date().toISOString(),
        });
    });
    return (await db.tablet.get('tablet'))!;
}

/**
 * The server's shift for a shift opened on the tablet (possibly offline). A shift
 * is per sales point: when another tablet already opened one, this tablet joins it.
 */
export async function ensureServerShift(tablet: TabletRecord, shift: ShiftRecord): Promise<string> {
    if (shift.serverId) return shift.serverId;
    const open =
        (await currentShift(tablet)) ?? (await openShift(tablet, shift.openedByStaffId, shift.float));
    await db.shifts.update(shift.id, { serverId: open.id });
    return open.id;
}
