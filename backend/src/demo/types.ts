export interface DemoDataPluginOptions {
    /** Load the demo catalogue on server start (idempotent). */
    enabled: boolean;
}
