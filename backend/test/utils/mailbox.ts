import fs from 'node:fs';
import path from 'node:path';
import { eventually } from './eventually';
import { TestServer } from './test-server';

/** A mail about an order names its code (ours and Vendure's own subjects alike). */
export const ORDER_CODE_IN_SUBJECT = /#[A-Z0-9]{6,}/;

export interface Mail {
    recipient: string;
    subject: string;
    body: string;
}

/**
 * The mails the server wrote for one recipient (development mode writes them to DATA_DIR/mail).
 * A file still being written is left for the next look.
 */
export function mailsTo(server: TestServer, recipient: string): Mail[] {
    const dir = path.join(server.env.DATA_DIR, 'mail');
    if (!fs.existsSync(dir)) return [];
    return fs
        .readdirSync(dir)
        .filter(file => file.endsWith('.json'))
        .flatMap(file => {
            try {
                return [JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Mail];
            } catch {
                return [];
            }
        })
        .filter(mail => mail.recipient === recipient);
}

/**
 * The one mail to `recipient` whose subject matches, once the worker has written it.
 * A second such mail is an error: every mail here is sent once.
 */
export async function onlyMailTo(
    server: TestServer,
    recipient: string,
    subject: RegExp,
    timeoutMs = 30_000,
): Promise<Mail> {
    let found: Mail[] = [];
    await eventually(
        async () => (found = mailsTo(server, recipient).filter(m => subject.test(m.subject))).length > 0,
        `a mail "${subject.source}" to ${recipient}`,
        timeoutMs,
    );
    if (found.length > 1)
        throw new Error(`${found.length} mails "${subject.source}" to ${recipient}, not one`);
    return found[0];
}

/** The addresses a mail's links open, as a mail app reads them (Handlebars escapes `=`). */
export function linksIn(mail: Mail): string[] {
    return [...mail.body.matchAll(/<a [^>]*href="([^"]+)"/g)].map(m => m[1].replace(/&#x3D;/g, '='));
}
