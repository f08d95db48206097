import { SaleChannelKind } from '../stamps/entities/stamp.entity';

/** Options of {@link StampVerificationPlugin.init}. */
export interface StampVerificationPluginOptions {
    /** Base URL printed on stamps (`PUBLIC_URL`); the page links back to itself with it. */
    publicUrl: string;
    /** A sold stamp checked from more distinct clients than this within the window is SUSPICIOUS. Default 5. */
    suspiciousClientLimit?: number;
    /** Window of the distinct-client rule, in days. Default 30. */
    suspiciousWindowDays?: number;
    /** Checks per minute per client (page and API together); bursts up to the same number. 0 turns limiting off. Default 30. */
    rateLimitPerMinute?: number;
    /** Server secret that salts the client hash (the cookie secret will do: it is never logged). */
    clientHashSecret: string;
    /** Production: the page sends HSTS, as the rest of the server does there. Default false. */
    production?: boolean;
}

export type ResolvedStampVerificationOptions = Required<StampVerificationPluginOptions>;

export type StampVerificationResult = 'GENUINE' | 'SUSPICIOUS' | 'VOID' | 'UNKNOWN';

export type StampCheckVia = 'PAGE' | 'API';

/** Who is checking: only ever turned into a salted hash before it leaves memory. */
export interface StampCheckClient {
    ip: string;
    userAgent?: string;
}

/** What a consumer learns about a stamp. UNKNOWN carries nulls everywhere, whatever the code was. */
export interface StampVerification {
    result: StampVerificationResult;
    productName: string | null;
    variantName: string | null;
    productImageUrl: string | null;
    producerName: string | null;
    producerAddress: string | null;
    stars: number | null;
    certificateNumber: string | null;
    /** ISO date (yyyy-MM-dd). */
    certificateValidUntil: string | null;
    /** ACTIVE, EXPIRED or REVOKED: the page warns when the certificate no longer holds. */
    certificateStatus: string | null;
    lotCode: string | null;
    /** ISO date (yyyy-MM-dd). */
    productionDate: string | null;
    /** ISO date (yyyy-MM-dd). */
    expiryDate: string | null;
    soldAt: Date | null;
    soldWhere: string | null;
    soldChannel: SaleChannelKind | null;
    checkCount: number;
    serial: string | null;
}
