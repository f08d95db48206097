/**
 * Shop-style illustrations for the demo catalogue, drawn as SVG and rendered
 * to JPEG with sharp (librsvg). No image files, no network: everything comes
 * from a product's {@link ImageSpec}.
 *
 * @example
 * const jpeg = await renderProductImage(demoProducts[0]); // 800×800 JPEG
 */
import sharp from 'sharp';

import type { DemoProducer, DemoProduct, ImageKind, ImageSpec } from './types';

export const PRODUCT_IMAGE_SIZE = 800;
export const PRODUCER_BANNER_WIDTH = 1200;
export const PRODUCER_BANNER_HEIGHT = 500;
const JPEG_QUALITY = 82;
const FONT = "'DejaVu Sans', sans-serif";

/** Render the product's 800×800 shop picture as JPEG. */
export async function renderProductImage(product: DemoProduct): Promise<Buffer> {
    return sharp(Buffer.from(productSvg(product)))
        .jpeg({ quality: JPEG_QUALITY })
        .toBuffer();
}

/** Render a 1200×500 JPEG banner for the producer's page. */
export async function renderProducerImage(producer: DemoProducer): Promise<Buffer> {
    return sharp(Buffer.from(producerSvg(producer)))
        .jpeg({ quality: JPEG_QUALITY })
        .toBuffer();
}

/**
 * The SVG source of a product picture (exposed for previews and tests). It carries no OCOP
 * badge: the storefront draws the badge from `Product.ocop`, and a badge painted into the
 * picture would outlive a revocation.
 */
export function productSvg(product: DemoProduct): string {
    const spec = product.image;
    const color = spec.color ?? DEFAULT_COLORS[spec.kind];
    const [c1, c2] = spec.palette;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
<defs>
  <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${mix(c1, '#ffffff', 0.35)}"/>
    <stop offset="0.72" stop-color="${c1}"/>
    <stop offset="1" stop-color="${mix(c1, c2, 0.5)}"/>
  </linearGradient>
  <radialGradient id="glow" cx="0.5" cy="0.42" r="0.55">
    <stop offset="0" stop-color="#ffffff" stop-opacity="0.75"/>
    <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
  </radialGradient>
  <linearGradient id="table" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${mix(c2, '#ffffff', 0.25)}"/>
    <stop offset="1" stop-color="${c2}"/>
  </linearGradient>
  <radialGradient id="shadow" cx="0.5" cy="0.5" r="0.5">
    <stop offset="0" stop-color="#000" stop-opacity="0.28"/>
    <stop offset="1" stop-color="#000" stop-opacity="0"/>
  </radialGradient>
</defs>
<rect width="800" height="800" fill="url(#bg)"/>
<rect width="800" height="800" fill="url(#glow)"/>
<path d="M0 600 Q400 570 800 600 L800 800 L0 800 Z" fill="url(#table)"/>
<path d="M0 600 Q400 570 800 600" fill="none" stroke="#ffffff" stroke-opacity="0.45" stroke-width="3"/>
<ellipse cx="400" cy="612" rx="260" ry="34" fill="url(#shadow)"/>
${drawObject(spec, color)}
${labelBand(spec.label, color)}
</svg>`;
}

/** The SVG source of a producer banner. */
export function producerSvg(producer: DemoProducer): string {
    const [c1, c2] = producer.banner.palette;
    const dark = luminance(c1) < 0.45;
    const ink = dark ? '#ffffff' : '#2b2118';
    const sub = dark ? 'rgba(255,255,255,0.85)' : 'rgba(43,33,24,0.8)';
    const lines = wrap(producer.name, 20);
    const nameSize = lines.length > 2 ? 40 : 48;
    const motifColor = DEFAULT_COLORS[producer.banner.motif];
    const nameSvg = lines
        .slice(0, 3)
        .map(
            (l, i) =>
                `<text x="70" y="${150 + i * (nameSize + 12)}" font-family="${FONT}" font-weight="bold" font-size="${nameSize}" fill="${ink}">${esc(l)}</text>`,
        )
        .join('');
    const infoY = 150 + Math.min(lines.length, 3) * (nameSize + 12) + 22;
    const typeLabel = { COOPERATIVE: 'Hợp tác xã', COMPANY: 'Doanh nghiệp', HOUSEHOLD: 'Hộ kinh doanh' }[
        producer.type
    ];
    return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="500" viewBox="0 0 1200 500">
<defs>
  <linearGradient id="bbg" x1="0" y1="0" x2="1" y2="0.4">
    <stop offset="0" stop-color="${c1}"/>
    <stop offset="1" stop-color="${c2}"/>
  </linearGradient>
  <radialGradient id="bglow" cx="0.78" cy="0.5" r="0.45">
    <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/>
    <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
  </radialGradient>
  <radialGradient id="shadow" cx="0.5" cy="0.5" r="0.5">
    <stop offset="0" stop-color="#000" stop-opacity="0.25"/>
    <stop offset="1" stop-color="#000" stop-opacity="0"/>
  </radialGradient>
</defs>
<rect width="1200" height="500" fill="url(#bbg)"/>
<rect width="1200" height="500" fill="url(#bglow)"/>
<path d="M0 430 Q300 400 600 430 T1200 420 L1200 500 L0 500 Z" fill="#ffffff" fill-opacity="0.18"/>
<g transform="translate(930 255) scale(0.6) translate(-400 -430)">
  <ellipse cx="400" cy="612" rx="260" ry="34" fill="url(#shadow)"/>
  ${drawObject({ kind: producer.banner.motif, palette: producer.banner.palette, label: '' }, motifColor)}
</g>
<rect x="70" y="62" rx="16" ry="16" width="${typeLabel.length * 15 + 40}" height="36" fill="${ink}" fill-opacity="0.14"/>
<text x="90" y="87" font-family="${FONT}" font-size="22" fill="${ink}">${esc(typeLabel)}</text>
${nameSvg}
<text x="70" y="${infoY}" font-family="${FONT}" font-size="26" fill="${sub}">${esc(`${producer.commune} · ${producer.area} · Hà Tĩnh`)}</text>
<text x="70" y="${infoY + 44}" font-family="${FONT}" font-size="22" fill="${sub}">${esc(`Đại diện: ${producer.representative}`)}</text>
<g transform="translate(70 ${Math.min(infoY + 80, 440)})">
  <rect width="290" height="40" rx="20" fill="${producer.active ? '#c62828' : '#616161'}"/>
  <text x="145" y="27" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="19" fill="#ffffff">${producer.active ? 'Sản phẩm OCOP Hà Tĩnh' : 'Tạm ngừng hoạt động'}</text>
</g>
</svg>`;
}

// ---------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------

const DEFAULT_COLORS: Record<ImageKind, string> = {
    orange: '#f57c00',
    pomelo: '#9ccc65',
    honey: '#d48806',
    'fish-sauce': '#8b4513',
    candy: '#c62828',
    antler: '#a0522d',
    wine: '#8b4513',
    extract: '#5d4037',
    tea: '#2e7d32',
    mushroom: '#b0a089',
    basket: '#b0834f',
    mat: '#c9a86a',
    plant: '#43a047',
    oil: '#e0a800',
    incense: '#6d4c41',
    melon: '#9ccc65',
    'rice-paper': '#f3e9d2',
    'dried-seafood': '#e8b07a',
    village: '#8d6e63',
    'gift-box': '#c62828',
};

function labelBand(label: string, color: string): string {
    if (!label) {
        return '';
    }
    const band = luminance(color) > 0.55 ? mix(color, '#3e2723', 0.7) : mix(color, '#000000', 0.15);
    const size = Math.min(44, Math.floor(560 / (label.length * 0.64)));
    return `<g>
  <path d="M96 668 L70 700 L96 732 L140 732 L140 668 Z" fill="${mix(band, '#000000', 0.35)}"/>
  <path d="M704 668 L730 700 L704 732 L660 732 L660 668 Z" fill="${mix(band, '#000000', 0.35)}"/>
  <rect x="112" y="652" width="576" height="72" rx="10" fill="${band}"/>
  <rect x="122" y="660" width="556" height="56" rx="6" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="2" stroke-dasharray="6 5"/>
  <text x="400" y="${688 + size * 0.36}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${size}" fill="#ffffff">${esc(label)}</text>
</g>`;
}

// ---------------------------------------------------------------------------
// Objects. Each draws into the 800×800 frame, resting on the table at y≈605.
// ---------------------------------------------------------------------------

type Drawer = (spec: ImageSpec, c: string) => string;

