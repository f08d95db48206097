import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '@vendure/dashboard';
import { BrowserQRCodeReader } from '@zxing/browser';
import { startCameraScan } from '@ocop/shared';
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

    // The parent passes a new callback on every render. The camera opens once per mount and
    // calls the latest one: restarting it on each render (the effect depending on the
    // callback) closed the camera before any frame was decoded whenever the page re-rendered.
    const latest = useRef(onResult);
    useEffect(() => {
        latest.current = onResult;
    }, [onResult]);

    useEffect(() => {
        const scan = startCameraScan({
            reader: new BrowserQRCodeReader(),
            video: video.current!,
            // The server reads the stamp out of the text and names what is wrong with it.
            onRead: read => latest.current(read.text),
            onError: e => setError(e.message),
        });
        return () => scan.stop();
    }, []);

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
