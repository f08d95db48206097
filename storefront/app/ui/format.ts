import { formatVnd } from '@ocop/shared';

/** A price or a price range in minor units: `150.000 ₫`. */
export function formatPrice(min: number, max = min): { single: boolean; text: string } {
    return { single: min === max, text: formatVnd(min) };
}

/**
 * Resized asset URL (WebP, cropped to the box) through the storefront's own `/media/` path,
 * which `server.js` forwards to Vendure's asset server: a phone then opens no second
 * connection (DNS, TCP, TLS) before it can fetch the largest picture of the page.
 */
export function assetUrl(preview: string, width: number, height = width): string {
    const media = preview.replace(/^(?:https?:)?\/\/[^/]+\/assets\//, '/media/');
    const sep = media.includes('?') ? '&' : '?';
    return `${media}${sep}w=${width}&h=${height}&mode=crop&format=webp`;
}

/**
 * The same picture at the asset server's own absolute URL, for link previews and JSON-LD:
 * read by robots from anywhere, never by the page itself.
 */
export function sharedAssetUrl(preview: string, width: number, height = width): string {
    const sep = preview.includes('?') ? '&' : '?';
    return `${preview}${sep}w=${width}&h=${height}&mode=crop&format=webp`;
}

/** `srcset` of a square crop at the given widths. */
export function assetSrcSet(preview: string, widths: number[]): string {
    return widths.map(w => `${assetUrl(preview, w)} ${w}w`).join(', ');
}
