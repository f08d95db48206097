import fs from 'node:fs';
import path from 'node:path';
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
