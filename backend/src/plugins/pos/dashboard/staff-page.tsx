import { Trans, useLingui } from '@lingui/react/macro';
import {
    Button,
    Input,
    Page,
    PageBlock,
    PageLayout,
    PageTitle,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    usePermissions,
} from '@vendure/dashboard';
import { FormEvent, useState } from 'react';
import {
    ErrorLine,
    Field,
    nativeSelectClass,
    StatusBadge,
    useAdminMutation,
    useAdminQuery,
    vietnamDateTime,
} from '../../../dashboard/ocop-dashboard';
import {
    ManagedSalesPoint,
    SalesPointCell,
    SalesPointFilter,
    salesPointLabel,
    useManagedSalesPoints,
} from './common';

const STAFF = `
    query PosStaffMembers($salesPointId: ID) {
        posStaffMembers(salesPointId: $salesPointId) {
            id name role salesPointId active hasLogin lockedUntil emailAddress lastLoginAt lastSaleAt
        }
    }
`;
const CREATE = `mutation CreatePosStaff($input: CreatePosStaffInput!) { createPosStaff(input: $input) { id name role } }`;
const UPDATE = `mutation UpdatePosStaff($input: UpdatePosStaffInput!) { updatePosStaff(input: $input) { id } }`;
const SET_PIN = `mutation SetPosStaffPin($staffId: ID!, $pin: String!) { setPosStaffPin(staffId: $staffId, pin: $pin) { id } }`;

/** The same rule as the server's (4–6 digits), checked first so a typo is caught before sending. */
const PIN = /^\d{4,6}$/;

interface StaffRow {
    id: string;
    name: string;
    role: 'CASHIER' | 'MANAGER';
    salesPointId: string;
    active: boolean;
    hasLogin: boolean;
    lockedUntil: string | null;
    emailAddress: string | null;
    lastLoginAt: string | null;
    lastSaleAt: string | null;
}

/** PIN and its confirmation; the message names what is wrong in the UI's language. */
function usePinPair(required: boolean) {
    const { t } = useLingui();
    const [pin, setPin] = useState('');
    const [again, setAgain] = useState('');
    const problem =
        !pin && !again && !required
            ? null
            : !PIN.test(pin)
              ? t`The PIN must be 4–6 digits.`
              : pin !== again
                ? t`The two PINs differ.`
                : null;
    return { pin, again, setPin, setAgain, problem };
}

function PinFields({ pair, label }: { pair: ReturnType<typeof usePinPair>; label: React.ReactNode }) {
    return (
        <>
            <Field label={label}>
                <Input
                    name="pin"
                    type="password"
                    inputMode="numeric"
                    autoComplete="new-password"
                    maxLength={6}
                    value={pair.pin}
                    onChange={e => pair.setPin(e.target.value.trim())}
                />
            </Field>
            <Field label={<Trans>Repeat the PIN</Trans>}>
                <Input
                    name="pinAgain"
                    type="password"
                    inputMode="numeric"
                    autoComplete="new-password"
                    maxLength={6}
                    value={pair.again}
                    onChange={e => pair.setAgain(e.target.value.trim())}
                />
            </Field>
        </>
    );
}

