import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '@vendure/dashboard';
import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';

/** The computer's or phone's camera as a stamp scanner (QR only). Loaded when opened: ZXing is large. */
export default function CameraScanner({
    onResult,
    onClose,
}: {
    onResult: (text: string) => void;
    onClose: () => void;
}) {
    const { t } = useLingui();
    const video = useRef<HTMLVideoElement>(null);
    const [error, setError] = useState('');

    useEffect(() => {
        let controls: IScannerControls | undefined;
        let done = false;
        const reader = new BrowserQRCodeReader();
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
        <div role="dialog" aria-modal="true" aria-label={t`Camera`} className="mt-3 flex flex-col gap-2">
            <video ref={video} className="w-full max-w-md rounded border" muted playsInline />
            {error && (
                <p role="alert" className="text-sm text-destructive">
                    <Trans>Camera unavailable: {error}</Trans>
                </p>
            )}
            <div>
                <Button type="button" variant="outline" onClick={onClose}>
                    <Trans>Close camera</Trans>
                </Button>
            </div>
        </div>
    );
}
