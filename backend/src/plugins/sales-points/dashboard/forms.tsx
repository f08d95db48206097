import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Input } from '@vendure/dashboard';
import { FormEvent, useState } from 'react';
import { ErrorLine, Field, useAdminMutation, vietnamToday } from '../../../dashboard/ocop-dashboard';

const POINT_FIELDS = 'id code name kind fairId';
const CREATE_POINT = `mutation CreateSalesPoint($input: CreateSalesPointInput!) { createSalesPoint(input: $input) { ${POINT_FIELDS} } }`;
const UPDATE_POINT = `mutation UpdateSalesPoint($input: UpdateSalesPointInput!) { updateSalesPoint(input: $input) { ${POINT_FIELDS} } }`;
const SET_ACTIVE = `mutation SetSalesPointActive($id: ID!, $active: Boolean!) { setSalesPointActive(id: $id, active: $active) { id active } }`;
const CREATE_FAIR = `mutation CreateTradeFair($input: CreateTradeFairInput!) { createTradeFair(input: $input) { id code } }`;
const UPDATE_FAIR = `mutation UpdateTradeFair($input: UpdateTradeFairInput!) { updateTradeFair(input: $input) { id code } }`;

/** What the list query reads for editing. */
export const SALES_POINT_EDIT_FIELDS =
    'streetLine province openingHours { days opens closes } openingNote latitude longitude';

/** `T2-T7 07:30-17:00`, one row a line, as the office writes it on the door. */
function hoursText(rows: Array<{ days: string; opens: string; closes: string }> | undefined): string {
    return (rows ?? []).map(r => `${r.days} ${r.opens}-${r.closes}`).join('\n');
}

/** Lines the pattern does not read go to the server as they are: its refusal names the problem. */
function parseHours(text: string) {
    return text
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        .map(line => {
            const m = /^(.+?)\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(line);
            return m ? { days: m[1], opens: m[2], closes: m[3] } : { days: line, opens: '', closes: '' };
        });
}

function numberOrNull(value: string): number | null {
    return value.trim() === '' ? null : Number(value.replace(',', '.'));
}

/**
 * A showroom (office) or a fair booth (office, Industry and Trade): create, or edit
 * when `point` is given. The code and kind never change once created.
 */
export function SalesPointForm({
    point,
    kind,
    fairId,
    onDone,
}: {
    point?: any;
    kind: 'SHOWROOM' | 'FAIR_BOOTH';
    fairId?: string;
    onDone: () => void;
}) {
    const { t } = useLingui();
    const create = useAdminMutation<{ input: any }>(CREATE_POINT, ['ocop-sales-points']);
    const update = useAdminMutation<{ input: any }>(UPDATE_POINT, ['ocop-sales-points']);
    const setActive = useAdminMutation<{ id: string; active: boolean }>(SET_ACTIVE, ['ocop-sales-points']);
    const [form, setForm] = useState({
        code: point?.code ?? '',
        name: point?.name ?? '',
        streetLine: point?.streetLine ?? '',
        commune: point?.commune ?? '',
        province: point?.province ?? 'Hà Tĩnh',
        area: point?.area ?? '',
        hours: point ? hoursText(point.openingHours) : 'T2-T7 07:30-17:00',
        openingNote: point?.openingNote ?? '',
        phone: point?.phone ?? '',
        latitude: point?.latitude != null ? String(point.latitude) : '',
        longitude: point?.longitude != null ? String(point.longitude) : '',
    });
    const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
        setForm({ ...form, [key]: e.target.value });
    const pending = create.isPending || update.isPending;
    const submit = (event: FormEvent) => {
        event.preventDefault();
        const common = {
            name: form.name,
            streetLine: form.streetLine,
            commune: form.commune,
            province: form.province,
            area: form.area,
            openingHours: parseHours(form.hours),
            openingNote: form.openingNote,
            phone: form.phone,
            latitude: numberOrNull(form.latitude),
            longitude: numberOrNull(form.longitude),
        };
        if (point) {
            update.mutate({ input: { id: point.id, ...common } }, { onSuccess: onDone });
        } else {
            create.mutate(
                {
                    input: {
                        ...common,
                        code: form.code,
                        kind,
                        fairId: kind === 'FAIR_BOOTH' ? fairId : null,
                    },
                },
                { onSuccess: onDone },
            );
        }
    };
    const label = point ? t`Edit ${point.code}` : kind === 'SHOWROOM' ? t`New showroom` : t`New fair booth`;
    return (
        <form
            onSubmit={submit}
            aria-label={label}
            className="grid gap-3 rounded-md border p-3 md:grid-cols-3"
        >
            <h3 className="font-medium md:col-span-3">{label}</h3>
            <Field label={<Trans>Code (e.g. SR-HUONG-SON)</Trans>}>
                <Input name="code" required disabled={!!point} value={form.code} onChange={set('code')} />
            </Field>
            <Field label={<Trans>Name</Trans>}>
                <Input name="name" required value={form.name} onChange={set('name')} />
            </Field>
            <Field label={<Trans>Phone</Trans>}>
                <Input name="phone" required value={form.phone} onChange={set('phone')} />
            </Field>
            <Field label={<Trans>Street address</Trans>}>
                <Input name="streetLine" required value={form.streetLine} onChange={set('streetLine')} />
            </Field>
            <Field label={<Trans>Commune or ward</Trans>}>
                <Input name="commune" required value={form.commune} onChange={set('commune')} />
            </Field>
            <Field label={<Trans>Province</Trans>}>
                <Input name="province" required value={form.province} onChange={set('province')} />
            </Field>
            <Field label={<Trans>Area served (former district)</Trans>}>
                <Input name="area" required value={form.area} onChange={set('area')} />
            </Field>
            <Field label={<Trans>Latitude</Trans>}>
                <Input name="latitude" inputMode="decimal" value={form.latitude} onChange={set('latitude')} />
            </Field>
            <Field label={<Trans>Longitude</Trans>}>
                <Input
                    name="longitude"
                    inputMode="decimal"
                    value={form.longitude}
                    onChange={set('longitude')}
                />
            </Field>
            <Field label={<Trans>Opening hours, one line each (e.g. T2-T7 07:30-17:00)</Trans>}>
                <textarea
                    name="openingHours"
                    rows={3}
                    className="rounded-md border border-input bg-background px-3 py-2 font-mono text-sm"
                    value={form.hours}
                    onChange={set('hours')}
                />
            </Field>
            <Field label={<Trans>Opening note</Trans>}>
                <Input name="openingNote" value={form.openingNote} onChange={set('openingNote')} />
            </Field>
            <div className="flex flex-wrap items-center gap-2 md:col-span-3">
                <Button type="submit" disabled={pending}>
                    {point ? <Trans>Save</Trans> : <Trans>Create</Trans>}
                </Button>
                <Button type="button" variant="ghost" onClick={onDone}>
                    <Trans>Cancel</Trans>
                </Button>
                {point && (
                    <Button
                        type="button"
                        variant="outline"
                        onClick={() =>
                            setActive.mutate({ id: point.id, active: !point.active }, { onSuccess: onDone })
                        }
                    >
                        {point.active ? <Trans>Close (leave the public list)</Trans> : <Trans>Reopen</Trans>}
                    </Button>
                )}
            </div>
            <div className="md:col-span-3">
                <ErrorLine error={create.error ?? update.error ?? setActive.error} />
            </div>
        </form>
    );
}

