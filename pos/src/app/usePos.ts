import { createContext, useContext } from 'react';
import type { SaleRecord, ShiftRecord, StaffRecord, TabletRecord } from '../data/db';
import type { SyncOutcome } from '../data/sync';

export type View = 'sale' | 'tender' | 'receipt' | 'shift' | 'sync' | 'returns' | 'stock';

export interface PosContextValue {
    tablet: TabletRecord;
    staff: StaffRecord;
    shift?: ShiftRecord;
    online: boolean;
    pending: number;
    view: View;
    setView: (view: View) => void;
    lastSale?: SaleRecord;
    setLastSale: (sale: SaleRecord) => void;
    reloadShift: () => Promise<void>;
    sync: () => Promise<SyncOutcome | undefined>;
    lastSync?: SyncOutcome & { at: string };
    signOut: () => void;
}

export const PosContext = createContext<PosContextValue | null>(null);

export function usePos(): PosContextValue {
    const value = useContext(PosContext);
    if (!value) throw new Error('usePos outside the signed-in app');
    return value;
}
