import { RequestContext, VendureEvent } from '@vendure/core';
import { Producer } from './entities/producer.entity';

/** A producer was created, changed, activated or suspended: what it may sell can change. */
export class ProducerEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public producer: Producer,
        public type: 'created' | 'updated' | 'activated' | 'suspended',
    ) {
        super();
    }
}
