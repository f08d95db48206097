import fs from 'node:fs';
import { startTestServer } from './utils/test-server';
it('probe', async () => {
    const s = await startTestServer('probe', { demoData: true, env: JSON.parse(process.env.PROBE_ENV ?? '{}') });
    fs.writeFileSync('/tmp/hardening/port', String(s.port) + ' ' + s.databaseUrl);
    await new Promise(r => setTimeout(r, Number(process.env.PROBE_MS ?? 1_500_000)));
    await s.close();
}, 3_000_000);