/** A trade fair (office, Industry and Trade): create, or edit when `fair` is given. */
export function TradeFairForm({ fair, onDone }: { fair?: any; onDone: () => void }) {
    const { t } = useLingui();
    const create = useAdminMutation<{ input: any }>(CREATE_FAIR, ['ocop-sales-points']);
    const update = useAdminMutation<{ input: any }>(UPDATE_FAIR, ['ocop-sales-points']);
    const today = vietnamToday();
    const [form, setForm] = useState({
        code: fair?.code ?? '',
        name: fair?.name ?? '',
        venue: fair?.venue ?? '',
        province: fair?.province ?? 'Hà Tĩnh',
        startsOn: fair?.startsOn ?? today,
        endsOn: fair?.endsOn ?? today,
        organiser: fair?.organiser ?? '',
    });
    const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
        setForm({ ...form, [key]: e.target.value });
    const submit = (event: FormEvent) => {
        event.preventDefault();
        const { code, ...rest } = form;
        if (fair) update.mutate({ input: { id: fair.id, ...rest } }, { onSuccess: onDone });
        else create.mutate({ input: { code, ...rest } }, { onSuccess: onDone });
    };
    const label = fair ? t`Edit ${fair.code}` : t`New trade fair`;
    return (
        <form
            onSubmit={submit}
            aria-label={label}
            className="grid gap-3 rounded-md border p-3 md:grid-cols-3"
        >
            <h3 className="font-medium md:col-span-3">{label}</h3>
            <Field label={<Trans>Code (e.g. HC-OCOP-2026)</Trans>}>
                <Input name="code" required disabled={!!fair} value={form.code} onChange={set('code')} />
            </Field>
            <Field label={<Trans>Name</Trans>}>
                <Input name="name" required value={form.name} onChange={set('name')} />
            </Field>
            <Field label={<Trans>Venue</Trans>}>
                <Input name="venue" required value={form.venue} onChange={set('venue')} />
            </Field>
            <Field label={<Trans>Province</Trans>}>
                <Input name="province" required value={form.province} onChange={set('province')} />
            </Field>
            <Field label={<Trans>Starts on</Trans>}>
                <Input
                    name="startsOn"
                    type="date"
                    required
                    value={form.startsOn}
                    onChange={set('startsOn')}
                />
            </Field>
            <Field label={<Trans>Ends on</Trans>}>
                <Input name="endsOn" type="date" required value={form.endsOn} onChange={set('endsOn')} />
            </Field>
            <Field label={<Trans>Organiser</Trans>}>
                <Input name="organiser" value={form.organiser} onChange={set('organiser')} />
            </Field>
            <div className="flex flex-wrap items-center gap-2 md:col-span-3">
                <Button type="submit" disabled={create.isPending || update.isPending}>
                    {fair ? <Trans>Save</Trans> : <Trans>Create</Trans>}
                </Button>
                <Button type="button" variant="ghost" onClick={onDone}>
                    <Trans>Cancel</Trans>
                </Button>
            </div>
            <div className="md:col-span-3">
                <ErrorLine error={create.error ?? update.error} />
            </div>
        </form>
    );
}
