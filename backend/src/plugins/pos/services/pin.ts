import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { PIN_HASH_BYTES, PIN_ITERATIONS, PIN_PATTERN, PIN_SALT_BYTES } from '../constants';
import { posRefusal } from '../errors';

const derive = promisify(pbkdf2);

export interface PinHash {
    pinSalt: string;
    pinHash: string;
    pinIterations: number;
}

/** PBKDF2-HMAC-SHA256 over the UTF-8 PIN: the tablet recomputes it with WebCrypto offline. */
export async function hashPin(
    pin: string,
    salt = randomBytes(PIN_SALT_BYTES).toString('hex'),
): Promise<PinHash> {
    if (!PIN_PATTERN.test(pin ?? '')) {
        throw posRefusal('OCOP_POS_PIN_INVALID', 'Mã PIN phải gồm 4–6 chữ số', 'the PIN must be 4–6 digits');
    }
    const hash = await derive(pin, Buffer.from(salt, 'hex'), PIN_ITERATIONS, PIN_HASH_BYTES, 'sha256');
    return { pinSalt: salt, pinHash: hash.toString('hex'), pinIterations: PIN_ITERATIONS };
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
    if (!PIN_PATTERN.test(pin ?? '')) return false;
    const hash = await derive(
        pin,
        Buffer.from(stored.pinSalt.trim(), 'hex'),
        stored.pinIterations,
        PIN_HASH_BYTES,
        'sha256',
    );
    return timingSafeEqual(hash, Buffer.from(stored.pinHash.trim(), 'hex'));
}
