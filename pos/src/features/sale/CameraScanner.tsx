import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserMultiFormatReader, type IScannerControls } from '@zxing/browser';

/** The tablet camera as a scanner (QR stamps and EAN-13). Loaded only when opened: ZXing is large. */
export default function CameraScanner({
    onResult,
    onClose,
}: {
    onResult: (text: string) => void;
    onClose: () => void;
}) {
    const { t } = useTranslation();
    const video = useRef<HTMLVideoElement>(null);
    const [error, setError] = useState('');

    useEffect(() => {
        let controls: IScannerControls | undefined;
        let done = false;
        const reader = new BrowserMultiFormatReader();
        reader
            .decodeFromVideoDevice(undefined, video.current!, (result, _err, c) => {
                if (result && !done) {
                    done = true;
                    c.stop();
                    onResult(result.getText());
                }
            })
            .then(c => {
                controls = c;
                if (done) c.stop();
            })
            .catch((e: Error) => setError(e.message));
        return () => controls?.stop();
    }, [onResult]);

    return (
        <div className="modal" role="dialog" aria-modal="true" aria-label={t('sale.camera')}>
            <div className="modal-body">
                <h2>{t('sale.camera')}</h2>
                <video ref={video} className="camera" muted playsInline />
                {error && <p className="error">{t('sale.cameraError', { message: error })}</p>}
                <button type="button" className="btn big" onClick={onClose}>
                    {t('common.close')}
                </button>
            </div>
        </div>
    );
}
