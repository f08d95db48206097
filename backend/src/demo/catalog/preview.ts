/**
 * Renders every demo product (and a few producer banners) into a contact
 * sheet at /tmp/catalog-preview.png and prints timing and sizes.
 *
 * Run: npx tsc -p <tmp tsconfig> && node <out>/preview.js
 */
import sharp from 'sharp';

import { demoProducers, demoProducts } from './catalog';
import { renderProducerImage, renderProductImage } from './images';

async function main(): Promise<void> {
    const out = process.argv[2] ?? '/tmp/catalog-preview.png';
    const started = process.hrtime.bigint();
    const images = await Promise.all(demoProducts.map(p => renderProductImage(p)));
    const productMs = Number(process.hrtime.bigint() - started) / 1e6;

    const bannerStart = process.hrtime.bigint();
    const banners = await Promise.all(demoProducers.map(p => renderProducerImage(p)));
    const bannerMs = Number(process.hrtime.bigint() - bannerStart) / 1e6;

    const sizes = images.map(b => b.length);
    console.log(
        `products: ${images.length} in ${productMs.toFixed(0)} ms; ` +
            `JPEG ${Math.min(...sizes)}–${Math.max(...sizes)} bytes (avg ${Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length)})`,
    );
    console.log(
        `banners: ${banners.length} in ${bannerMs.toFixed(0)} ms; max ${Math.max(...banners.map(b => b.length))} bytes`,
    );

    const cols = 7;
    const thumb = 200;
    const rows = Math.ceil(images.length / cols);
    const tiles = await Promise.all(images.map(img => sharp(img).resize(thumb, thumb).toBuffer()));
    await sharp({ create: { width: cols * thumb, height: rows * thumb, channels: 3, background: '#ffffff' } })
        .composite(
            tiles.map((input, i) => ({ input, left: (i % cols) * thumb, top: Math.floor(i / cols) * thumb })),
        )
        .png()
        .toFile(out);

    const bannerTiles = await Promise.all(banners.slice(0, 8).map(b => sharp(b).resize(600, 250).toBuffer()));
    await sharp({ create: { width: 1200, height: 1000, channels: 3, background: '#ffffff' } })
        .composite(
            bannerTiles.map((input, i) => ({ input, left: (i % 2) * 600, top: Math.floor(i / 2) * 250 })),
        )
        .png()
        .toFile(out.replace(/\.png$/, '-banners.png'));
    console.log(`wrote ${out}`);
}

main().catch(err => {
    console.error(err);
    process.exit(1);
});
