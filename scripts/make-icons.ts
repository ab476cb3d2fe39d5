/**
 * `npx tsx scripts/make-icons.ts`: draws the site's icons and default social image with Chromium
 * (a CJK font must be installed) into app/ (favicon.ico, icon.png, apple-icon.png) and public/
 * (manifest icons, og-default.png). Run again after a change of name or colour; the files are
 * committed, so builds need no browser.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../e2e/browser';
import { site } from '../lib/site';

const BRAND = '#b91c1c';
const mark = (size: number, radius: number, scale = 0.62) => `<html><body style="margin:0">
  <div style="width:${size}px;height:${size}px;background:${BRAND};border-radius:${radius}px;display:flex;
    align-items:center;justify-content:center;color:#fff;font:700 ${Math.round(size * scale)}px 'Noto Sans CJK SC',sans-serif">金</div>
</body></html>`;
const social = `<html><body style="margin:0">
  <div style="width:1200px;height:630px;background:${BRAND};display:flex;flex-direction:column;
    align-items:center;justify-content:center;color:#fff;font-family:'Noto Sans CJK SC',sans-serif">
    <div style="font-size:150px;font-weight:700;letter-spacing:12px">${site.name}</div>
    <div style="font-size:44px;margin-top:24px;color:#fee2e2">汇集两千家媒体的财经要闻</div>
  </div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
async function draw(html: string, width: number, height: number, transparent = true) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html);
  const png = await page.screenshot({ omitBackground: transparent });
  await page.close();
  return png;
}

/** An .ico holding PNG images (every browser reads PNG inside ICO). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

const favicons = await Promise.all(
  [16, 32, 48].map(async (size) => ({ size, png: await draw(mark(size, size / 8), size, size) })),
);
await writeFile('app/favicon.ico', ico(favicons));
await writeFile('app/icon.png', await draw(mark(512, 96), 512, 512));
// Apple draws its own rounded corners on an opaque square.
await writeFile('app/apple-icon.png', await draw(mark(180, 0), 180, 180, false));
await writeFile('public/icons/icon-192.png', await draw(mark(192, 36), 192, 192));
await writeFile('public/icons/icon-512.png', await draw(mark(512, 96), 512, 512));
// Maskable: the square filled, the character inside the safe zone.
await writeFile(
  'public/icons/icon-maskable-512.png',
  await draw(mark(512, 0, 0.45), 512, 512, false),
);
await writeFile('public/og-default.png', await draw(social, 1200, 630, false));
await browser.close();
console.log('icons written');