function drawObject(spec: ImageSpec, color: string): string {
    const drawer = DRAWERS[spec.kind] ?? drawGiftBox;
    return drawer(spec, color);
}

const DRAWERS: Record<ImageKind, Drawer> = {
    orange: drawOrange,
    pomelo: drawPomelo,
    honey: drawHoney,
    'fish-sauce': drawFishSauce,
    candy: drawCandy,
    antler: drawAntlers,
    wine: drawWine,
    extract: drawExtract,
    tea: drawTea,
    mushroom: drawMushrooms,
    basket: drawBasket,
    mat: drawMat,
    plant: drawPlant,
    oil: drawOil,
    incense: drawIncense,
    melon: drawMelon,
    'rice-paper': drawRicePaper,
    'dried-seafood': drawSquid,
    village: drawVillage,
    'gift-box': drawGiftBox,
};

function sphereGradient(id: string, c: string): string {
    return `<radialGradient id="${id}" cx="0.36" cy="0.32" r="0.75">
    <stop offset="0" stop-color="${mix(c, '#ffffff', 0.55)}"/>
    <stop offset="0.45" stop-color="${c}"/>
    <stop offset="1" stop-color="${mix(c, '#000000', 0.35)}"/>
  </radialGradient>`;
}

function glassGradient(id: string, c: string): string {
    return `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">
    <stop offset="0" stop-color="${mix(c, '#000000', 0.35)}"/>
    <stop offset="0.25" stop-color="${mix(c, '#ffffff', 0.2)}"/>
    <stop offset="0.55" stop-color="${c}"/>
    <stop offset="1" stop-color="${mix(c, '#000000', 0.45)}"/>
  </linearGradient>`;
}

function leaf(x: number, y: number, len: number, angle: number, fill = '#43a047'): string {
    return `<g transform="translate(${x} ${y}) rotate(${angle})">
    <path d="M0 0 C${len * 0.3} ${-len * 0.32} ${len * 0.75} ${-len * 0.3} ${len} 0 C${len * 0.7} ${len * 0.3} ${len * 0.3} ${len * 0.3} 0 0 Z" fill="${fill}"/>
    <path d="M0 0 C${len * 0.35} ${-len * 0.04} ${len * 0.7} ${-len * 0.04} ${len * 0.95} 0" stroke="${mix(fill, '#ffffff', 0.35)}" stroke-width="3" fill="none"/>
  </g>`;
}

function drawOrange(spec: ImageSpec, c: string): string {
    const dots = [
        [470, 380],
        [520, 420],
        [400, 500],
        [470, 520],
        [380, 410],
        [530, 480],
        [440, 440],
    ]
        .map(
            ([x, y]) =>
                `<circle cx="${x}" cy="${y}" r="3" fill="${mix(c, '#000000', 0.25)}" fill-opacity="0.35"/>`,
        )
        .join('');
    const segments = Array.from({ length: 10 }, (_, i) => {
        const a = (i * Math.PI) / 5;
        return `<line x1="0" y1="0" x2="${(62 * Math.cos(a)).toFixed(1)}" y2="${(62 * Math.sin(a)).toFixed(1)}" stroke="#fff3e0" stroke-width="4"/>`;
    }).join('');
    const juice =
        spec.variant === 'juice'
            ? `<g>
    <path d="M196 300 L256 300 L256 330 Q286 350 286 390 L286 590 Q286 606 270 606 L182 606 Q166 606 166 590 L166 390 Q166 350 196 330 Z" fill="url(#juiceGlass)"/>
    <rect x="190" y="268" width="72" height="36" rx="6" fill="#2e7d32"/>
    <rect x="178" y="430" width="96" height="100" rx="8" fill="#fffde7"/>
    <circle cx="226" cy="470" r="22" fill="${c}"/>
    <path d="M226 448 C236 436 250 436 256 442" stroke="#43a047" stroke-width="5" fill="none"/>
    <rect x="192" y="502" width="68" height="8" rx="4" fill="${mix(c, '#000000', 0.2)}"/>
    <rect x="178" y="350" width="14" height="230" rx="7" fill="#ffffff" fill-opacity="0.35"/>
  </g>`
            : `<circle cx="275" cy="492" r="108" fill="url(#orangeSkin)"/>
  <path d="M270 386 C268 380 272 374 278 372" stroke="#5d4037" stroke-width="6" fill="none"/>`;
    return `<defs>${sphereGradient('orangeSkin', c)}${glassGradient('juiceGlass', mix(c, '#ffb300', 0.4))}
  <radialGradient id="flesh" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fff8e1"/><stop offset="1" stop-color="${mix(c, '#ffe082', 0.55)}"/></radialGradient></defs>
  ${juice}
  <circle cx="440" cy="445" r="150" fill="url(#orangeSkin)"/>
  ${dots}
  <path d="M440 296 L446 276" stroke="#5d4037" stroke-width="9" stroke-linecap="round"/>
  ${leaf(446, 282, 140, -28, '#388e3c')}
  ${leaf(442, 286, 100, -150, '#2e7d32')}
  <g transform="translate(585 560)">
    <ellipse cx="0" cy="34" rx="80" ry="14" fill="#000" fill-opacity="0.18"/>
    <circle r="78" fill="${mix(c, '#000000', 0.1)}"/>
    <circle r="68" fill="url(#flesh)"/>
    ${segments}
    <circle r="8" fill="#fff8e1"/>
  </g>`;
}

function drawPomelo(_spec: ImageSpec, c: string): string {
    const pomelo = (x: number, y: number, s: number) => `<g transform="translate(${x} ${y}) scale(${s})">
    <path d="M0 -170 C60 -170 70 -120 110 -90 C170 -45 175 60 130 110 C90 155 -90 155 -130 110 C-175 60 -170 -45 -110 -90 C-70 -120 -60 -170 0 -170 Z" fill="url(#pomeloSkin)"/>
    <path d="M0 -170 L4 -196" stroke="#5d4037" stroke-width="10" stroke-linecap="round"/>
  </g>`;
    const pulp = Array.from({ length: 9 }, (_, i) => {
        const a = (i * 2 * Math.PI) / 9;
        return `<path d="M0 0 L${(60 * Math.cos(a)).toFixed(1)} ${(60 * Math.sin(a)).toFixed(1)}" stroke="#fff" stroke-width="4"/>`;
    }).join('');
    return `<defs>${sphereGradient('pomeloSkin', c)}</defs>
  ${pomelo(300, 460, 0.7)}
  ${pomelo(450, 445, 1)}
  ${leaf(455, 252, 150, -20, '#2e7d32')}
  ${leaf(450, 256, 120, -165, '#388e3c')}
  <g transform="translate(600 570)">
    <ellipse cx="0" cy="30" rx="84" ry="14" fill="#000" fill-opacity="0.18"/>
    <circle r="80" fill="${mix(c, '#ffffff', 0.65)}"/>
    <circle r="66" fill="#f8bbd0"/>
    ${pulp}
    <circle r="10" fill="#fff"/>
  </g>`;
}

