import fs from 'node:fs';
import QRCode from 'qrcode';

/**
 * A video file Chromium plays as its camera (`--use-file-for-fake-video-capture`): a QR code of
 * `text`, black on white, still, in Y4M (raw YUV 4:2:0, the format Chromium reads). The camera
 * scanners are tested on what a real camera would show them, through the same browser API.
 */
export function writeQrVideo(file: string, text: string, width = 640, height = 480, frames = 10) {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const quiet = 4;
    const scale = Math.floor(Math.min(width, height) / (modules.size + 2 * quiet));
    const side = (modules.size + 2 * quiet) * scale;
    const left = Math.floor((width - side) / 2);
    const top = Math.floor((height - side) / 2);
    const luma = Buffer.alloc(width * height, 255);
    for (let row = 0; row < modules.size; row++) {
        for (let col = 0; col < modules.size; col++) {
            if (!modules.get(row, col)) continue;
            for (let y = 0; y < scale; y++) {
                const start = (top + (row + quiet) * scale + y) * width + left + (col + quiet) * scale;
                luma.fill(0, start, start + scale);
            }
        }
    }
    const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
    const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
    const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
    fs.writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/** Chromium flags: the file above as the camera, and camera permission granted without asking. */
export const fakeCameraArgs = (file: string) => [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
];
