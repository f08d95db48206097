/** The part of pngjs (installed with qrcode, without type declarations) the browser tests use. */
declare module 'pngjs' {
    export const PNG: {
        sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
    };
}