function drawHoney(_spec: ImageSpec, c: string): string {
    const hex = (x: number, y: number, r: number) => {
        const pts = Array.from({ length: 6 }, (_, i) => {
            const a = Math.PI / 6 + (i * Math.PI) / 3;
            return `${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`;
        });
        return `<polygon points="${pts.join(' ')}" fill="${mix(c, '#ffeb3b', 0.3)}" stroke="${mix(c, '#000000', 0.25)}" stroke-width="4"/>`;
    };
    const comb = [
        [170, 560],
        [214, 560],
        [192, 522],
        [236, 522],
        [148, 522],
        [258, 560],
    ]
        .map(([x, y]) => hex(x, y, 24))
        .join('');
    return `<defs>${glassGradient('honeyG', c)}
  <pattern id="gingham" width="24" height="24" patternUnits="userSpaceOnUse">
    <rect width="24" height="24" fill="#ffffff"/><rect width="12" height="24" fill="#e53935" fill-opacity="0.55"/><rect width="24" height="12" fill="#e53935" fill-opacity="0.55"/>
  </pattern></defs>
  ${comb}
  <rect x="300" y="320" width="240" height="286" rx="46" fill="url(#honeyG)"/>
  <rect x="322" y="350" width="22" height="220" rx="11" fill="#ffffff" fill-opacity="0.35"/>
  <path d="M290 318 Q300 268 420 262 Q540 268 550 318 Q560 348 534 340 Q520 360 500 342 Q480 362 460 342 Q440 362 420 342 Q400 362 380 342 Q360 362 340 342 Q320 360 306 340 Q280 348 290 318 Z" fill="url(#gingham)" stroke="#b71c1c" stroke-width="2"/>
  <path d="M300 318 Q420 338 540 318" stroke="#8d6e63" stroke-width="7" fill="none"/>
  <rect x="338" y="420" width="164" height="110" rx="12" fill="#fffde7" stroke="${mix(c, '#000000', 0.3)}" stroke-width="3"/>
  ${hex(420, 456, 20)}
  <rect x="362" y="490" width="116" height="10" rx="5" fill="${mix(c, '#000000', 0.3)}"/>
  <rect x="382" y="508" width="76" height="8" rx="4" fill="${mix(c, '#000000', 0.15)}"/>
  <g transform="translate(600 430) rotate(28)">
    <rect x="-9" y="-190" width="18" height="190" rx="8" fill="#a1887f"/>
    <ellipse cx="0" cy="10" rx="36" ry="16" fill="#8d6e63"/>
    <rect x="-34" y="10" width="68" height="70" rx="14" fill="#8d6e63"/>
    <ellipse cx="0" cy="30" rx="36" ry="10" fill="none" stroke="#6d4c41" stroke-width="6"/>
    <ellipse cx="0" cy="52" rx="36" ry="10" fill="none" stroke="#6d4c41" stroke-width="6"/>
    <path d="M-34 40 Q-40 90 -14 96 Q10 100 34 60 L34 20 Z" fill="${c}" fill-opacity="0.8"/>
  </g>
  <path d="M560 560 Q556 590 568 604 Q584 610 590 596 Q592 580 578 566 Z" fill="${c}"/>
  <ellipse cx="575" cy="604" rx="40" ry="8" fill="${c}" fill-opacity="0.85"/>`;
}

function bottlePath(
    x: number,
    top: number,
    w: number,
    neckW: number,
    shoulder: number,
    bottom: number,
): string {
    const l = x - w / 2;
    const r = x + w / 2;
    const nl = x - neckW / 2;
    const nr = x + neckW / 2;
    return `M${nl} ${top} L${nr} ${top} L${nr} ${shoulder - 40} Q${r} ${shoulder - 10} ${r} ${shoulder + 40} L${r} ${bottom - 16} Q${r} ${bottom} ${r - 16} ${bottom} L${l + 16} ${bottom} Q${l} ${bottom} ${l} ${bottom - 16} L${l} ${shoulder + 40} Q${l} ${shoulder - 10} ${nl} ${shoulder - 40} Z`;
}

function drawFishSauce(_spec: ImageSpec, c: string): string {
    const fish = `<g transform="translate(400 474)">
    <ellipse rx="44" ry="20" fill="#1565c0"/>
    <path d="M38 0 L70 -22 L70 22 Z" fill="#1565c0"/>
    <circle cx="-26" cy="-5" r="4" fill="#fff"/>
    <path d="M-8 -16 Q0 0 -8 16" stroke="#90caf9" stroke-width="3" fill="none"/>
  </g>`;
    const chilli = [
        [572, 566],
        [596, 574],
        [612, 560],
        [584, 556],
    ]
        .map(
            ([x, y]) =>
                `<circle cx="${x}" cy="${y}" r="7" fill="#e53935" stroke="#ffcdd2" stroke-width="2"/>`,
        )
        .join('');
    return `<defs>${glassGradient('fsG', c)}${glassGradient('fsG2', mix(c, '#000000', 0.1))}</defs>
  <path d="${bottlePath(260, 290, 120, 36, 400, 600)}" fill="url(#fsG2)" opacity="0.9"/>
  <rect x="242" y="268" width="36" height="30" rx="5" fill="#1565c0"/>
  <rect x="214" y="460" width="92" height="80" rx="6" fill="#fffde7" opacity="0.95"/>
  <path d="${bottlePath(400, 210, 170, 48, 350, 606)}" fill="url(#fsG)"/>
  <rect x="374" y="178" width="52" height="40" rx="7" fill="#c62828"/>
  <rect x="370" y="210" width="60" height="10" rx="3" fill="#8e0000"/>
  <rect x="330" y="380" width="18" height="200" rx="9" fill="#ffffff" fill-opacity="0.3"/>
  <rect x="330" y="420" width="140" height="140" rx="10" fill="#fffde7" stroke="#1565c0" stroke-width="4"/>
  ${fish}
  <path d="M340 432 L460 432" stroke="#1565c0" stroke-width="3"/>
  <rect x="350" y="512" width="100" height="10" rx="5" fill="#c62828"/>
  <rect x="365" y="530" width="70" height="8" rx="4" fill="#1565c0" fill-opacity="0.6"/>
  <g>
    <ellipse cx="590" cy="598" rx="72" ry="14" fill="#000" fill-opacity="0.15"/>
    <path d="M520 560 Q524 604 590 606 Q656 604 660 560 Z" fill="#ffffff" stroke="#90a4ae" stroke-width="3"/>
    <ellipse cx="590" cy="560" rx="70" ry="18" fill="#eceff1" stroke="#90a4ae" stroke-width="3"/>
    <ellipse cx="590" cy="562" rx="58" ry="12" fill="${mix(c, '#ff8f00', 0.25)}"/>
    ${chilli}
  </g>`;
}

function crackerPiece(x: number, y: number, s: number, candy: string): string {
    const sesame = [
        [-40, -6],
        [-20, 4],
        [0, -10],
        [22, 2],
        [44, -4],
        [-8, 10],
        [30, -12],
        [-32, 8],
        [10, 8],
    ]
        .map(([dx, dy]) => `<ellipse cx="${dx}" cy="${dy - 22}" rx="3" ry="1.6" fill="#3e2723"/>`)
        .join('');
    return `<g transform="translate(${x} ${y}) scale(${s})">
    <ellipse cx="0" cy="18" rx="92" ry="30" fill="#000" fill-opacity="0.15"/>
    <ellipse cx="0" cy="4" rx="88" ry="30" fill="#e8cf9a"/>
    <ellipse cx="0" cy="-6" rx="86" ry="28" fill="${candy}"/>
    <ellipse cx="0" cy="-18" rx="88" ry="30" fill="#f0dcae" stroke="#d9b97a" stroke-width="2"/>
    ${sesame}
  </g>`;
}

function drawCandy(spec: ImageSpec, c: string): string {
    const candyBrown = '#8d5524';
    const zig = (x0: number, x1: number, y: number, amp: number) =>
        Array.from({ length: 14 }, (_, i) => {
            const step = (x1 - x0) / 14;
            return `L${x0 + step * (i + 0.5)} ${y + amp} L${x0 + step * (i + 1)} ${y}`;
        }).join(' ');
    const packet = `<path d="M250 236 ${zig(250, 530, 236, -12)} L530 560 ${zig(530, 250, 560, 12)} Z" fill="url(#packetG)"/>`;
    const peanuts = [
        [330, 395],
        [362, 410],
        [398, 392],
        [430, 412],
        [462, 396],
        [346, 432],
        [384, 440],
        [420, 436],
        [456, 430],
    ]
        .map(
            ([x, y]) =>
                `<ellipse cx="${x}" cy="${y}" rx="13" ry="9" fill="#e0b070" stroke="#b07a3a" stroke-width="2"/>`,
        )
        .join('');
    const front =
        spec.variant === 'brittle'
            ? `<g transform="translate(560 560) rotate(-8)">
    <rect x="-110" y="-36" width="220" height="64" rx="10" fill="#000" fill-opacity="0.12" transform="translate(6 10)"/>
    <rect x="-110" y="-40" width="220" height="64" rx="10" fill="${mix(candyBrown, '#ffb74d', 0.35)}"/>
    ${Array.from({ length: 16 }, (_, i) => `<ellipse cx="${-92 + (i % 8) * 26}" cy="${-22 + Math.floor(i / 8) * 28}" rx="11" ry="8" fill="${c === '#37474f' ? '#f5f5f5' : '#e8c27a'}" stroke="#8d5524" stroke-width="1.5"/>`).join('')}
  </g>`
            : `${crackerPiece(575, 585, 0.95, candyBrown)}${crackerPiece(560, 530, 0.85, candyBrown)}`;
    const wrapped = `<g transform="translate(215 595) rotate(-12)">
    <path d="M-70 -22 L-40 0 L-70 22 Z" fill="${mix(c, '#ffffff', 0.35)}"/>
    <path d="M70 -22 L40 0 L70 22 Z" fill="${mix(c, '#ffffff', 0.35)}"/>
    <rect x="-44" y="-24" width="88" height="48" rx="14" fill="${c}"/>
    <rect x="-30" y="-8" width="60" height="16" rx="8" fill="#fff" fill-opacity="0.5"/>
  </g>`;
    return `<defs><linearGradient id="packetG" x1="0" y1="0" x2="1" y2="0">
    <stop offset="0" stop-color="${mix(c, '#000000', 0.25)}"/><stop offset="0.3" stop-color="${c}"/><stop offset="0.7" stop-color="${mix(c, '#ffffff', 0.15)}"/><stop offset="1" stop-color="${mix(c, '#000000', 0.3)}"/>
  </linearGradient></defs>
  ${packet}
  <rect x="250" y="252" width="280" height="14" fill="#ffffff" fill-opacity="0.3"/>
  <rect x="250" y="530" width="280" height="14" fill="#ffffff" fill-opacity="0.3"/>
  <rect x="296" y="362" width="188" height="104" rx="40" fill="${candyBrown}" stroke="#fff8e1" stroke-width="6"/>
  ${peanuts}
  <rect x="296" y="292" width="188" height="46" rx="8" fill="#fff8e1"/>
  <rect x="316" y="306" width="148" height="8" rx="4" fill="${c}"/>
  <rect x="336" y="320" width="108" height="6" rx="3" fill="${mix(c, '#000000', 0.3)}" fill-opacity="0.6"/>
  <path d="M300 490 Q390 506 480 490" stroke="#fff8e1" stroke-width="5" fill="none"/>
  ${front}
  ${wrapped}`;
}

