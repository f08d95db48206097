/**
 * A token bucket per client: `perMinute` tokens refill evenly over a minute and
 * a full bucket allows a burst of the same size (a shopper scanning a shelf of
 * jars at once). Keys live only in memory; idle buckets are swept.
 */
export class ClientRateLimiter {
    private readonly buckets = new Map<string, { tokens: number; at: number }>();
    private readonly perMs: number;
    private lastSweep = 0;

    constructor(
        private readonly perMinute: number,
        private readonly maxClients = 100_000,
    ) {
        this.perMs = perMinute / 60_000;
    }

    get enabled(): boolean {
        return this.perMinute > 0;
    }

    /** Takes one token: 0 when allowed, otherwise the seconds to wait before the next check. */
    take(key: string, now = Date.now()): number {
        if (!this.enabled) return 0;
        this.sweep(now);
        const bucket = this.buckets.get(key);
        if (!bucket) {
            if (this.buckets.size >= this.maxClients)
                this.buckets.delete(this.buckets.keys().next().value as string);
            this.buckets.set(key, { tokens: this.perMinute - 1, at: now });
            return 0;
        }
        bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
        bucket.at = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return 0;
        }
        return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
    }

    /** A bucket untouched for a minute is full again: forgetting it changes nothing. */
    private sweep(now: number) {
        if (now - this.lastSweep < 60_000) return;
        this.lastSweep = now;
        for (const [key, bucket] of this.buckets) {
            if (now - bucket.at >= 60_000) this.buckets.delete(key);
        }
    }
}
