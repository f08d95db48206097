import { db, getKv, setKv, type StaffRecord } from './db';

/** Failed PIN attempts before a staff member is locked out on this tablet, and for how long. */
export const PIN_MAX_FAILURES = 5;
export const PIN_LOCK_MS = 5 * 60_000;

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    return bytes;
}

function bytesToHex(bytes: ArrayBuffer): string {
    return [...new Uint8Array(bytes)].map(b => b.toString(16).padStart(2, '0')).join('');
}

/** PBKDF2-HMAC-SHA256 of the PIN, as the server stores it (hex, 32 bytes). */
export async function derivePinHash(pin: string, saltHex: string, iterations: number): Promise<string> {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
        'deriveBits',
    ]);
    const bits = await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt: hexToBytes(saltHex), iterations },
        key,
        256,
    );
    return bytesToHex(bits);
}

interface Failures {
    count: number;
    lockedUntil?: number;
}

export type PinCheck =
    { ok: true; staff: StaffRecord } | { ok: false; reason: 'WRONG' | 'LOCKED'; retryAt?: number };

/**
 * Checks a PIN against the salted hash cached on the tablet, so that staff can
 * switch users with no network. Failures are counted per staff member in
 * IndexedDB, so reloading the page does not reset the lock.
 */
export async function checkPin(staffId: string, pin: string, now = Date.now()): Promise<PinCheck> {
    const staff = await db.staff.get(staffId);
    if (!staff) return { ok: false, reason: 'WRONG' };
    const key = `pin-failures:${staffId}`;
    const failures = (await getKv<Failures>(key)) ?? { count: 0 };
    if (failures.lockedUntil && failures.lockedUntil > now) {
        return { ok: false, reason: 'LOCKED', retryAt: failures.lockedUntil };
    }
    const hash = await derivePinHash(pin, staff.pinSalt, staff.pinIterations);
    if (hash === staff.pinHash.toLowerCase()) {
        await setKv(key, { count: 0 });
        return { ok: true, staff };
    }
    const count = (failures.lockedUntil ? 0 : failures.count) + 1;
    const lockedUntil = count >= PIN_MAX_FAILURES ? now + PIN_LOCK_MS : undefined;
    await setKv(key, { count, lockedUntil });
    return lockedUntil
        ? { ok: false, reason: 'LOCKED', retryAt: lockedUntil }
        : { ok: false, reason: 'WRONG' };
}
