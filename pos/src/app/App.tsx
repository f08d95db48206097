import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
    db,
    getKv,
    type SaleRecord,
    type ShiftRecord,
    type StaffRecord,
    type TabletRecord,
} from '../data/db';
import { refreshCatalogue, syncOutbox, type SyncOutcome } from '../data/sync';
import { EnrolScreen } from '../features/enrol/EnrolScreen';
import { PinScreen } from '../features/signin/PinScreen';
import { SaleScreen } from '../features/sale/SaleScreen';
import { TopBar } from './TopBar';
import { PosContext, type PosContextValue, type View } from './usePos';
import { CartProvider } from '../features/sale/useCart';

const TenderScreen = lazy(() => import('../features/tender/TenderScreen'));
const ReceiptScreen = lazy(() => import('../features/receipt/ReceiptScreen'));
const ShiftScreen = lazy(() => import('../features/shift/ShiftScreen'));
const SyncScreen = lazy(() => import('../features/sync/SyncScreen'));
const ReturnsScreen = lazy(() => import('../features/returns/ReturnsScreen'));
const StockScreen = lazy(() => import('../features/stock/StockScreen'));

const STAFF_KEY = 'pos-staff';

/** Composes the POS: enrol once, then PIN sign-in, then sale, tender, receipt, shift and sync screens. */
export function App() {
    const { t } = useTranslation();
    const [tablet, setTablet] = useState<TabletRecord | null>();
    const [staff, setStaff] = useState<StaffRecord>();
    const [shift, setShift] = useState<ShiftRecord>();
    const [online, setOnline] = useState(navigator.onLine);
    const [pending, setPending] = useState(0);
    const [view, setView] = useState<View>('sale');
    const [lastSale, setLastSale] = useState<SaleRecord>();
    const [lastSync, setLastSync] = useState<SyncOutcome & { at: string }>();

    const reloadShift = useCallback(async () => {
        const id = await getKv<string>('currentShiftId');
        setShift(id ? await db.shifts.get(id) : undefined);
    }, []);

    const countPending = useCallback(
        async () => setPending(await db.sales.where('status').equals('PENDING').count()),
        [],
    );

    useEffect(() => {
        void (async () => {
            const found = await db.tablet.get('tablet');
            setTablet(found ?? null);
            const staffId = sessionStorage.getItem(STAFF_KEY);
            if (found && staffId) setStaff(await db.staff.get(staffId));
            await reloadShift();
            await countPending();
        })();
    }, [reloadShift, countPending]);

    const sync = useCallback(async () => {
        if (!tablet) return undefined;
        const outcome = await syncOutbox(tablet);
        setLastSync({ ...outcome, at: new Date().toISOString() });
        await countPending();
        if (!outcome.offline) {
            // New settings (discount threshold, VietQR account) take effect at once; an unchanged
            // record keeps its identity so that this callback is not recreated in a loop.
            void refreshCatalogue(tablet)
                .then(fresh => {
                    const key = (t: TabletRecord) => JSON.stringify([t.salesPoint, t.settings]);
                    if (key(fresh) !== key(tablet)) setTablet(fresh);
                })
                .catch(() => undefined);
        }
        return outcome;
    }, [tablet, countPending]);

    useEffect(() => {
        const up = () => setOnline(true);
        const down = () => setOnline(false);
        window.addEventListener('online', up);
        window.addEventListener('offline', down);
        return () => {
            window.removeEventListener('online', up);
            window.removeEventListener('offline', down);
        };
    }, []);

    // Whenever the network comes back, and every 30 s while sales wait, push the outbox.
    useEffect(() => {
        if (!online || !tablet) return;
        const first = setTimeout(() => void sync(), 0);
        const timer = setInterval(() => void countPending().then(() => sync()), 30_000);
        return () => {
            clearTimeout(first);
            clearInterval(timer);
        };
    }, [online, tablet, sync, countPending]);

    const value = useMemo<PosContextValue | null>(
        () =>
            tablet && staff
                ? {
                      tablet,
                      staff,
                      shift,
                      online,
                      pending,
                      view,
                      setView,
                      lastSale,
                      setLastSale: sale => {
                          setLastSale(sale);
                          void countPending().then(() => (navigator.onLine ? sync() : undefined));
                      },
                      reloadShift,
                      sync,
                      lastSync,
                      signOut: () => {
                          sessionStorage.removeItem(STAFF_KEY);
                          setStaff(undefined);
                      },
                  }
                : null,
        [tablet, staff, shift, online, pending, view, lastSale, reloadShift, sync, lastSync, countPending],
    );

    if (tablet === undefined) return <p className="loading">{t('common.loading')}</p>;
    if (tablet === null) return <EnrolScreen onEnrolled={setTablet} />;
    if (!staff || !value) {
        return (
            <PinScreen
                tablet={tablet}
                onSignedIn={s => {
                    sessionStorage.setItem(STAFF_KEY, s.id);
                    setStaff(s);
                    setView(shift ? 'sale' : 'shift');
                }}
            />
        );
    }
    return (
        <PosContext.Provider value={value}>
            <CartProvider>
                <div className="app">
                    <TopBar />
                    <main className="main">
                        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
                            {view === 'sale' && (shift ? <SaleScreen /> : <ShiftScreen />)}
                            {view === 'tender' && <TenderScreen />}
                            {view === 'receipt' && <ReceiptScreen />}
                            {view === 'shift' && <ShiftScreen />}
                            {view === 'sync' && <SyncScreen />}
                            {view === 'returns' && <ReturnsScreen />}
                            {view === 'stock' && <StockScreen />}
                        </Suspense>
                    </main>
                </div>
            </CartProvider>
        </PosContext.Provider>
    );
}
