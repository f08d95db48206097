import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { buildVietQrPayload, minorToDong } from '@ocop/shared';
import { formatVnd } from '../../ui/format';

/** A dynamic VietQR (amount filled in) for the buyer's banking app; the cashier confirms the transfer by eye. */
export default function VietQrCode(props: {
    bankBin: string;
    accountNumber: string;
    accountName?: string;
    /** Minor units. */
    amount: number;
    purpose: string;
}) {
    const { t } = useTranslation();
    const [svg, setSvg] = useState('');
    const payload = buildVietQrPayload({
        bankBin: props.bankBin,
        accountNumber: props.accountNumber,
        amount: minorToDong(props.amount),
        purpose: props.purpose,
    });
    useEffect(() => {
        void QRCode.toString(payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setSvg);
    }, [payload]);
    return (
        <figure className="vietqr" data-testid="vietqr" data-payload={payload}>
            <div className="vietqr-code" dangerouslySetInnerHTML={{ __html: svg }} />
            <figcaption>
                {props.accountName} · {props.accountNumber}
                <br />
                <strong>{formatVnd(props.amount)}</strong> — {t('tender.scanToPay')}
            </figcaption>
        </figure>
    );
}