function antler(c: string, id: string): string {
    const shape =
        'M-40 0 C-42 -60 -48 -118 -64 -168 C-76 -204 -76 -240 -50 -254 C-24 -266 -4 -244 -10 -212 ' +
        'C-14 -182 -6 -152 6 -132 C22 -152 42 -186 66 -192 C94 -198 104 -170 90 -150 ' +
        'C74 -128 48 -108 38 -78 C32 -50 34 -20 40 0 Z';
    const tip = mix(c, '#f4a6a0', 0.45);
    return `<g>
    <path d="${shape}" fill="url(#${id})" stroke="${mix(c, '#000000', 0.25)}" stroke-width="3"/>
    <path d="${shape}" fill="none" stroke="#ffffff" stroke-opacity="0.45" stroke-width="3" stroke-dasharray="2 6"/>
    <ellipse cx="-40" cy="-236" rx="26" ry="22" fill="${tip}" fill-opacity="0.75"/>
    <ellipse cx="78" cy="-172" rx="22" ry="18" fill="${tip}" fill-opacity="0.75"/>
    <path d="M-22 -20 C-26 -80 -34 -130 -46 -176" stroke="#ffffff" stroke-opacity="0.3" stroke-width="10" stroke-linecap="round" fill="none"/>
    <ellipse cx="0" cy="0" rx="40" ry="13" fill="#f6cdbd" stroke="${mix(c, '#000000', 0.25)}" stroke-width="3"/>
    <ellipse cx="0" cy="0" rx="22" ry="6" fill="#e7a592"/>
  </g>`;
}

function drawAntlers(spec: ImageSpec, c: string): string {
    const slices = spec.variant === 'slices';
    const sliceSvg = slices
        ? Array.from({ length: 9 }, (_, i) => {
              const x = 270 + (i % 5) * 62 + (i >= 5 ? 31 : 0);
              const y = 560 + (i >= 5 ? 26 : 0);
              return `<g transform="translate(${x} ${y})"><ellipse rx="32" ry="16" fill="${mix(c, '#000000', 0.15)}"/><ellipse rx="26" ry="12" fill="#f6e0c8"/><ellipse rx="14" ry="6" fill="#e9b9a0"/></g>`;
          }).join('')
        : '';
    const scale = slices ? 0.85 : 1.2;
    const ice =
        spec.variant === 'frozen'
            ? [
                  [240, 566, -12],
                  [560, 572, 16],
                  [300, 596, 8],
                  [510, 600, -20],
                  [600, 590, 30],
                  [200, 592, 22],
              ]
                  .map(
                      ([x, y, a]) =>
                          `<g transform="translate(${x} ${y}) rotate(${a})"><rect x="-24" y="-22" width="48" height="44" rx="10" fill="#e3f2fd" fill-opacity="0.85" stroke="#90caf9" stroke-width="3"/><path d="M-14 -12 L6 -12" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/></g>`,
                  )
                  .join('')
            : '';
    const velvet = (id: string, base: string) => `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">
    <stop offset="0" stop-color="${mix(base, '#000000', 0.3)}"/><stop offset="0.35" stop-color="${mix(base, '#ffffff', 0.18)}"/><stop offset="1" stop-color="${mix(base, '#000000', 0.35)}"/></linearGradient>`;
    return `<defs><linearGradient id="tray" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a1887f"/><stop offset="1" stop-color="#5d4037"/></linearGradient>
  ${velvet('velvetA', c)}${velvet('velvetB', mix(c, '#000000', 0.08))}</defs>
  <ellipse cx="400" cy="585" rx="270" ry="52" fill="url(#tray)"/>
  <ellipse cx="400" cy="575" rx="250" ry="40" fill="#d7b899"/>
  <g transform="translate(400 ${slices ? 520 : 572}) scale(${scale})">
    <g transform="translate(-70 0) rotate(-10)">${antler(c, 'velvetA')}</g>
    <g transform="translate(70 0) scale(-1 1) rotate(-10)">${antler(c, 'velvetB')}</g>
  </g>
  ${sliceSvg}
  ${ice}`;
}

function drawWine(_spec: ImageSpec, c: string): string {
    const light = luminance(c) > 0.7;
    return `<defs>${glassGradient('wineG', light ? '#cfd8dc' : c)}</defs>
  <path d="${bottlePath(390, 180, 170, 44, 360, 606)}" fill="url(#wineG)"/>
  ${light ? `<path d="${bottlePath(390, 300, 150, 30, 380, 596)}" fill="${c}" fill-opacity="0.55"/>` : ''}
  <rect x="366" y="150" width="48" height="44" rx="6" fill="#6d4c41"/>
  <path d="M360 190 L420 190 L416 216 L364 216 Z" fill="#c62828"/>
  <rect x="322" y="390" width="16" height="190" rx="8" fill="#ffffff" fill-opacity="0.3"/>
  <rect x="318" y="420" width="144" height="130" rx="8" fill="#fff8e1" stroke="#b8860b" stroke-width="4"/>
  <circle cx="390" cy="470" r="30" fill="#c62828"/>
  <text x="390" y="476" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="17" fill="#ffd54f">RƯỢU</text>
  <rect x="340" y="515" width="100" height="9" rx="4" fill="#b8860b"/>
  <g transform="translate(590 560)">
    <ellipse cx="0" cy="42" rx="60" ry="10" fill="#000" fill-opacity="0.15"/>
    <path d="M-52 -10 L-36 40 L36 40 L52 -10 Z" fill="#eceff1" stroke="#90a4ae" stroke-width="3"/>
    <ellipse cx="0" cy="-10" rx="52" ry="12" fill="#fafafa" stroke="#90a4ae" stroke-width="3"/>
    <ellipse cx="0" cy="-6" rx="42" ry="8" fill="${light ? '#e0e0d0' : c}"/>
    <path d="M-30 6 Q0 16 30 6" stroke="#1565c0" stroke-width="4" fill="none"/>
  </g>`;
}

