import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * A tablet enrolled to one sales point by its manager. The tablet signs in as its
 * own Vendure user (`userId`, role `pos-tablet`), so every request it makes carries
 * its identity; the server takes the sales point from here, never from the request.
 */
@Entity()
export class PosTablet extends VendureEntity {
    constructor(input?: DeepPartial<PosTablet>) {
        super(input);
    }

    @Column({ length: 100 })
    name: string;

    @Index()
    @Column()
    salesPointId: number;

    @Index({ unique: true })
    @Column()
    userId: number;

    @Column()
    enrolledByStaffId: number;

    @Column({ type: 'timestamptz', nullable: true })
    revokedAt: Date | null;

    /**
     * The tablet's latest request, to within a minute (written at most once a minute per
     * server process). Sales sync through requests, so it is also the latest sync.
     */
    @Column({ type: 'timestamptz', nullable: true })
    lastSeenAt: Date | null;
}
