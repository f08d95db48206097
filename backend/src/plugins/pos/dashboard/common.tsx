import { Trans, useLingui } from '@lingui/react/macro';
import { Field, nativeSelectClass, useAdminQuery } from '../../../dashboard/ocop-dashboard';

export interface ManagedSalesPoint {
    id: string;
    code: string;
    name: string;
    kind: 'SHOWROOM' | 'FAIR_BOOTH';
    active: boolean;
}

const MANAGED = `query PosManagedSalesPoints { posManagedSalesPoints { id code name kind active } }`;

/**
 * The sales points whose staff and tablets the signed-in user manages: every one for the
 * office, their own for a sales point manager (the server decides).
 */
export function useManagedSalesPoints() {
    const query = useAdminQuery<{ posManagedSalesPoints: ManagedSalesPoint[] }>(['ocop-pos-points'], MANAGED);
    const points = query.data?.posManagedSalesPoints ?? [];
    const byId = new Map(points.map(p => [p.id, p]));
    return { points, byId, error: query.error };
}

/** A sales point in a table: its code, its name below it (names are long). */
export function SalesPointCell({ point, id }: { point: ManagedSalesPoint | undefined; id: string }) {
    return (
        <>
            <span className="font-mono text-xs">{point?.code ?? id}</span>
            {point && <span className="block text-xs text-muted-foreground">{point.name}</span>}
        </>
    );
}

/** `SR-HUONG-SON · Showroom OCOP Hương Sơn`, or the bare id while the list loads. */
export function salesPointLabel(point: ManagedSalesPoint | undefined, id: string) {
    return point ? `${point.code} · ${point.name}` : id;
}

/** Which sales point a list shows: all of them (office) or one; a manager has one and sees no choice. */
export function SalesPointFilter({
    points,
    value,
    onChange,
}: {
    points: ManagedSalesPoint[];
    value: string;
    onChange: (id: string) => void;
}) {
    const { t } = useLingui();
    if (points.length < 2) return null;
    return (
        <div className="mb-3 max-w-md">
            <Field label={<Trans>Sales point</Trans>}>
                <select
                    name="salesPointFilter"
                    className={nativeSelectClass}
                    value={value}
                    onChange={e => onChange(e.target.value)}
                >
                    <option value="">{t`All sales points`}</option>
                    {points.map(p => (
                        <option key={p.id} value={p.id}>
                            {salesPointLabel(p, p.id)}
                            {p.active ? '' : ` (${t`closed`})`}
                        </option>
                    ))}
                </select>
            </Field>
        </div>
    );
}