function drawExtract(spec: ImageSpec, c: string): string {
    if (spec.variant === 'jar') {
        return `<defs>${glassGradient('jarG', c)}</defs>
  <rect x="270" y="330" width="260" height="276" rx="40" fill="url(#jarG)"/>
  <rect x="292" y="356" width="20" height="220" rx="10" fill="#ffffff" fill-opacity="0.35"/>
  <rect x="258" y="276" width="284" height="66" rx="14" fill="#d4a017"/>
  <rect x="258" y="318" width="284" height="10" fill="#a67c00"/>
  <rect x="310" y="420" width="180" height="116" rx="10" fill="#fffde7" stroke="${mix(c, '#000000', 0.3)}" stroke-width="3"/>
  <path d="M360 470 C380 440 420 440 440 470 C420 500 380 500 360 470 Z" fill="${mix(c, '#000000', 0.15)}"/>
  <rect x="340" y="504" width="120" height="10" rx="5" fill="${mix(c, '#000000', 0.35)}"/>
  <g transform="translate(600 582)">
    <ellipse cx="0" cy="18" rx="74" ry="14" fill="#000" fill-opacity="0.15"/>
    <path d="M-70 -6 Q-64 26 0 28 Q64 26 70 -6 Z" fill="#ffffff" stroke="#b0bec5" stroke-width="3"/>
    <ellipse cx="0" cy="-6" rx="70" ry="16" fill="#fafafa" stroke="#b0bec5" stroke-width="3"/>
    <ellipse cx="0" cy="-6" rx="56" ry="11" fill="${c}"/>
  </g>
  <g transform="translate(560 560) rotate(-30)"><rect x="-8" y="-120" width="16" height="110" rx="8" fill="#eceff1" stroke="#b0bec5" stroke-width="2"/></g>`;
    }
    const box = mix(spec.palette[1], '#7a1010', 0.5);
    return `<defs><linearGradient id="boxG" x1="0" y1="0" x2="1" y2="0">
    <stop offset="0" stop-color="${mix(box, '#000000', 0.25)}"/><stop offset="0.5" stop-color="${mix(box, '#ffffff', 0.1)}"/><stop offset="1" stop-color="${mix(box, '#000000', 0.25)}"/>
  </linearGradient>${glassGradient('jarG', c)}</defs>
  <path d="M200 300 L260 260 L520 260 L460 300 Z" fill="${mix(box, '#ffffff', 0.15)}"/>
  <path d="M460 300 L520 260 L520 540 L460 580 Z" fill="${mix(box, '#000000', 0.4)}"/>
  <rect x="200" y="300" width="260" height="280" fill="url(#boxG)"/>
  <rect x="216" y="316" width="228" height="248" fill="none" stroke="#ffd54f" stroke-width="4"/>
  <circle cx="330" cy="400" r="50" fill="none" stroke="#ffd54f" stroke-width="4"/>
  <path d="M330 360 C300 380 300 420 330 440 C360 420 360 380 330 360 Z" fill="#ffd54f"/>
  <rect x="250" y="480" width="160" height="12" rx="6" fill="#ffd54f"/>
  <rect x="272" y="504" width="116" height="8" rx="4" fill="#ffd54f" fill-opacity="0.7"/>
  <g transform="translate(540 500)">
    <rect x="-92" y="-60" width="184" height="120" rx="24" fill="url(#jarG)"/>
    <rect x="-78" y="-46" width="14" height="88" rx="7" fill="#ffffff" fill-opacity="0.35"/>
    <rect x="-98" y="-96" width="196" height="44" rx="10" fill="#d4a017"/>
    <rect x="-98" y="-70" width="196" height="8" fill="#a67c00"/>
    <rect x="-70" y="-20" width="140" height="50" rx="6" fill="#fff8e1"/>
    <rect x="-50" y="-6" width="100" height="8" rx="4" fill="#b71c1c"/>
    <rect x="-36" y="10" width="72" height="6" rx="3" fill="#b71c1c" fill-opacity="0.6"/>
  </g>`;
}

function drawTea(_spec: ImageSpec, c: string): string {
    const looseLeaves = [
        [200, 590, 20],
        [240, 604, -30],
        [280, 596, 60],
        [222, 622, 100],
        [170, 612, -70],
        [262, 626, 10],
    ]
        .map(
            ([x, y, a]) =>
                `<g transform="translate(${x} ${y}) rotate(${a})"><path d="M-16 0 Q0 -10 16 0 Q0 8 -16 0 Z" fill="${mix(c, '#000000', 0.3)}"/></g>`,
        )
        .join('');
    return `<defs><linearGradient id="pouchG" x1="0" y1="0" x2="1" y2="0">
    <stop offset="0" stop-color="${mix(c, '#000000', 0.3)}"/><stop offset="0.35" stop-color="${mix(c, '#ffffff', 0.12)}"/><stop offset="1" stop-color="${mix(c, '#000000', 0.35)}"/>
  </linearGradient></defs>
  <path d="M262 230 L518 230 L522 280 Q534 440 520 560 Q516 600 490 604 L290 604 Q264 600 260 560 Q246 440 258 280 Z" fill="url(#pouchG)"/>
  <rect x="262" y="230" width="256" height="30" fill="${mix(c, '#000000', 0.2)}"/>
  <path d="M268 274 L512 274" stroke="#ffffff" stroke-opacity="0.5" stroke-width="3" stroke-dasharray="10 6"/>
  <circle cx="390" cy="400" r="84" fill="#fffde7"/>
  ${leaf(350, 420, 96, -40, c)}
  ${leaf(392, 432, 80, -80, mix(c, '#ffffff', 0.2))}
  <rect x="300" y="510" width="180" height="12" rx="6" fill="#fffde7" fill-opacity="0.85"/>
  <rect x="330" y="532" width="120" height="8" rx="4" fill="#fffde7" fill-opacity="0.6"/>
  ${looseLeaves}
  <g transform="translate(600 555)">
    <ellipse cx="0" cy="44" rx="96" ry="18" fill="#eceff1" stroke="#b0bec5" stroke-width="3"/>
    <path d="M-66 -20 Q-62 44 0 46 Q62 44 66 -20 Z" fill="#ffffff" stroke="#b0bec5" stroke-width="3"/>
    <ellipse cx="0" cy="-20" rx="66" ry="16" fill="#fafafa" stroke="#b0bec5" stroke-width="3"/>
    <ellipse cx="0" cy="-18" rx="56" ry="11" fill="#c0ca33"/>
    <path d="M-20 -50 C-40 -80 0 -90 -20 -120 M14 -50 C-6 -80 34 -92 14 -126" stroke="#ffffff" stroke-opacity="0.8" stroke-width="6" fill="none" stroke-linecap="round"/>
  </g>`;
}

function drawMushrooms(spec: ImageSpec, c: string): string {
    if (spec.variant === 'reishi') {
        const cap = (
            x: number,
            y: number,
            s: number,
            a: number,
        ) => `<g transform="translate(${x} ${y}) rotate(${a}) scale(${s})">
      <path d="M-120 20 C-130 -70 -40 -110 0 -110 C60 -110 130 -70 120 20 C80 40 40 10 0 30 C-40 10 -80 40 -120 20 Z" fill="url(#reishiG)"/>
      <path d="M-96 6 C-100 -56 -30 -84 0 -84 C48 -84 100 -56 96 6" stroke="${mix(c, '#ffcc80', 0.3)}" stroke-width="4" fill="none" opacity="0.7"/>
      <path d="M-70 -4 C-70 -44 -20 -60 0 -60 C34 -60 70 -44 70 -4" stroke="${mix(c, '#ffcc80', 0.3)}" stroke-width="4" fill="none" opacity="0.6"/>
      <path d="M-120 20 C-80 40 -40 10 0 30 C40 10 80 40 120 20" stroke="#ffe0b2" stroke-width="6" fill="none"/>
      <ellipse cx="-30" cy="-70" rx="34" ry="10" fill="#ffffff" fill-opacity="0.35" transform="rotate(-12)"/>
    </g>`;
        return `<defs>${sphereGradient('reishiG', c)}</defs>
    <rect x="390" y="430" width="28" height="170" rx="12" fill="${mix(c, '#000000', 0.2)}"/>
    ${cap(300, 520, 0.8, -14)}
    ${cap(430, 420, 1.1, 6)}
    ${cap(560, 560, 0.7, 18)}`;
    }
    const mushroom = (
        x: number,
        y: number,
        s: number,
        a: number,
    ) => `<g transform="translate(${x} ${y}) rotate(${a}) scale(${s})">
      <path d="M-26 0 Q-34 -90 -18 -140 L18 -140 Q34 -90 26 0 Z" fill="#f5f0e6" stroke="#d7ccc8" stroke-width="3"/>
      <path d="M-120 -130 C-120 -230 120 -230 120 -130 C80 -118 -80 -118 -120 -130 Z" fill="url(#capG)"/>
      <path d="M-110 -128 C-60 -112 60 -112 110 -128 C70 -140 -70 -140 -110 -128 Z" fill="#efe6d6"/>
      ${Array.from({ length: 9 }, (_, i) => `<line x1="${-90 + i * 22}" y1="-127" x2="${-60 + i * 15}" y2="-119" stroke="#cdbfa6" stroke-width="2"/>`).join('')}
    </g>`;
    return `<defs>${sphereGradient('capG', c)}</defs>
  ${mushroom(290, 600, 0.8, -10)}
  ${mushroom(520, 605, 0.75, 12)}
  ${mushroom(405, 602, 1.15, 0)}`;
}

