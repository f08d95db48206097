import { createCookie } from 'react-router';
import { config } from '../../api/config.server';

/**
 * The codes of the orders this browser placed as a guest. Vendure lets any anonymous caller
 * read a guest order by its code for two hours; the confirmation and payment pages show a
 * guest order only to the browser that placed it (ADR 0015). Signed-in customers need no
 * cookie: Vendure then checks the order is theirs.
 */
const placedCookie = createCookie('ocop_placed', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.secureCookies,
    maxAge: 60 * 60 * 24,
});

export async function placedCodes(request: Request): Promise<string[]> {
    const value = (await placedCookie.parse(request.headers.get('cookie'))) as unknown;
    return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
}

/** Set-Cookie value remembering one more placed order (the last ten). */
export async function rememberPlaced(request: Request, code: string): Promise<string> {
    const codes = (await placedCodes(request)).filter(c => c !== code);
    return placedCookie.serialize([...codes, code].slice(-10));
}
