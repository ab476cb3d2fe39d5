import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';

/**
 * What an uploaded image becomes: turned upright (EXIF orientation applied), scaled down to at
 * most 1600 px on its longer side (and a 400 px thumbnail for the library), re-encoded as JPEG —
 * or PNG when it has transparency — and stripped of every metadata block (EXIF with its GPS
 * position and camera serial, XMP, IPTC, ICC: sharp keeps none unless asked). Files are named by
 * the hash of their bytes, so they can be cached forever.
 */
export const IMAGE_LIMITS = {
  displaySize: 1600,
  thumbSize: 400,
  /** Refused above this many pixels (a decompression bomb), before decoding. */
  maxPixels: 12_000 * 12_000,
};

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff', 'heif']);

export interface ProcessedFile {
  key: string;
  bytes: Buffer;
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

export type ProcessedImage =
  | { ok: true; display: ProcessedFile; thumb: ProcessedFile }
  | { ok: false; problem: 'media-not-image' | 'media-dimensions' };

async function encode(
  input: Buffer,
  size: number,
  alpha: boolean,
  suffix: string,
): Promise<ProcessedFile> {
  const image = sharp(input, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' })
    .rotate()
    .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true });
  const { data, info } = await (
    alpha
      ? image.png({ compressionLevel: 9, adaptiveFiltering: true })
      : image.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true })
  ).toBuffer({ resolveWithObject: true });
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 32);
  return {
    key: `${hash}${suffix}.${alpha ? 'png' : 'jpg'}`,
    bytes: data,
    contentType: alpha ? 'image/png' : 'image/jpeg',
    width: info.width,
    height: info.height,
  };
}

export async function processImage(input: Buffer): Promise<ProcessedImage> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, problem: 'media-not-image' };
  }
  if (!metadata.format || !ACCEPTED.has(metadata.format) || !metadata.width || !metadata.height)
    return { ok: false, problem: 'media-not-image' };
  if (metadata.width * metadata.height > IMAGE_LIMITS.maxPixels)
    return { ok: false, problem: 'media-dimensions' };
  try {
    const alpha = Boolean(metadata.hasAlpha);
    const [display, thumb] = await Promise.all([
      encode(input, IMAGE_LIMITS.displaySize, alpha, ''),
      encode(input, IMAGE_LIMITS.thumbSize, alpha, '-t'),
    ]);
    return { ok: true, display, thumb };
  } catch {
    // Truncated or corrupt image data.
    return { ok: false, problem: 'media-not-image' };
  }
}
