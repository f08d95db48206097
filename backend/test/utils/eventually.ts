/**
 * Polls `check` until it holds: what follows events (listing refreshes, the search
 * index) happens after the request that caused it has answered.
 */
export async function eventually(
    check: () => Promise<boolean>,
    what: string,
    timeoutMs = 15_000,
): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (await check()) return;
        await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(`timed out waiting until ${what}`);
}