function drawBasket(_spec: ImageSpec, c: string): string {
    const dark = mix(c, '#000000', 0.3);
    return `<defs>
  <pattern id="weave" width="40" height="28" patternUnits="userSpaceOnUse">
    <rect width="40" height="28" fill="${c}"/>
    <rect x="0" y="0" width="20" height="14" rx="5" fill="${mix(c, '#ffffff', 0.22)}"/>
    <rect x="20" y="14" width="20" height="14" rx="5" fill="${mix(c, '#ffffff', 0.22)}"/>
    <path d="M0 14 L40 14 M20 0 L20 28" stroke="${dark}" stroke-width="2"/>
  </pattern>
  <linearGradient id="basketShade" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.3"/><stop offset="0.4" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></linearGradient>
  </defs>
  <path d="M250 400 Q400 150 550 400" stroke="${dark}" stroke-width="26" fill="none" stroke-linecap="round"/>
  <path d="M250 400 Q400 150 550 400" stroke="${mix(c, '#ffffff', 0.2)}" stroke-width="10" fill="none" stroke-dasharray="14 10"/>
  <ellipse cx="400" cy="400" rx="176" ry="40" fill="${mix(c, '#000000', 0.45)}"/>
  ${sphereGradient('fruitG', '#ef6c00')}
  <circle cx="350" cy="392" r="46" fill="url(#fruitG)"/>
  <circle cx="440" cy="386" r="52" fill="url(#fruitG)"/>
  ${leaf(420, 340, 70, -30, '#2e7d32')}
  <path d="M224 400 L268 596 Q400 620 532 596 L576 400 Q400 440 224 400 Z" fill="url(#weave)"/>
  <path d="M224 400 L268 596 Q400 620 532 596 L576 400 Q400 440 224 400 Z" fill="url(#basketShade)"/>
  <path d="M224 400 Q400 440 576 400" stroke="${dark}" stroke-width="18" fill="none" stroke-linecap="round"/>
  <path d="M224 400 Q400 360 576 400" stroke="${dark}" stroke-width="14" fill="none" stroke-linecap="round"/>
  <path d="M268 596 Q400 620 532 596" stroke="${dark}" stroke-width="10" fill="none"/>`;
}

function drawMat(_spec: ImageSpec, c: string): string {
    return `<defs>
  <pattern id="sedge" width="10" height="10" patternUnits="userSpaceOnUse">
    <rect width="10" height="10" fill="${c}"/><line x1="0" y1="5" x2="10" y2="5" stroke="${mix(c, '#000000', 0.15)}" stroke-width="2"/>
  </pattern>
  <linearGradient id="rollG" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.35"/><stop offset="0.5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.3"/></linearGradient>
  </defs>
  <path d="M150 600 L650 600 L590 470 L210 470 Z" fill="url(#sedge)"/>
  <path d="M170 580 L630 580 M182 556 L618 556 M194 530 L606 530 M202 508 L598 508" stroke="#c62828" stroke-width="8"/>
  <path d="M186 568 L614 568 M198 542 L602 542" stroke="#2e7d32" stroke-width="6"/>
  <path d="M150 600 L650 600" stroke="#5d4037" stroke-width="8"/>
  <rect x="200" y="380" width="400" height="100" fill="url(#sedge)"/>
  ${[250, 320, 480, 550].map(x => `<rect x="${x}" y="380" width="14" height="100" fill="#c62828"/>`).join('')}
  ${[285, 515].map(x => `<rect x="${x}" y="380" width="10" height="100" fill="#2e7d32"/>`).join('')}
  <rect x="200" y="380" width="400" height="100" fill="url(#rollG)"/>
  <ellipse cx="200" cy="430" rx="24" ry="50" fill="${mix(c, '#000000', 0.2)}"/>
  <ellipse cx="600" cy="430" rx="24" ry="50" fill="${mix(c, '#ffffff', 0.1)}" stroke="#5d4037" stroke-width="4"/>
  <path d="M600 430 m-4 0 a6 12 0 1 1 8 0 a10 22 0 1 1 -16 0 a14 32 0 1 1 24 0 a18 42 0 1 1 -30 0" stroke="#5d4037" stroke-width="3" fill="none"/>
  <rect x="300" y="376" width="10" height="108" fill="#5d4037"/>
  <rect x="490" y="376" width="10" height="108" fill="#5d4037"/>`;
}

function drawPlant(spec: ImageSpec, c: string): string {
    const pot = `<defs><linearGradient id="potG" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#cfd8dc"/><stop offset="0.4" stop-color="#ffffff"/><stop offset="1" stop-color="#b0bec5"/></linearGradient></defs>
  <path d="M310 470 L490 470 L470 606 L330 606 Z" fill="url(#potG)"/>
  <rect x="298" y="452" width="204" height="30" rx="8" fill="#eceff1" stroke="#b0bec5" stroke-width="2"/>
  <path d="M320 530 Q400 550 480 530" stroke="#1565c0" stroke-width="5" fill="none" opacity="0.6"/>`;
    if (spec.variant === 'flowers') {
        const flower = (x: number, y: number, s: number) => `<g transform="translate(${x} ${y}) scale(${s})">
      <ellipse cx="-26" cy="-8" rx="30" ry="24" fill="${mix(c, '#ffffff', 0.25)}"/>
      <ellipse cx="26" cy="-8" rx="30" ry="24" fill="${mix(c, '#ffffff', 0.25)}"/>
      <ellipse cx="0" cy="-30" rx="20" ry="26" fill="${mix(c, '#ffffff', 0.4)}"/>
      <ellipse cx="-16" cy="22" rx="16" ry="22" fill="${mix(c, '#ffffff', 0.4)}"/>
      <ellipse cx="16" cy="22" rx="16" ry="22" fill="${mix(c, '#ffffff', 0.4)}"/>
      <path d="M-10 6 Q0 30 10 6 Q0 -4 -10 6 Z" fill="${mix(c, '#000000', 0.25)}"/>
      <circle cx="0" cy="0" r="6" fill="#ffeb3b"/>
    </g>`;
        return `${pot}
    ${leaf(400, 462, 150, -165, '#2e7d32')}
    ${leaf(400, 462, 150, -15, '#388e3c')}
    ${leaf(400, 458, 120, -120, '#43a047')}
    <path d="M392 452 C380 330 420 230 540 210" stroke="#33691e" stroke-width="7" fill="none"/>
    <path d="M408 452 C400 360 360 270 260 250" stroke="#33691e" stroke-width="6" fill="none"/>
    ${flower(430, 268, 0.9)}${flower(490, 226, 1)}${flower(555, 232, 0.85)}${flower(590, 280, 0.7)}
    ${flower(350, 280, 0.85)}${flower(290, 250, 0.95)}${flower(236, 290, 0.7)}`;
    }
    const cluster = (x: number, y: number, s: number) =>
        `<g transform="translate(${x} ${y}) scale(${s})">${Array.from({ length: 7 }, (_, i) => leaf(0, 0, 80, -180 + i * 30, i % 2 ? '#2e7d32' : c)).join('')}</g>`;
    return `${pot}
  <path d="M392 460 C380 400 420 360 400 300 M404 460 C420 400 380 360 404 300 M398 460 C398 400 398 360 398 300" stroke="#8d6e63" stroke-width="10" fill="none"/>
  ${cluster(330, 300, 1.1)}${cluster(470, 290, 1.1)}${cluster(400, 230, 1.2)}${cluster(280, 370, 0.8)}${cluster(520, 370, 0.8)}`;
}

