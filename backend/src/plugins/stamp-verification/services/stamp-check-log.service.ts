import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { Logger, TransactionalConnection } from '@vendure/core';
import { CHECK_FLUSH_INTERVAL_MS } from '../constants';
import { StampCheckVia, StampVerificationResult } from '../types';
import { pgPool, RowReader } from './pg-pool';

export interface LoggedCheck {
    stampId: string | null;
    code: string;
    via: StampCheckVia;
    clientHash: string;
    result: StampVerificationResult;
    checkedAt: Date;
}

const loggerCtx = 'StampCheckLog';
const MAX_ROWS_PER_STATEMENT = 5_000;
/** If the database is down this long, keep at most this many checks in memory. */
const MAX_BUFFERED = 200_000;

/**
 * The check log (directive D1: every check is logged) without a write on the
 * request path. Checks wait in memory and go to `stamp_check` in one
 * multi-row insert every ~150 ms, in the same statement that adds them to
 * `stamp.checkCount`; the rest is flushed before the database closes on
 * shutdown. Until a check is written, {@link pendingCount} and
 * {@link pendingClients} let the verifier count it anyway.
 */
@Injectable()
export class StampCheckLogService implements BeforeApplicationShutdown {
    private buffer: LoggedCheck[] = [];
    private inflight: LoggedCheck[] = [];
    private readonly unwrittenByStamp = new Map<string, number>();
    private timer: NodeJS.Timeout | undefined;
    private flushing: Promise<void> | undefined;
    private readonly db: RowReader;

    constructor(connection: TransactionalConnection) {
        this.db = pgPool(connection);
    }

    record(check: LoggedCheck) {
        this.buffer.push(check);
        if (check.stampId)
            this.unwrittenByStamp.set(check.stampId, (this.unwrittenByStamp.get(check.stampId) ?? 0) + 1);
        if (!this.timer) {
            this.timer = setTimeout(() => {
                this.timer = undefined;
                void this.flush();
            }, CHECK_FLUSH_INTERVAL_MS);
            this.timer.unref();
        }
    }

    /** Checks of this stamp recorded but not yet in `stamp.checkCount`. */
    pendingCount(stampId: string): number {
        return this.unwrittenByStamp.get(stampId) ?? 0;
    }

    /** Checks of this stamp not yet in `stamp_check`. */
    pendingClients(stampId: string): LoggedCheck[] {
        if (!this.unwrittenByStamp.has(stampId)) return [];
        return [...this.inflight, ...this.buffer].filter(c => c.stampId === stampId);
    }

    /** Writes everything buffered so far; resolves when it is in the table. */
    async flush(): Promise<void> {
        while (this.flushing) await this.flushing;
        if (this.buffer.length === 0) return;
        this.flushing = this.writeBuffered().finally(() => (this.flushing = undefined));
        return this.flushing;
    }

    async beforeApplicationShutdown() {
        clearTimeout(this.timer);
        this.timer = undefined;
        // A few attempts: a database that is gone for good must not hold the process open.
        for (let attempt = 0; attempt < 5 && (this.buffer.length || this.flushing); attempt++)
            await this.flush();
    }

    private async writeBuffered() {
        const batch = this.buffer;
        this.buffer = [];
        this.inflight = batch;
        try {
            for (let i = 0; i < batch.length; i += MAX_ROWS_PER_STATEMENT) {
                const rows = batch.slice(i, i + MAX_ROWS_PER_STATEMENT);
                try {
                    await this.write(rows);
                    this.forget(rows);
                } catch (e: any) {
                    const rest = batch.slice(i);
                    if (this.buffer.length + rest.length <= MAX_BUFFERED) {
                        this.buffer = [...rest, ...this.buffer];
                        Logger.error(
                            `Could not write ${rest.length} stamp checks, will retry: ${e?.message}`,
                            loggerCtx,
                        );
                    } else {
                        this.forget(rest);
                        Logger.error(
                            `Dropped ${rest.length} stamp checks, the database is unreachable: ${e?.message}`,
                            loggerCtx,
                        );
                    }
                    break;
                }
            }
        } finally {
            this.inflight = [];
        }
        if (this.buffer.length && !this.timer) {
            this.timer = setTimeout(() => {
                this.timer = undefined;
                void this.flush();
            }, CHECK_FLUSH_INTERVAL_MS * 4);
            this.timer.unref();
        }
    }

    private async write(rows: LoggedCheck[]) {
        const counts = new Map<string, number>();
        for (const r of rows) if (r.stampId) counts.set(r.stampId, (counts.get(r.stampId) ?? 0) + 1);
        // Ordered ids keep concurrent flushes from several instances from deadlocking each other.
        const ids = [...counts.keys()].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
        await this.db.query({
            name: 'stamp-check-log-flush',
            text: `
                WITH logged AS (
                    INSERT INTO "stamp_check" ("stampId", "code", "via", "clientHash", "result", "checkedAt")
                    SELECT * FROM unnest($1::bigint[], $2::varchar[], $3::varchar[], $4::char(32)[], $5::varchar[], $6::timestamptz[])
                ), counted AS (
                    SELECT s.id FROM "stamp" s WHERE s.id = ANY($7::bigint[]) ORDER BY s.id FOR UPDATE
                )
                UPDATE "stamp" s SET "checkCount" = s."checkCount" + c.n
                FROM unnest($7::bigint[], $8::int[]) AS c(id, n)
                WHERE s.id = c.id AND s.id IN (SELECT id FROM counted)`,
            values: [
                rows.map(r => r.stampId),
                rows.map(r => r.code),
                rows.map(r => r.via),
                rows.map(r => r.clientHash),
                rows.map(r => r.result),
                rows.map(r => r.checkedAt),
                ids,
                ids.map(id => counts.get(id)),
            ],
        });
    }

    private forget(rows: LoggedCheck[]) {
        for (const r of rows) {
            if (!r.stampId) continue;
            const n = (this.unwrittenByStamp.get(r.stampId) ?? 0) - 1;
            if (n > 0) this.unwrittenByStamp.set(r.stampId, n);
            else this.unwrittenByStamp.delete(r.stampId);
        }
    }
}
