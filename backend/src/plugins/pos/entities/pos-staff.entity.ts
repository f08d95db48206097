import { DeepPartial, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

export enum PosStaffRole {
    CASHIER = 'CASHIER',
    MANAGER = 'MANAGER',
}

/**
 * A person who sells at one sales point. Switching users on a tablet is by PIN;
 * a manager also has a Vendure login (`userId`) to enrol tablets. The PIN is kept
 * only as a salted PBKDF2 hash, which the tablet caches to check PINs offline.
 */
@Entity()
export class PosStaff extends VendureEntity {
    constructor(input?: DeepPartial<PosStaff>) {
        super(input);
    }

    @Index()
    @Column()
    salesPointId: number;

    @Column({ length: 200 })
    name: string;

    @Column({ type: 'varchar', length: 20 })
    role: PosStaffRole;

    /** The Vendure user a manager signs in with (username/password); cashiers need none. */
    @Index({ unique: true, where: '"userId" IS NOT NULL' })
    @Column({ type: 'int', nullable: true })
    userId: number | null;

    @Column({ type: 'char', length: 32 })
    pinSalt: string;

    @Column({ type: 'char', length: 64 })
    pinHash: string;

    @Column('int')
    pinIterations: number;

    /** Wrong PINs in a row; reset by a right one. */
    @Column('int', { default: 0 })
    failedPinAttempts: number;

    @Column({ type: 'timestamptz', nullable: true })
    lockedUntil: Date | null;

    @Column({ default: true })
    active: boolean;
}