function NewStaffForm({
    points,
    salesPointId,
    onDone,
}: {
    points: ManagedSalesPoint[];
    salesPointId: string;
    onDone: (name: string) => void;
}) {
    const { t } = useLingui();
    const create = useAdminMutation<{ input: object }>(CREATE, ['ocop-pos-staff']);
    const open = points.filter(p => p.active);
    const [form, setForm] = useState({
        salesPointId: salesPointId || (open.length === 1 ? open[0].id : ''),
        name: '',
        role: 'CASHIER',
        emailAddress: '',
        password: '',
    });
    const pin = usePinPair(true);
    const [tried, setTried] = useState(false);
    const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
        setForm({ ...form, [key]: e.target.value });
    const submit = (event: FormEvent) => {
        event.preventDefault();
        setTried(true);
        if (pin.problem) return;
        const login =
            form.role === 'MANAGER' && form.emailAddress.trim()
                ? { emailAddress: form.emailAddress.trim(), password: form.password }
                : {};
        create.mutate(
            {
                input: {
                    salesPointId: form.salesPointId,
                    name: form.name,
                    role: form.role,
                    pin: pin.pin,
                    ...login,
                },
            },
            { onSuccess: () => onDone(form.name.normalize('NFC').trim()) },
        );
    };
    return (
        <form
            onSubmit={submit}
            aria-label={t`New staff member`}
            className="grid gap-3 rounded-md border p-3 md:grid-cols-3"
        >
            <h3 className="font-medium md:col-span-3">
                <Trans>New staff member</Trans>
            </h3>
            <Field label={<Trans>Sales point</Trans>}>
                <select
                    name="salesPointId"
                    required
                    className={nativeSelectClass}
                    value={form.salesPointId}
                    onChange={set('salesPointId')}
                >
                    <option value="">{t`Choose a sales point`}</option>
                    {open.map(p => (
                        <option key={p.id} value={p.id}>
                            {salesPointLabel(p, p.id)}
                        </option>
                    ))}
                </select>
            </Field>
            <Field label={<Trans>Full name</Trans>}>
                <Input name="name" required maxLength={200} value={form.name} onChange={set('name')} />
            </Field>
            <Field label={<Trans>Role</Trans>}>
                <select name="role" className={nativeSelectClass} value={form.role} onChange={set('role')}>
                    <option value="CASHIER">{t`Cashier`}</option>
                    <option value="MANAGER">{t`Manager`}</option>
                </select>
            </Field>
            <PinFields pair={pin} label={<Trans>PIN (4–6 digits, for the tablet)</Trans>} />
            {form.role === 'MANAGER' && (
                <>
                    <p className="text-sm text-muted-foreground md:col-span-3">
                        <Trans>
                            Optional: a login (email and password) lets the manager enrol tablets and manage
                            their sales point&apos;s staff here.
                        </Trans>
                    </p>
                    <Field label={<Trans>Login email</Trans>}>
                        <Input
                            name="emailAddress"
                            type="email"
                            autoComplete="off"
                            value={form.emailAddress}
                            onChange={set('emailAddress')}
                        />
                    </Field>
                    <Field label={<Trans>Password (at least 8 characters)</Trans>}>
                        <Input
                            name="password"
                            type="password"
                            autoComplete="new-password"
                            value={form.password}
                            onChange={set('password')}
                        />
                    </Field>
                </>
            )}
            <div className="flex flex-wrap items-center gap-2 md:col-span-3">
                <Button type="submit" disabled={create.isPending}>
                    <Trans>Create</Trans>
                </Button>
                <Button type="button" variant="ghost" onClick={() => onDone('')}>
                    <Trans>Cancel</Trans>
                </Button>
            </div>
            <div className="md:col-span-3">
                {tried && pin.problem && (
                    <p role="alert" className="text-sm text-destructive">
                        {pin.problem}
                    </p>
                )}
                <ErrorLine error={create.error} />
            </div>
        </form>
    );
}

function EditStaffForm({ member, onDone }: { member: StaffRow; onDone: () => void }) {
    const { t } = useLingui();
    const update = useAdminMutation<{ input: object }>(UPDATE, ['ocop-pos-staff']);
    const setPin = useAdminMutation<{ staffId: string; pin: string }>(SET_PIN, ['ocop-pos-staff']);
    const [form, setForm] = useState({ name: member.name, role: member.role, active: member.active });
    const pin = usePinPair(false);
    const [tried, setTried] = useState(false);
    const submit = async (event: FormEvent) => {
        event.preventDefault();
        setTried(true);
        if (pin.problem) return;
        try {
            await update.mutateAsync({ input: { id: member.id, ...form } });
            if (pin.pin) await setPin.mutateAsync({ staffId: member.id, pin: pin.pin });
            onDone();
        } catch {
            // Shown below the form from the mutation's error.
        }
    };
    return (
        <form
            onSubmit={submit}
            aria-label={t`Edit ${member.name}`}
            className="grid gap-3 rounded-md border p-3 md:grid-cols-3"
        >
            <h3 className="font-medium md:col-span-3">{t`Edit ${member.name}`}</h3>
            <Field label={<Trans>Full name</Trans>}>
                <Input
                    name="name"
                    required
                    maxLength={200}
                    value={form.name}
                    onChange={e => setForm({ ...form, name: e.target.value })}
                />
            </Field>
            <Field label={<Trans>Role</Trans>}>
                <select
                    name="role"
                    className={nativeSelectClass}
                    value={form.role}
                    onChange={e => setForm({ ...form, role: e.target.value as StaffRow['role'] })}
                >
                    <option value="CASHIER">{t`Cashier`}</option>
                    <option value="MANAGER">{t`Manager`}</option>
                </select>
            </Field>
            <label className="flex items-center gap-2 self-end pb-2 text-sm">
                <input
                    type="checkbox"
                    name="active"
                    checked={form.active}
                    onChange={e => setForm({ ...form, active: e.target.checked })}
                />
                <Trans>Active (may sign in on the sales point&apos;s tablets)</Trans>
            </label>
            <PinFields pair={pin} label={<Trans>New PIN (empty: keep the current one)</Trans>} />
            <div className="flex flex-wrap items-center gap-2 md:col-span-3">
                <Button type="submit" disabled={update.isPending || setPin.isPending}>
                    <Trans>Save</Trans>
                </Button>
                <Button type="button" variant="ghost" onClick={onDone}>
                    <Trans>Cancel</Trans>
                </Button>
            </div>
            <div className="md:col-span-3">
                {tried && pin.problem && (
                    <p role="alert" className="text-sm text-destructive">
                        {pin.problem}
                    </p>
                )}
                <ErrorLine error={update.error ?? setPin.error} />
            </div>
        </form>
    );
}

