import 'i18next';
import type { viOrders } from './orders.vi';
import type { vi } from './resources.vi';

declare module 'i18next' {
    interface CustomTypeOptions {
        defaultNS: 'common';
        resources: typeof vi & typeof viOrders;
    }
}
