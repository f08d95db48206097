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
