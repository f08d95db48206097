import { DefaultLogger } from '@vendure/core';

/**
 * The placeholder column Vendure gives an entity whose custom fields are all relations
 * (Order has only `salesPoint`): TypeORM cannot load an embedded object without a column.
 */
const RELATIONAL_PLACEHOLDER = '__fix_relational_custom_fields__';

/**
 * Vendure's console logger, less one false warning. Vendure 3.7's custom-field check
 * (`CustomFieldsValidationSubscriber`) does not know its own placeholder column and warns
 * "Custom field __fix_relational_custom_fields__ not found for entity Order" on every insert
 * and update of an order (eight lines for an online order from one producer, POS sales too),
 * burying real warnings in production logs and costing a console write each. A warning about
 * any other custom field, a real misconfiguration, still shows.
 */
export class OcopLogger extends DefaultLogger {
    warn(message: string, context?: string): void {
        if (message.startsWith(`Custom field ${RELATIONAL_PLACEHOLDER} not found for entity `)) return;
        super.warn(message, context);
    }
}
