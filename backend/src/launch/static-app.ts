import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.ico': 'image/x-icon',
    '.woff2': 'font/woff2',
};

/**
 * Security headers of the POS (ADR 0023). The tablet talks to whichever server address it was
 * enrolled with, so `connect-src` allows any http(s) origin; scripts and styles come only
 * from the app itself (Vite emits no inline script), pictures from the API's asset server.
 */
export const STATIC_APP_HEADERS: Record<string, string> = {
    'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https: http:; " +
        "connect-src 'self' https: http:; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
};

/**
 * Serves a built single-page app for local runs (production uses the nginx
 * image in docker/). Unknown paths get index.html so client routes work on reload.
 */
export function serveStaticApp(root: string, port: number): Promise<http.Server | undefined> {
    const index = path.join(root, 'index.html');
    if (!fs.existsSync(index)) return Promise.resolve(undefined);
    const server = http.createServer((req, res) => {
        const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        let file = path.join(root, path.normalize(urlPath));
        if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = index;
        const immutable = file.includes(`${path.sep}assets${path.sep}`);
        res.writeHead(200, {
            ...STATIC_APP_HEADERS,
            'content-type': types[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
        fs.createReadStream(file).pipe(res);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => resolve(server));
    });
}
