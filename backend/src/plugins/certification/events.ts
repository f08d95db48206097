import { RequestContext, VendureEvent } from '@vendure/core';
import { Producer } from '../producers/entities/producer.entity';
import { Certificate } from './entities/certificate.entity';

/**
 * A certificate came into force, was revoked or lapsed. The listing gate
 * listens to re-check what may be sold.
 */
export class CertificateEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public certificate: Certificate,
        public type: 'certified' | 'revoked' | 'expired',
    ) {
        super();
    }
}

/**
 * An ACTIVE certificate ends within the notice period: the producer must
 * re-apply. Published once per certificate (see `Certificate.expiryNoticeSentAt`).
 */
export class CertificateExpiringEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public certificate: Certificate,
        public daysLeft: number,
        /** The producer whose channel holds the product, if any: the notice goes to its email. */
        public producer: Producer | null,
    ) {
        super();
    }
}
