import { PROVINCES } from '@ocop/shared';
import { useTranslation } from 'react-i18next';
import type { AddressInput, FieldErrors } from './address';
import { Field, SelectField } from './Field';

/**
 * The delivery address fields (checkout and the account's address book): recipient, phone,
 * street and house number, commune/ward, one of the 34 provinces. Hà Tĩnh is first in the
 * list (most buyers live there); the rest are in the official order.
 */
export function AddressFields({
    idPrefix,
    values,
    errors,
}: {
    idPrefix: string;
    values?: Partial<AddressInput>;
    errors?: FieldErrors;
}) {
    const { t } = useTranslation('checkout');
    const err = (field: keyof FieldErrors) =>
        errors?.[field] ? t(`fieldErrors.${errors[field] as 'fullNameRequired'}`) : undefined;
    const haTinh = PROVINCES.find(p => p.code === '42');
    const others = PROVINCES.filter(p => p.code !== '42');
    return (
        <>
            <Field
                id={`${idPrefix}-fullName`}
                name="fullName"
                label={t('address.fullName')}
                autoComplete="name"
                required
                defaultValue={values?.fullName ?? ''}
                error={err('fullName')}
            />
            <Field
                id={`${idPrefix}-phone`}
                name="phoneNumber"
                type="tel"
                inputMode="tel"
                label={t('address.phone')}
                hint={t('address.phoneHint')}
                autoComplete="tel"
                required
                defaultValue={values?.phoneNumber ?? ''}
                error={err('phoneNumber')}
            />
            <Field
                id={`${idPrefix}-street`}
                name="streetLine1"
                label={t('address.street')}
                hint={t('address.streetHint')}
                autoComplete="address-line1"
                required
                defaultValue={values?.streetLine1 ?? ''}
                error={err('streetLine1')}
            />
            <Field
                id={`${idPrefix}-commune`}
                name="city"
                label={t('address.commune')}
                hint={t('address.communeHint')}
                autoComplete="address-level3"
                required
                defaultValue={values?.city ?? ''}
                error={err('city')}
            />
            <SelectField
                id={`${idPrefix}-province`}
                name="province"
                label={t('address.province')}
                autoComplete="address-level1"
                required
                defaultValue={values?.province ?? ''}
                error={err('province')}
            >
                <option value="">{t('address.chooseProvince')}</option>
                {haTinh ? <option value={haTinh.name}>{haTinh.name}</option> : null}
                {others.map(p => (
                    <option key={p.code} value={p.name}>
                        {p.name}
                    </option>
                ))}
            </SelectField>
            <p className="field-hint">{t('address.reformNote')}</p>
        </>
    );
}
