import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage';

/** Composes the storefront. Routes arrive with the catalogue; today there is one page. */
export function App() {
    return <ComingSoonPage />;
}