/** Staff of the sales points the user manages: the office creates them; managers edit their own. */
export function PosStaffPage() {
    const { t, i18n } = useLingui();
    const { hasPermissions } = usePermissions();
    const canCreate = hasPermissions(['ManagePosStaff']);
    const { points, byId, error: pointsError } = useManagedSalesPoints();
    const [salesPointId, setSalesPointId] = useState('');
    const [editing, setEditing] = useState<'new' | StaffRow | null>(null);
    const [created, setCreated] = useState('');
    const staff = useAdminQuery<{ posStaffMembers: StaffRow[] }>(['ocop-pos-staff', salesPointId], STAFF, {
        salesPointId: salesPointId || null,
    });
    const when = (iso: string | null) => vietnamDateTime(iso, i18n.locale);
    const rows = staff.data?.posStaffMembers ?? [];
    return (
        <Page pageId="ocop-pos-staff">
            <PageTitle>
                <Trans>POS staff</Trans>
            </PageTitle>
            <PageLayout>
                <PageBlock column="full" blockId="staff">
                    <SalesPointFilter points={points} value={salesPointId} onChange={setSalesPointId} />
                    {canCreate && !editing && (
                        <div className="mb-3">
                            <Button
                                size="sm"
                                onClick={() => {
                                    setCreated('');
                                    setEditing('new');
                                }}
                            >
                                <Trans>New staff member</Trans>
                            </Button>
                        </div>
                    )}
                    {created && (
                        <p role="status" className="mb-3 text-sm text-green-700">
                            {t`Created: ${created}. They can sign in on the tablet with their PIN after its next sync.`}
                        </p>
                    )}
                    {editing === 'new' && (
                        <div className="mb-4">
                            <NewStaffForm
                                points={points}
                                salesPointId={salesPointId}
                                onDone={name => {
                                    setCreated(name);
                                    setEditing(null);
                                }}
                            />
                        </div>
                    )}
                    {editing && editing !== 'new' && (
                        <div className="mb-4">
                            <EditStaffForm
                                key={editing.id}
                                member={editing}
                                onDone={() => setEditing(null)}
                            />
                        </div>
                    )}
                    <ErrorLine error={staff.error ?? pointsError} />
                    <Table aria-label={t`POS staff`}>
                        <TableHeader>
                            <TableRow>
                                <TableHead>
                                    <Trans>Name</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Sales point</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Role and status</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Login</Trans>
                                </TableHead>
                                <TableHead>
                                    <Trans>Last sale</Trans>
                                </TableHead>
                                <TableHead />
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {rows.map(s => {
                                // Locked when the list was read: a lock lasts minutes, the list is refetched on focus.
                                const locked =
                                    s.lockedUntil && Date.parse(s.lockedUntil) > staff.dataUpdatedAt;
                                return (
                                    <TableRow key={s.id}>
                                        <TableCell>{s.name}</TableCell>
                                        <TableCell className="min-w-40 max-w-52 whitespace-normal">
                                            <SalesPointCell
                                                point={byId.get(s.salesPointId)}
                                                id={s.salesPointId}
                                            />
                                        </TableCell>
                                        <TableCell>
                                            <span className="mb-1 block">
                                                {s.role === 'MANAGER' ? t`Manager` : t`Cashier`}
                                            </span>
                                            <StatusBadge
                                                tone={s.active ? (locked ? 'wait' : 'good') : 'plain'}
                                            >
                                                {!s.active
                                                    ? t`Inactive`
                                                    : locked
                                                      ? t`PIN locked until ${when(s.lockedUntil)}`
                                                      : t({ message: 'Active', context: 'POS staff member' })}
                                            </StatusBadge>
                                        </TableCell>
                                        <TableCell className="max-w-60 whitespace-normal break-all text-sm">
                                            {s.emailAddress ? (
                                                <>
                                                    {s.emailAddress}
                                                    <br />
                                                    <span className="text-muted-foreground">
                                                        {s.lastLoginAt
                                                            ? t`last sign-in ${when(s.lastLoginAt)}`
                                                            : t`never signed in`}
                                                    </span>
                                                </>
                                            ) : (
                                                <span className="text-muted-foreground">
                                                    <Trans>PIN only</Trans>
                                                </span>
                                            )}
                                        </TableCell>
                                        <TableCell>{when(s.lastSaleAt)}</TableCell>
                                        <TableCell>
                                            <Button
                                                size="sm"
                                                variant="outline"
                                                aria-label={t`Edit ${s.name}`}
                                                onClick={() => {
                                                    setCreated('');
                                                    setEditing(s);
                                                }}
                                            >
                                                <Trans>Edit</Trans>
                                            </Button>
                                        </TableCell>
                                    </TableRow>
                                );
                            })}
                        </TableBody>
                    </Table>
                    {staff.isSuccess && !rows.length && (
                        <p className="mt-3 text-sm">
                            <Trans>No staff yet.</Trans>
                        </p>
                    )}
                    <p className="mt-3 text-sm text-muted-foreground">
                        <Trans>
                            Staff sign in on the tablet with their PIN, offline too, so sign-ins are not known
                            here; &quot;Last sale&quot; is their latest sale the server has received.
                        </Trans>
                    </p>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
