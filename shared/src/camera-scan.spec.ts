import { CameraRead, readCameraText, repeatFilter, startCameraScan, VideoScanReader } from './camera-scan';

const CODE = '7Q2M0XK4D9ZRB1TCX';
const URL = `https://ocop.hatinh.vn/v/${CODE.toLowerCase()}`;

/** A stand-in for ZXing's reader: the test decides when the camera opens and what each frame decodes to. */
function fakeReader() {
    let frame: ((text: string | undefined) => void) | undefined;
    let open: (() => void) | undefined;
    let fail: ((e: unknown) => void) | undefined;
    const state = { stops: 0, started: 0, video: undefined as unknown };
    const controls = { stop: () => void state.stops++ };
    const reader: VideoScanReader<string> = {
        decodeFromVideoDevice(_device, video, callback) {
            state.started++;
            state.video = video;
            frame = text =>
                callback(text === undefined ? undefined : { getText: () => text }, undefined, controls);
            return new Promise((resolve, reject) => {
                open = () => resolve(controls);
                fail = reject;
            });
        },
    };
    return {
        reader,
        state,
        frame: (text?: string) => frame!(text),
        open: async () => {
            open!();
            await Promise.resolve();
        },
        fail: async (e: unknown) => {
            fail!(e);
            await new Promise(r => setTimeout(r, 0));
        },
    };
}

describe('readCameraText', () => {
    it('takes the stamp code out of a QR URL or a bare code, and leaves an EAN-13 as it is', () => {
        expect(readCameraText(` ${URL}\n`)).toEqual({ text: URL, stampCode: CODE });
        expect(readCameraText('7q2m-0xk4-d9zr-b1tcx')).toEqual({
            text: '7q2m-0xk4-d9zr-b1tcx',
            stampCode: CODE,
        });
        expect(readCameraText('4006381333931')).toEqual({ text: '4006381333931', stampCode: null });
        // A mistyped check character is no stamp: the caller says "unreadable".
        expect(readCameraText('7Q2M0XK4D9ZRB1TCY').stampCode).toBeNull();
    });
});

describe('repeatFilter', () => {
    it('drops the same code within the window, however it was encoded, and passes it after', () => {
        let now = 0;
        const fresh = repeatFilter(1000, () => now);
        const read = (text: string): CameraRead => readCameraText(text);
        expect(fresh(read(URL))).toBe(true);
        now = 400;
        expect(fresh(read(CODE))).toBe(false);
        now = 1500;
        expect(fresh(read(CODE))).toBe(true);
        // Another code in between: the first one counts again at once.
        expect(fresh(read('4006381333931'))).toBe(true);
        expect(fresh(read(URL))).toBe(true);
    });
});

describe('startCameraScan', () => {
    it('reports the first read, mapped, and stops the camera: later frames are not reported', async () => {
        const camera = fakeReader();
        const reads: CameraRead[] = [];
        startCameraScan({ reader: camera.reader, video: 'preview', onRead: r => reads.push(r) });
        expect(camera.state.video).toBe('preview');
        await camera.open();
        camera.frame(undefined);
        camera.frame('   ');
        expect(reads).toEqual([]);
        camera.frame(URL);
        camera.frame('4006381333931');
        expect(reads).toEqual([{ text: URL, stampCode: CODE }]);
        expect(camera.state.stops).toBe(1);
    });

    it('a scanner stopped before the camera opened stops the camera as soon as it opens', async () => {
        const camera = fakeReader();
        const reads: CameraRead[] = [];
        const scan = startCameraScan({ reader: camera.reader, video: 'preview', onRead: r => reads.push(r) });
        scan.stop();
        await camera.open();
        expect(camera.state.stops).toBe(1);
        camera.frame(URL);
        expect(reads).toEqual([]);
    });

    it('continuous: one read per unit while it stays in front of the lens, the next unit at once', async () => {
        let now = 0;
        const camera = fakeReader();
        const reads: string[] = [];
        const scan = startCameraScan({
            reader: camera.reader,
            video: 'preview',
            onRead: r => reads.push(r.stampCode ?? r.text),
            continuous: true,
            now: () => now,
        });
        await camera.open();
        for (let frame = 0; frame < 10; frame++, now += 100) camera.frame(URL);
        camera.frame('4006381333931');
        now += 100;
        camera.frame(URL);
        expect(reads).toEqual([CODE, '4006381333931', CODE]);
        expect(camera.state.stops).toBe(0);
        scan.stop();
        camera.frame('4006381333931');
        expect(reads).toHaveLength(3);
        expect(camera.state.stops).toBe(1);
    });

    it('reports a camera that cannot open, unless the scanner was closed meanwhile', async () => {
        const camera = fakeReader();
        const errors: string[] = [];
        startCameraScan({
            reader: camera.reader,
            video: 'preview',
            onRead: () => undefined,
            onError: e => errors.push(e.message),
        });
        await camera.fail(new Error('Permission denied'));
        expect(errors).toEqual(['Permission denied']);

        const closed = fakeReader();
        const scan = startCameraScan({
            reader: closed.reader,
            video: 'preview',
            onRead: () => undefined,
            onError: e => errors.push(e.message),
        });
        scan.stop();
        await closed.fail('NotFoundError');
        expect(errors).toEqual(['Permission denied']);
    });
});
