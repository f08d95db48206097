import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import type { RenderToPipeableStreamOptions } from 'react-dom/server';
import { renderToPipeableStream } from 'react-dom/server';
import type { EntryContext } from 'react-router';
import { ServerRouter } from 'react-router';
import { deferHydration, hydrationStartOf } from './entry.defer';

export const streamTimeout = 5_000;

/**
 * React Router's default Node entry, except that in production the page's scripts are
 * fetched after the page has loaded, or at the first gesture on pages that are read first
 * (`deferHydration`, ADRs 0014 and 0026): the HTML is complete and works without them,
 * and on a slow mobile link their 150 KB would otherwise share the bandwidth with the
 * largest picture. The page is buffered to be rewritten; loaders have
 * finished before rendering anyway, so little is lost by not streaming it.
 */
export default function handleRequest(
    request: Request,
    responseStatusCode: number,
    responseHeaders: Headers,
    routerContext: EntryContext,
) {
    if (request.method.toUpperCase() === 'HEAD') {
        return new Response(null, { status: responseStatusCode, headers: responseHeaders });
    }
    return new Promise((resolve, reject) => {
        let shellRendered = false;
        const userAgent = request.headers.get('user-agent');
        const readyOption: keyof RenderToPipeableStreamOptions =
            (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady';
        let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(
            () => abort(),
            streamTimeout + 1000,
        );
        const { pipe, abort } = renderToPipeableStream(
            <ServerRouter context={routerContext} url={request.url} />,
            {
                [readyOption]() {
                    shellRendered = true;
                    responseHeaders.set('Content-Type', 'text/html');
                    if (import.meta.env.DEV) {
                        const body = new PassThrough({
                            final(callback) {
                                clearTimeout(timeoutId);
                                timeoutId = undefined;
                                callback();
                            },
                        });
                        pipe(body);
                        resolve(
                            new Response(createReadableStreamFromReadable(body), {
                                headers: responseHeaders,
                                status: responseStatusCode,
                            }),
                        );
                        return;
                    }
                    const chunks: Buffer[] = [];
                    const body = new PassThrough();
                    body.on('data', (chunk: Buffer) => chunks.push(chunk));
                    body.on('end', () => {
                        clearTimeout(timeoutId);
                        timeoutId = undefined;
                        resolve(
                            new Response(
                                deferHydration(
                                    Buffer.concat(chunks).toString('utf8'),
                                    hydrationStartOf(new URL(request.url).pathname),
                                ),
                                {
                                    headers: responseHeaders,
                                    status: responseStatusCode,
                                },
                            ),
                        );
                    });
                    body.on('error', reject);
                    pipe(body);
                },
                onShellError(error: unknown) {
                    reject(error);
                },
                onError(error: unknown) {
                    responseStatusCode = 500;
                    if (shellRendered) console.error(error);
                },
            },
        );
    });
}