function drawOil(spec: ImageSpec, c: string): string {
    if (spec.variant === 'dropper') {
        const slice = (x: number, y: number) =>
            `<g transform="translate(${x} ${y})"><ellipse rx="70" ry="26" fill="${mix(c, '#ffffff', 0.3)}"/><ellipse rx="60" ry="20" fill="#fff9c4"/>${Array.from({ length: 8 }, (_, i) => `<line x1="0" y1="0" x2="${(58 * Math.cos((i * Math.PI) / 4)).toFixed(1)}" y2="${(20 * Math.sin((i * Math.PI) / 4)).toFixed(1)}" stroke="#ffffff" stroke-width="3"/>`).join('')}</g>`;
        return `<defs>${glassGradient('dropG', '#8d5524')}</defs>
    ${slice(250, 590)}
    ${leaf(520, 600, 120, -10, '#558b2f')}
    <rect x="330" y="360" width="140" height="246" rx="22" fill="url(#dropG)"/>
    <rect x="346" y="380" width="12" height="200" rx="6" fill="#fff" fill-opacity="0.35"/>
    <rect x="360" y="320" width="80" height="46" rx="6" fill="#212121"/>
    <path d="M372 320 L372 250 Q400 210 428 250 L428 320 Z" fill="#424242"/>
    <rect x="346" y="440" width="108" height="110" rx="8" fill="#fffde7"/>
    ${leaf(372, 500, 56, -30, c)}
    <rect x="362" y="520" width="76" height="8" rx="4" fill="#558b2f"/>`;
    }
    const peanut = (x: number, y: number, a: number) => `<g transform="translate(${x} ${y}) rotate(${a})">
    <path d="M-34 0 C-34 -22 -8 -22 0 -10 C8 -24 36 -22 36 0 C36 22 8 24 0 10 C-8 22 -34 22 -34 0 Z" fill="#d7a86e" stroke="#a1784a" stroke-width="3"/>
    <path d="M-22 -6 L-16 6 M-8 -8 L-10 8 M14 -8 L12 8 M24 -6 L28 6" stroke="#a1784a" stroke-width="2"/>
  </g>`;
    return `<defs>${glassGradient('oilG', c)}</defs>
  <path d="${bottlePath(390, 210, 180, 54, 350, 606)}" fill="url(#oilG)"/>
  <rect x="358" y="176" width="64" height="44" rx="8" fill="#c62828"/>
  <rect x="320" y="380" width="16" height="200" rx="8" fill="#fff" fill-opacity="0.35"/>
  <rect x="318" y="420" width="144" height="120" rx="10" fill="#fffde7" stroke="#8d6e63" stroke-width="3"/>
  ${peanut(390, 466, -10)}
  <rect x="340" y="506" width="100" height="10" rx="5" fill="#c62828"/>
  ${peanut(560, 590, 20)}${peanut(620, 570, -30)}${peanut(600, 610, 70)}${peanut(210, 600, -20)}
  <ellipse cx="220" cy="560" rx="26" ry="18" fill="#f0d2a8"/><ellipse cx="250" cy="566" rx="22" ry="16" fill="#ecc898"/>`;
}

function drawIncense(spec: ImageSpec, c: string): string {
    if (spec.variant === 'bracelet') {
        const beads = Array.from({ length: 18 }, (_, i) => {
            const a = (i * 2 * Math.PI) / 18;
            return `<circle cx="${(400 + 150 * Math.cos(a)).toFixed(1)}" cy="${(440 + 110 * Math.sin(a)).toFixed(1)}" r="30" fill="url(#beadG)"/>`;
        }).join('');
        return `<defs>${sphereGradient('beadG', c)}</defs>
    <ellipse cx="400" cy="600" rx="230" ry="30" fill="#000" fill-opacity="0.12"/>
    ${beads}
    <path d="M400 550 L390 610 M400 550 L410 612 M400 550 L400 614" stroke="#c62828" stroke-width="6"/>
    <circle cx="400" cy="552" r="16" fill="#d4a017"/>`;
    }
    const sticks = Array.from({ length: 15 }, (_, i) => {
        const a = -35 + i * 5;
        const rad = (a * Math.PI) / 180;
        const x2 = 400 + 330 * Math.sin(rad);
        const y2 = 520 - 330 * Math.cos(rad);
        const xm = 400 + 110 * Math.sin(rad);
        const ym = 520 - 110 * Math.cos(rad);
        return `<line x1="${xm.toFixed(1)}" y1="${ym.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${c}" stroke-width="9" stroke-linecap="round"/>
      <line x1="400" y1="520" x2="${xm.toFixed(1)}" y2="${ym.toFixed(1)}" stroke="#c62828" stroke-width="6"/>`;
    }).join('');
    return `<defs><linearGradient id="bowlG" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#5d4037"/><stop offset="0.4" stop-color="#a1887f"/><stop offset="1" stop-color="#4e342e"/></linearGradient></defs>
  ${sticks}
  <circle cx="400" cy="190" r="9" fill="#ff7043"/>
  <path d="M400 180 C380 150 420 130 400 100 C380 70 420 50 404 20" stroke="#ffffff" stroke-opacity="0.75" stroke-width="6" fill="none" stroke-linecap="round"/>
  <ellipse cx="400" cy="500" rx="140" ry="30" fill="#d7ccc8"/>
  <path d="M260 500 Q270 606 400 606 Q530 606 540 500 Z" fill="url(#bowlG)"/>
  <ellipse cx="400" cy="500" rx="140" ry="30" fill="none" stroke="#3e2723" stroke-width="6"/>
  <path d="M300 550 Q400 580 500 550" stroke="#d4a017" stroke-width="5" fill="none"/>
  <g transform="translate(600 590) rotate(-8)"><rect x="-80" y="-24" width="160" height="40" rx="6" fill="#4e342e"/><rect x="-70" y="-16" width="140" height="24" rx="4" fill="none" stroke="#d4a017" stroke-width="3"/></g>`;
}

function drawMelon(_spec: ImageSpec, c: string): string {
    const net = Array.from({ length: 9 }, (_, i) => {
        const y = 300 + i * 35;
        return `<path d="M250 ${y} Q300 ${y - 20} 350 ${y + 6} T450 ${y} T560 ${y + 8}" stroke="#f5f5dc" stroke-width="3" fill="none"/>`;
    }).join('');
    const netV = Array.from({ length: 9 }, (_, i) => {
        const x = 280 + i * 34;
        return `<path d="M${x} 280 Q${x + 18} 340 ${x - 6} 400 T${x + 4} 600" stroke="#f5f5dc" stroke-width="3" fill="none"/>`;
    }).join('');
    return `<defs>${sphereGradient('melonG', c)}<clipPath id="melonClip"><circle cx="410" cy="440" r="165"/></clipPath></defs>
  <circle cx="410" cy="440" r="165" fill="url(#melonG)"/>
  <g clip-path="url(#melonClip)" opacity="0.8">${net}${netV}</g>
  <path d="M396 278 L396 252 M376 252 L416 252" stroke="#6d8b3a" stroke-width="12" stroke-linecap="round"/>
  <g transform="translate(600 575) rotate(-8)">
    <path d="M-110 0 A110 60 0 0 0 110 0 Z" fill="#9ccc65"/>
    <path d="M-98 0 A98 50 0 0 0 98 0 Z" fill="#ffb74d"/>
    <path d="M-70 0 A70 30 0 0 0 70 0 Z" fill="#ffcc80"/>
    ${Array.from({ length: 7 }, (_, i) => `<ellipse cx="${-48 + i * 16}" cy="8" rx="5" ry="3" fill="#fff3e0"/>`).join('')}
    <rect x="-110" y="-4" width="220" height="6" fill="#ffe0b2"/>
  </g>`;
}

function drawRicePaper(spec: ImageSpec, c: string): string {
    const layers = Array.from({ length: 9 }, (_, i) => {
        const y = 580 - i * 12;
        return `<ellipse cx="400" cy="${y}" rx="220" ry="70" fill="${i % 2 ? c : mix(c, '#8d6e63', 0.12)}" stroke="${mix(c, '#8d6e63', 0.35)}" stroke-width="2"/>`;
    }).join('');
    const sesame =
        spec.variant === 'sesame'
            ? Array.from({ length: 40 }, (_, i) => {
                  const a = i * 2.4;
                  const r = 20 + ((i * 37) % 180);
                  return `<ellipse cx="${(400 + r * Math.cos(a)).toFixed(1)}" cy="${(484 + r * 0.3 * Math.sin(a)).toFixed(1)}" rx="3.5" ry="2" fill="#212121"/>`;
              }).join('')
            : '';
    return `<defs>
  <pattern id="bamboo" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="14" height="14" fill="${c}"/><line x1="0" y1="0" x2="0" y2="14" stroke="${mix(c, '#8d6e63', 0.3)}" stroke-width="2"/><line x1="0" y1="0" x2="14" y2="0" stroke="${mix(c, '#8d6e63', 0.2)}" stroke-width="1.5"/>
  </pattern></defs>
  ${layers}
  <ellipse cx="400" cy="484" rx="220" ry="70" fill="url(#bamboo)" stroke="${mix(c, '#8d6e63', 0.35)}" stroke-width="2"/>
  ${sesame}
  <path d="M300 420 Q310 520 300 590" stroke="#c62828" stroke-width="7" fill="none"/>
  <path d="M500 420 Q490 520 500 590" stroke="#c62828" stroke-width="7" fill="none"/>
  <path d="M300 420 Q400 400 500 420" stroke="#c62828" stroke-width="7" fill="none"/>
  <path d="M488 418 q20 -34 40 -14 q-10 22 -40 14 Z M488 418 q-4 -40 -34 -30 q4 26 34 30 Z" fill="#e53935"/>
  <g transform="translate(570 300) rotate(12)">
    <ellipse rx="150" ry="48" fill="${c}" stroke="${mix(c, '#8d6e63', 0.35)}" stroke-width="2" opacity="0.95"/>
    <ellipse rx="150" ry="48" fill="url(#bamboo)" opacity="0.6"/>
  </g>`;
}

