export interface StorePluginOptions {
    /** Token of the marketplace channel; every Shop API request is served from it. */
    shopChannelToken: string;
    /** Offer card payments (the `stripe` method): only when the Stripe keys are configured. */
    stripeEnabled?: boolean;
    /** Offer bank transfers (the `vietqr` method); false in production without a real account. */
    vietqrEnabled?: boolean;
}

declare module '@vendure/core/dist/entity/custom-entity-fields' {
    interface CustomTaxCategoryFields {
        /** Stable key of a VAT category (`standard`, `alcohol`, ...), independent of its display name. */
        code?: string | null;
    }
}
