import { ID } from '@vendure/core';
import { OpeningHours } from './opening-hours';

export enum SalesPointKind {
    SHOWROOM = 'SHOWROOM',
    FAIR_BOOTH = 'FAIR_BOOTH',
}

export interface SalesPointDetailsInput {
    name: string;
    streetLine: string;
    commune: string;
    province: string;
    area: string;
    openingHours: OpeningHours[];
    openingNote?: string | null;
    phone: string;
    latitude?: number | null;
    longitude?: number | null;
}

export interface CreateSalesPointInput extends SalesPointDetailsInput {
    code: string;
    kind: SalesPointKind;
    fairId?: ID | null;
    active?: boolean;
}

export type UpdateSalesPointInput = { id: ID; fairId?: ID | null } & Partial<SalesPointDetailsInput>;

export interface SalesPointListOptions {
    skip?: number;
    take?: number;
    kind?: SalesPointKind;
    active?: boolean;
    fairId?: ID;
    area?: string;
}

export interface TradeFairDetailsInput {
    name: string;
    venue: string;
    province: string;
    startsOn: string;
    endsOn: string;
    organiser?: string | null;
}

export interface CreateTradeFairInput extends TradeFairDetailsInput {
    code: string;
    active?: boolean;
}

export type UpdateTradeFairInput = { id: ID; active?: boolean } & Partial<TradeFairDetailsInput>;

export interface TradeFairListOptions {
    skip?: number;
    take?: number;
    active?: boolean;
    /** Only fairs not yet over (ends today or later, Vietnam time). */
    current?: boolean;
}

/** What the storefront's "where to buy" page may show of a fair. */
export interface PublicTradeFair {
    code: string;
    name: string;
    venue: string;
    province: string;
    startsOn: string;
    endsOn: string;
}

/** What the storefront's "where to buy" page may show of a sales point: no ids, stock or flags. */
export interface PublicSalesPoint {
    code: string;
    name: string;
    kind: SalesPointKind;
    fair: PublicTradeFair | null;
    streetLine: string;
    commune: string;
    province: string;
    area: string;
    openingHours: OpeningHours[];
    openingNote: string | null;
    phone: string;
    latitude: number | null;
    longitude: number | null;
    directionsUrl: string;
}
