import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processImage } from './process';

/** A 2400×1200 photo as a phone takes it: rotated by an EXIF tag, with a GPS position. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({
    create: { width: 2400, height: 1200, channels: 3, background: { r: 200, g: 60, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1', Artist: '张伟' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '24/1 27/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/**
 * A small PNG whose header claims `width`×`height`: the shape of a decompression bomb, refused from
 * its header before any pixel is decoded.
 */
async function claimedSize(width: number, height: number): Promise<Buffer> {
  const png = await sharp({
    create: { width: 1, height: 1, channels: 3, background: { r: 0, g: 0, b: 0 } },
  })
    .png()
    .toBuffer();
  // IHDR: 8-byte signature, 4-byte length, "IHDR", width, height …, then its CRC.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('processImage', () => {
  it('turns a photo upright, scales it down, and strips its EXIF and GPS', async () => {
    const input = await phonePhoto();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const result = await processImage(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { display, thumb } = result;
    // Orientation 6 is a quarter turn: the stored image is portrait, 1600 px on its long side.
    expect([display.width, display.height]).toEqual([800, 1600]);
    expect(display.contentType).toBe('image/jpeg');
    expect(display.key).toMatch(/^[0-9a-f]{32}\.jpg$/);
    const after = await sharp(display.bytes).metadata();
    expect([after.width, after.height]).toEqual([800, 1600]);
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(display.bytes.includes(Buffer.from('TestPhone'))).toBe(false);
    expect(Math.max(thumb.width, thumb.height)).toBe(400);
    expect(thumb.key).toMatch(/^[0-9a-f]{32}-t\.jpg$/);
  });

  it('keeps transparency as PNG and never enlarges a small image', async () => {
    const icon = await sharp({
      create: { width: 120, height: 80, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const result = await processImage(icon);
    expect(result.ok && [result.display.contentType, result.display.width]).toEqual([
      'image/png',
      120,
    ]);
  });

  it('names a file by its bytes: the same image twice is one file', async () => {
    const input = await phonePhoto();
    const [a, b] = await Promise.all([processImage(input), processImage(input)]);
    expect(a.ok && b.ok && a.display.key === b.display.key).toBe(true);
  });

  it('refuses what is not an image, and images too large to decode safely', async () => {
    expect(await processImage(Buffer.from('<svg onload="alert(1)"></svg>'))).toEqual({
      ok: false,
      problem: 'media-not-image',
    });
    expect(await processImage(Buffer.from('GIF89a not really'))).toEqual({
      ok: false,
      problem: 'media-not-image',
    });
    expect(await processImage(await claimedSize(13_000, 12_000))).toEqual({
      ok: false,
      problem: 'media-dimensions',
    });
  });
});
