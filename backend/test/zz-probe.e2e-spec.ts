import { startTestServer } from './utils/test-server';
it('probe', async () => {
    const s = await startTestServer('probe2', { env: { CHECKOUT_RATE_LIMIT: '2' } });
    const post = async (api: string, query: string) => {
        const r = await fetch(`http://127.0.0.1:${s.port}/${api}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        return `${r.status} ${(await r.text()).slice(0, 300)}`;
    };
    for (let i = 0; i < 12; i++) console.log(await post('admin-api', 'mutation{ login(username:"superadmin", password:"x"){ __typename } }'));
    for (let i = 0; i < 3; i++) console.log(await post('shop-api', 'mutation{ transitionOrderToState(state:"ArrangingPayment"){ __typename } }'));
    await s.close();
}, 600_000);
