import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';

/**
 * Where media files live. Keys are content-hashed file names ("3f9a….jpg"): a key's bytes never
 * change, so a store needs no update or invalidation, only put, read and remove. The local store
 * keeps files under the portal's data folder; an S3-compatible store (one bucket shared by every
 * instance) implements the same three calls.
 */
export interface MediaStore {
  /** Stores `bytes` under `key` (an existing key already holds these bytes: a no-op). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes as a web stream, and its size; null when there is none. */
  read(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{32}(?:-t)?\.(?:jpg|png)$/;

export function isMediaKey(key: string): boolean {
  return KEY.test(key);
}

export class LocalMediaStore implements MediaStore {
  constructor(private readonly root: string) {}

  /** `ab/abcdef….jpg`: a folder per first two hex digits keeps folders small. */
  private file(key: string): string {
    if (!isMediaKey(key)) throw new Error(`not a media key: ${key}`);
    return path.join(/* turbopackIgnore: true */ this.root, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const partial = `${target}.${randomBytes(6).toString('hex')}.part`;
    await writeFile(partial, bytes);
    await rename(partial, target);
  }

  async read(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null> {
    if (!isMediaKey(key)) return null;
    const target = this.file(key);
    const info = await stat(target).catch(() => null);
    if (!info?.isFile()) return null;
    return {
      body: Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>,
      size: info.size,
    };
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
