import { defineDashboardExtension } from '@vendure/dashboard';

/**
 * The store's part of the dashboard: no screen of its own, only `i18n/vi.po`, the
 * Vietnamese of the dashboard's own menu and most-used words (the dashboard ships
 * none) and of our menu entries, merged over the English catalogue (ADR 0018).
 */
export default defineDashboardExtension({});
