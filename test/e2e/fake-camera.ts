import fs from 'node:fs';
import QRCode from 'qrcode';

/**
 * A video file Chromium plays as its camera (`--use-file-for-fake-video-capture`): a QR code of
 * `text`, black on white, in Y4M (raw YUV 4:2:0, the format Chromium reads). The camera
 * scanners are tested on what a real camera would show them, through the same browser API.
 *
 * The code turns a quarter at a time (each way up for 0.3 s, the loop 1.2 s, out of step with
 * the scanners' twice-a-second look), as a label held in the hand does. A still, perfect frame
 * is a harder test than any camera gives: ZXing misses about 1 code in 20 held exactly one way
 * up at one size (stop 22's CI met one), and read every code of 1,500 in one of the four turns.
 */
export function writeQrVideo(file: string, text: string, width = 640, height = 480) {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const size = modules.size;
    const quiet = 4;
    const scale = Math.floor(Math.min(width, height) / (size + 2 * quiet));
    const side = (size + 2 * quiet) * scale;
    const left = Math.floor((width - side) / 2);
    const top = Math.floor((height - side) / 2);
    const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
    const frames: Buffer[] = [];
    for (let turns = 0; turns < 4; turns++) {
        const luma = Buffer.alloc(width * height, 255);
        for (let row = 0; row < size; row++) {
            for (let col = 0; col < size; col++) {
                if (!modules.get(row, col)) continue;
                let [r, c] = [row, col];
                for (let t = 0; t < turns; t++) [r, c] = [c, size - 1 - r];
                for (let y = 0; y < scale; y++) {
                    const start = (top + (r + quiet) * scale + y) * width + left + (c + quiet) * scale;
                    luma.fill(0, start, start + scale);
                }
            }
        }
        const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
        frames.push(frame, frame, frame);
    }
    const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
    fs.writeFileSync(file, Buffer.concat([header, ...frames]));
}

/** Chromium flags: the file above as the camera, and camera permission granted without asking. */
export const fakeCameraArgs = (file: string) => [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
];
