import type { NextFunction, Request, Response } from 'express';
import { DATABASE_PROBE_TIMEOUT_MS } from '../constants';

export type DatabaseProbe = () => Promise<void>;

/**
 * `GET /health`: 200 `{ status: "ok", database: "up" }` when PostgreSQL answers, else
 * 503 `{ status: "error", database: "down" }`, always within the probe timeout plus a
 * little. Vendure 3.7's own `/health` answers "ok" without asking the database, so a
 * load balancer would keep sending buyers to a server whose database is gone.
 * The driver's message stays in the log: the endpoint is public.
 */
export function healthHandler(probe: () => DatabaseProbe | undefined) {
    return (req: Request, res: Response, next: NextFunction) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        res.setHeader('cache-control', 'no-store');
        const check = probe();
        if (!check) {
            res.status(503).json({ status: 'error', database: 'starting' });
            return;
        }
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('timed out')), DATABASE_PROBE_TIMEOUT_MS);
        });
        Promise.race([check(), timeout])
            .then(
                () => res.status(200).json({ status: 'ok', database: 'up' }),
                () => res.status(503).json({ status: 'error', database: 'down' }),
            )
            .finally(() => clearTimeout(timer));
    };
}
