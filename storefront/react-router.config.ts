import type { Config } from '@react-router/dev/config';

/** Server-rendered: every page is complete HTML before any JavaScript runs (ADR 0014). */
export default {
    appDirectory: 'app',
    buildDirectory: 'build',
    ssr: true,
} satisfies Config;
