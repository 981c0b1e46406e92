// `node scripts/icons.mjs`: the web app icons in public/icons/, drawn from public/favicon.svg with sharp
// (which Astro already brings). Run it after changing the favicon and commit the PNGs; the build does not
// regenerate them, so a build never depends on the fonts of the machine it runs on.
// The maskable icon fills the square with the favicon's colour and keeps the glyph inside the central
// 80 % circle that launchers may crop to.
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/favicon.svg', 'utf8');
const fill = svg.match(/<rect[^>]*fill="([^"]+)"/)?.[1] ?? '#1f4e79';
const glyph = svg.match(/<text[\s\S]*?<\/text>/)?.[0] ?? '';
const maskable =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/>` +
  `<g transform="translate(16 16) scale(0.7) translate(-16 -16)">${glyph}</g></svg>`;

for (const size of [192, 512]) {
  const png = (source) =>
    sharp(Buffer.from(source), { density: (72 * size) / 32 })
      .resize(size, size)
      .png()
      .toBuffer();
  writeFileSync(`public/icons/icon-${size}.png`, await png(svg));
  writeFileSync(`public/icons/maskable-${size}.png`, await png(maskable));
}
writeFileSync(
  'public/icons/apple-touch-icon.png',
  await sharp(Buffer.from(maskable), { density: 405 }).resize(180, 180).png().toBuffer(),
);
console.log('wrote public/icons/{icon,maskable}-{192,512}.png and apple-touch-icon.png');
