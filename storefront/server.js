// The storefront in production: Express serving the built assets and React Router's
// server rendering. Started by `npm start` (backend/src/launch.ts) or on its own:
//   PORT=3001 SHOP_API_URL=http://127.0.0.1:3000/shop-api PUBLIC_API_URL=… STOREFRONT_URL=… node server.js
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { createRequestHandler } from '@react-router/express';
import express from 'express';

const here = path.dirname(fileURLToPath(import.meta.url));
const client = path.join(here, 'build/client');
const port = Number(process.env.PORT || 3001);
const build = await import(path.join(here, 'build/server/index.js'));

const app = express();
app.disable('x-powered-by');

/**
 * Security headers and a Content-Security-Policy on every answer (ADR 0023). React Router's
 * server rendering writes inline scripts (hydration data), hence 'unsafe-inline' for scripts
 * but no foreign script origin except Stripe's, whose card form needs js.stripe.com (script,
 * frames) and api.stripe.com (calls). Pictures come through /media on this origin.
 */
const apiOrigin = new URL(process.env.PUBLIC_API_URL || 'http://localhost:3000').origin;
const SECURITY_HEADERS = {
    'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' https://js.stripe.com https://*.js.stripe.com",
        "style-src 'self' 'unsafe-inline'",
        `img-src 'self' data: blob: ${apiOrigin} https://*.stripe.com`,
        `connect-src 'self' ${apiOrigin} https://api.stripe.com`,
        'frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com',
        "font-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
};
app.use((req, res, next) => {
    res.set(SECURITY_HEADERS);
    next();
});

/**
 * Text answers are gzipped on the way out (no compression package: a small wrapper around
 * zlib, flushed per chunk so a streamed page still arrives progressively).
 */
function gzip(req, res, next) {
    if (req.method === 'HEAD' || !/\bgzip\b/.test(req.headers['accept-encoding'] || '')) return next();
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    let zip;
    let decided = false;
    const decide = () => {
        if (decided) return;
        decided = true;
        const type = String(res.getHeader('content-type') || '');
        if (
            res.statusCode === 204 ||
            res.statusCode === 304 ||
            res.getHeader('content-encoding') ||
            !/text|json|xml|javascript|svg/.test(type)
        ) {
            return;
        }
        zip = zlib.createGzip({ level: 6, flush: zlib.constants.Z_SYNC_FLUSH });
        res.setHeader('Content-Encoding', 'gzip');
        res.removeHeader('Content-Length');
        res.append('Vary', 'Accept-Encoding');
        zip.on('data', chunk => write(chunk));
        zip.on('end', () => end());
    };
    res.write = (chunk, encoding, cb) => {
        decide();
        if (!zip) return write(chunk, encoding, cb);
        zip.write(chunk, encoding, cb);
        return true;
    };
    res.end = (chunk, encoding, cb) => {
        decide();
        if (!zip) return end(chunk, encoding, cb);
        if (typeof chunk === 'function') chunk = undefined;
        if (chunk) zip.end(chunk, typeof encoding === 'string' ? encoding : undefined);
        else zip.end();
        return res;
    };
    next();
}

/**
 * Built assets are content-hashed: compressed once, at the first request, and cached for a
 * year. Brotli when the browser takes it (every current one does over HTTP/1.1 and 2; ≈ 12 %
 * fewer bytes of JavaScript than gzip -9), gzip otherwise.
 */
const compressed = new Map();
function precompressed(req, res, next) {
    const file = path.join(client, 'assets', path.normalize(decodeURIComponent(req.path)));
    if (!file.startsWith(path.join(client, 'assets')) || !/\.(js|css|svg|json)$/.test(file)) return next();
    const accepted = req.headers['accept-encoding'] || '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (!encoding) return next();
    const key = `${encoding}:${file}`;
    let body = compressed.get(key);
    if (body === undefined) {
        const raw = fs.existsSync(file) ? fs.readFileSync(file) : null;
        body = !raw
            ? null
            : encoding === 'br'
              ? zlib.brotliCompressSync(raw, {
                    params: {
                        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
                    },
                })
              : zlib.gzipSync(raw, { level: 9 });
        compressed.set(key, body);
    }
    if (!body) return next();
    res.setHeader(
        'Content-Type',
        file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
    );
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.end(body);
}

/**
 * Product pictures come from the storefront's own origin (`/media/…` → the asset server's
 * `/assets/…`), so the largest picture of a page needs no second connection. Only plain asset
 * paths pass: no `..`, no other route of the backend.
 */
const assetOrigin = new URL(process.env.SHOP_API_URL || 'http://127.0.0.1:3000/shop-api').origin;
const FORWARDED = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified'];
app.get('/media/*', async (req, res) => {
    const rest = req.originalUrl.slice('/media/'.length);
    const [assetPath] = rest.split('?');
    if (!/^[A-Za-z0-9_-][A-Za-z0-9_./-]*$/.test(assetPath) || assetPath.includes('..')) {
        res.status(404).end();
        return;
    }
    try {
        const upstream = await fetch(`${assetOrigin}/assets/${rest}`, {
            headers: req.headers['if-none-match'] ? { 'if-none-match': req.headers['if-none-match'] } : {},
        });
        res.status(upstream.status);
        for (const name of FORWARDED) {
            const value = upstream.headers.get(name);
            if (value) res.setHeader(name, value);
        }
        if (!upstream.body) res.end();
        else Readable.fromWeb(upstream.body).pipe(res);
    } catch {
        res.status(502).end();
    }
});

app.use(
    '/assets',
    precompressed,
    express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y' }),
);
app.use(express.static(client, { maxAge: '1h', index: false }));
app.use(gzip);
app.all(
    '*',
    createRequestHandler({
        build,
        mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    }),
);

const server = app.listen(port, () => console.log(`Storefront listening on http://localhost:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => server.close(() => process.exit(0)));
}
