import { ComingSoonScreen } from '../features/coming-soon/ComingSoonScreen';

/** Composes the POS. Shifts, the sale screen and payments arrive as features; today there is one screen. */
export function App() {
    return <ComingSoonScreen />;
}
