import { isEan13, stampCodeFromScan } from './scan';
import { isWellFormedStampCode } from './stamp-code';

/**
 * The camera as a scanner, without a framework: the POS tablet and the back office's
 * packing page wrap this in their own React component (their own look, words and
 * ZXing reader: the tablet also reads EAN-13, packing reads QR only). ZXing itself is
 * passed in, so this module stays free of browser APIs and dependencies.
 */

/** What the camera read. */
export interface CameraRead {
    /** The decoded text, trimmed: what a keyboard-wedge scanner would have typed. */
    text: string;
    /** The stamp code it holds (a `/v/<code>` URL or the bare code), normalized; null for an EAN-13 or anything else. */
    stampCode: string | null;
}

/** Stops a running reader (ZXing's `IScannerControls`). */
export interface ScanControls {
    stop(): void;
}

/** The part of a ZXing browser reader (`BrowserQRCodeReader`, `BrowserMultiFormatReader`) used here. */
export interface VideoScanReader<Video> {
    decodeFromVideoDevice(
        deviceId: string | undefined,
        video: Video,
        callback: (result: { getText(): string } | undefined, error: unknown, controls: ScanControls) => void,
    ): Promise<ScanControls>;
}

export interface CameraScanOptions<Video> {
    reader: VideoScanReader<Video>;
    /** The element the preview plays in (an `HTMLVideoElement`). */
    video: Video;
    onRead: (read: CameraRead) => void;
    /** No camera, or permission refused. */
    onError?: (error: Error) => void;
    /**
     * Keep reading after a read (units passed one after another). By default the first
     * read stops the camera, as both apps use it: one scan per opening.
     */
    continuous?: boolean;
    /**
     * The same code read again within this many ms is the same unit still in front of
     * the lens (the reader decodes every frame), not a second unit.
     */
    repeatMs?: number;
    now?: () => number;
}

/** A code held in front of the lens is decoded on every frame: one unit, one read. */
export const CAMERA_REPEAT_MS = 1500;

/** Reads decoded text the way a scan field does: EAN-13 first, then a stamp code or its URL. */
export function readCameraText(decoded: string): CameraRead {
    const text = (decoded ?? '').trim();
    if (isEan13(text)) return { text, stampCode: null };
    const code = stampCodeFromScan(text);
    return { text, stampCode: isWellFormedStampCode(code) ? code : null };
}

/**
 * A filter that passes a read unless the same code (the stamp code, else the text) passed
 * less than `repeatMs` ago. A different code in between starts afresh.
 */
export function repeatFilter(repeatMs = CAMERA_REPEAT_MS, now: () => number = Date.now) {
    let lastKey: string | undefined;
    let lastAt = -Infinity;
    return (read: CameraRead): boolean => {
        const key = read.stampCode ?? read.text;
        const at = now();
        if (key === lastKey && at - lastAt < repeatMs) return false;
        lastKey = key;
        lastAt = at;
        return true;
    };
}

/**
 * Starts the camera and reads codes until `stop()` (or the first read, unless
 * `continuous`). Stopping before the camera has opened still stops it once it opens,
 * and nothing is reported after `stop()`.
 */
export function startCameraScan<Video>(options: CameraScanOptions<Video>): { stop(): void } {
    let stopped = false;
    let controls: ScanControls | undefined;
    const fresh = repeatFilter(options.repeatMs, options.now);
    options.reader
        .decodeFromVideoDevice(undefined, options.video, (result, _error, running) => {
            if (!result || stopped) return;
            const read = readCameraText(result.getText());
            if (!read.text || !fresh(read)) return;
            if (!options.continuous) {
                stopped = true;
                running.stop();
            }
            options.onRead(read);
        })
        .then(opened => {
            controls = opened;
            if (stopped) opened.stop();
        })
        .catch((e: unknown) => {
            if (!stopped) options.onError?.(e instanceof Error ? e : new Error(String(e)));
        });
    return {
        stop() {
            stopped = true;
            controls?.stop();
        },
    };
}
