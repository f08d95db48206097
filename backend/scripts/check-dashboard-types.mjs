// Type-checks our dashboard extensions (tsconfig.dashboard.json); Vite's build only strips types.
// @vendure/dashboard ships its TypeScript source, not declarations, so tsc checks that source
// too and finds errors there (virtual modules of its Vite plugin, looser settings): those are
// not ours and are left out. Any error in our files fails.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.dashboard.json', '--pretty', 'false'], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
});
if (run.error) throw run.error;
// An error is one line naming its file, maybe followed by indented lines explaining it.
const ours = [];
let keep = false;
for (const line of run.stdout.split('\n')) {
    if (/^\S.*\(\d+,\d+\): error TS/.test(line)) keep = !line.includes('node_modules/');
    else if (!/^\s/.test(line)) keep = false;
    if (keep && line) ours.push(line);
}
if (ours.length) {
    console.error(ours.join('\n'));
    process.exit(1);
}
if (run.status !== 0 && !/error TS/.test(run.stdout)) {
    console.error(run.stdout, run.stderr);
    process.exit(run.status ?? 1);
}
console.log('dashboard extensions: no type errors');