function drawSquid(_spec: ImageSpec, c: string): string {
    const dark = mix(c, '#5d2f0e', 0.45);
    const squid = (x: number, y: number, a: number, s: number) => {
        const arms = Array.from({ length: 8 }, (_, i) => {
            const x0 = -21 + i * 6;
            const x1 = -46 + i * 13;
            const len = 300 + (i % 3) * 14;
            return `<path d="M${x0} 236 C${x0 - 10} 262 ${x1 + 12} 280 ${x1} ${len}" stroke="${dark}" stroke-width="7" fill="none" stroke-linecap="round"/>`;
        }).join('');
        const spots = [
            [-14, 60],
            [12, 90],
            [-20, 130],
            [18, 150],
            [0, 180],
            [-8, 100],
            [22, 60],
        ]
            .map(([sx, sy]) => `<circle cx="${sx}" cy="${sy}" r="4" fill="${dark}" fill-opacity="0.35"/>`)
            .join('');
        return `<g transform="translate(${x} ${y}) rotate(${a}) scale(${s})">
    ${arms}
    <path d="M-8 236 C-14 280 -40 320 -30 360 M8 236 C14 280 40 320 30 362" stroke="${dark}" stroke-width="6" fill="none" stroke-linecap="round"/>
    <path d="M0 -6 C46 14 70 66 44 116 L-44 116 C-70 66 -46 14 0 -6 Z" fill="${mix(c, '#000000', 0.12)}" stroke="${dark}" stroke-width="3"/>
    <path d="M0 0 C30 20 46 80 42 204 C42 216 -42 216 -42 204 C-46 80 -30 20 0 0 Z" fill="url(#squidG)" stroke="${dark}" stroke-width="3"/>
    ${spots}
    <ellipse cx="0" cy="226" rx="30" ry="22" fill="${mix(c, '#ffffff', 0.1)}" stroke="${dark}" stroke-width="3"/>
    <circle cx="-16" cy="226" r="6" fill="#3e2723"/><circle cx="16" cy="226" r="6" fill="#3e2723"/>
    <line x1="0" y1="20" x2="0" y2="196" stroke="#ffffff" stroke-opacity="0.3" stroke-width="5"/>
    <rect x="-9" y="-26" width="18" height="36" rx="4" fill="#8d6e63"/>
  </g>`;
    };
    return `<defs><linearGradient id="squidG" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${mix(c, '#000000', 0.2)}"/><stop offset="0.45" stop-color="${mix(c, '#ffffff', 0.3)}"/><stop offset="1" stop-color="${mix(c, '#000000', 0.22)}"/></linearGradient></defs>
  <line x1="110" y1="222" x2="690" y2="206" stroke="#8d6e63" stroke-width="14" stroke-linecap="round"/>
  <line x1="110" y1="218" x2="690" y2="202" stroke="#c8a46e" stroke-width="5" stroke-linecap="round"/>
  <path d="M130 222 L110 610 M670 206 L690 610" stroke="#8d6e63" stroke-width="12"/>
  ${squid(255, 236, 3, 0.98)}
  ${squid(400, 230, 0, 1.06)}
  ${squid(545, 226, -3, 0.98)}`;
}

function drawVillage(_spec: ImageSpec, c: string): string {
    return `<defs><clipPath id="scene"><rect x="140" y="150" width="520" height="450" rx="36"/></clipPath>
  <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#81d4fa"/><stop offset="1" stop-color="#e1f5fe"/></linearGradient></defs>
  <rect x="134" y="146" width="532" height="462" rx="40" fill="#ffffff"/>
  <g clip-path="url(#scene)">
    <rect x="140" y="150" width="520" height="450" fill="url(#sky)"/>
    <circle cx="560" cy="230" r="40" fill="#fff176"/>
    <path d="M140 400 Q240 300 340 380 Q440 280 560 360 Q620 330 660 350 L660 600 L140 600 Z" fill="#81c784"/>
    <path d="M140 470 Q300 420 460 470 T660 460 L660 600 L140 600 Z" fill="#66bb6a"/>
    <path d="M380 600 Q420 540 400 500" stroke="#d7ccc8" stroke-width="30" fill="none"/>
    <rect x="270" y="430" width="240" height="110" fill="${c}"/>
    ${[300, 340, 380, 420, 460].map(x => `<rect x="${x}" y="440" width="6" height="100" fill="${mix(c, '#000000', 0.25)}"/>`).join('')}
    <rect x="365" y="470" width="50" height="70" fill="#4e342e"/>
    <path d="M240 440 L300 370 L480 370 L540 440 Z" fill="#b23c17"/>
    ${[0, 1, 2, 3].map(i => `<path d="M${252 + i * 2} ${428 - i * 16} L${528 - i * 2} ${428 - i * 16}" stroke="#8a2b0e" stroke-width="3"/>`).join('')}
    <path d="M296 370 Q390 352 484 370" stroke="#8a2b0e" stroke-width="6" fill="none"/>
    <line x1="590" y1="560" x2="580" y2="330" stroke="#8d6e63" stroke-width="10"/>
    ${[-60, -30, 0, 30, 60, 90, 120, 150, 180, 210].map(a => `<g transform="translate(580 330) rotate(${a})"><path d="M0 0 Q40 -24 86 6" stroke="#2e7d32" stroke-width="10" fill="none" stroke-linecap="round"/></g>`).join('')}
    <g transform="translate(200 520)"><ellipse rx="36" ry="12" fill="#90a4ae"/><rect x="-36" y="0" width="72" height="40" fill="#b0bec5"/><ellipse cy="0" rx="26" ry="7" fill="#37474f"/></g>
    <path d="M180 260 q14 -10 28 0 q14 -10 28 0" stroke="#37474f" stroke-width="3" fill="none"/>
  </g>`;
}

function drawGiftBox(_spec: ImageSpec, c: string): string {
    return `<rect x="240" y="340" width="320" height="260" rx="10" fill="${c}"/>
  <rect x="220" y="300" width="360" height="70" rx="10" fill="${mix(c, '#ffffff', 0.15)}"/>
  <rect x="380" y="300" width="40" height="300" fill="#ffd54f"/>
  <rect x="240" y="440" width="320" height="36" fill="#ffd54f"/>
  <path d="M400 300 C340 220 290 260 330 300 Z M400 300 C460 220 510 260 470 300 Z" fill="#ffca28" stroke="#d4a017" stroke-width="4"/>`;
}

// ---------------------------------------------------------------------------
// Colour and text helpers
// ---------------------------------------------------------------------------

function rgb(hex: string): [number, number, number] {
    const h = hex.replace('#', '');
    const full =
        h.length === 3
            ? h
                  .split('')
                  .map(x => x + x)
                  .join('')
            : h;
    return [0, 2, 4].map(i => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Mix colour `a` towards `b` by `t` (0 → a, 1 → b). */
function mix(a: string, b: string, t: number): string {
    const [r1, g1, b1] = rgb(a);
    const [r2, g2, b2] = rgb(b);
    const ch = (x: number, y: number) =>
        Math.round(x + (y - x) * t)
            .toString(16)
            .padStart(2, '0');
    return `#${ch(r1, r2)}${ch(g1, g2)}${ch(b1, b2)}`;
}

function luminance(hex: string): number {
    const [r, g, b] = rgb(hex);
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
}

function esc(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Word-wrap into balanced lines of at most about `max` characters. */
function wrap(text: string, max: number): string[] {
    const count = Math.ceil(text.length / max);
    max = Math.max(Math.ceil(text.length / count) + 3, 8);
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && (line + ' ' + word).length > max) {
            lines.push(line);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line) {
        lines.push(line);
    }
    return lines;
}
