import { PermissionDefinition } from '@vendure/core';

/** Office: certify products and revoke certificates. */
export const manageCertificatesPermission = new PermissionDefinition({
    name: 'ManageCertificates',
    description: 'Certify OCOP products and revoke certificates',
});

/** Office, Industry & Trade, and producers (for their own channel's products). */
export const readCertificatesPermission = new PermissionDefinition({
    name: 'ReadCertificates',
    description: 'Read OCOP certificates of the products in the active channel',
});

/** Producers scoring their own products (directive D2). */
export const selfAssessPermission = new PermissionDefinition({
    name: 'SelfAssessProducts',
    description: 'Score own products against the OCOP criteria and read the history',
});

/** Notify producers and the office this many days before a certificate ends. */
export const EXPIRY_NOTICE_DAYS = 30;
export const CERTIFICATE_VALIDITY_MONTHS = 36;

export const CERTIFICATION_PLUGIN_OPTIONS = Symbol('CERTIFICATION_PLUGIN_OPTIONS');
