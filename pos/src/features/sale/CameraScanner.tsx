import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserMultiFormatReader } from '@zxing/browser';
import { startCameraScan } from '@ocop/shared';

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

    // The parent passes a new callback on every render. The camera opens once per mount and
    // calls the latest one: restarting it on each render (the effect depending on the
    // callback) closed the camera before any frame was decoded whenever the page re-rendered.
    const latest = useRef(onResult);
    useEffect(() => {
        latest.current = onResult;
    }, [onResult]);

    useEffect(() => {
        const scan = startCameraScan({
            reader: new BrowserMultiFormatReader(),
            video: video.current!,
            // The sale screen reads the text itself: an EAN-13 adds a product, a stamp a unit.
            onRead: read => latest.current(read.text),
            onError: e => setError(e.message),
        });
        return () => scan.stop();
    }, []);

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
