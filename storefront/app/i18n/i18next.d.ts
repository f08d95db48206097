import 'i18next';
import type { vi } from './resources.vi';

declare module 'i18next' {
    interface CustomTypeOptions {
        defaultNS: 'common';
        resources: typeof vi;
    }
}
