export interface StampsPluginOptions {
    /**
     * Base URL that stamp QR codes point to (`<publicUrl>/v/<code>`): the server's
     * PUBLIC_URL. It is printed on paper, so it must be the final public address.
     */
    publicUrl: string;
}
