import QRCode from 'qrcode';

/**
 * The VietQR payload as an inline SVG drawn on the server: black modules on white with the
 * standard four-module quiet zone, error correction M (banking apps read it at arm's length).
 * No image request, nothing for the browser to compute.
 */
export function qrSvg(payload: string): Promise<string> {
    return QRCode.toString(payload, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 4,
        color: { dark: '#000000ff', light: '#ffffffff' },
    });
}
