export interface DemoDataPluginOptions {
    /** Load the demo catalogue on server start (idempotent). */
    enabled: boolean;
    /** Folder for temporary image files. */
    dataDir: string;
}
