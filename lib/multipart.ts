import 'server-only';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';

/**
 * Reads a multipart/form-data upload as it arrives, writing each file straight to disk: nothing
 * is buffered in memory, and a body past its limits is refused as soon as the limit is crossed
 * (a declared Content-Length over the limit before a byte is read).
 */
export interface UploadLimits {
  /** Largest single file. */
  fileBytes: number;
  /** The whole body: every file and field. */
  totalBytes: number;
  files: number;
}

export interface ReceivedFile {
  /** The form field it came in. */
  field: string;
  /** The name the browser gave it, without any folder. */
  name: string;
  /** Where it was written. */
  path: string;
  bytes: number;
}

export type Received =
  | { ok: true; files: ReceivedFile[]; fields: Record<string, string> }
  | { ok: false; problem: 'too-large' | 'too-many-files' | 'not-multipart' | 'incomplete' };

// Form fields are small (ids, a notice): past this a body is not a form of ours.
const FIELD_BYTES = 16 * 1024;
const FIELDS = 20;

class TooLarge extends Error {}

export async function receiveMultipart(
  request: Request,
  dir: string,
  limits: UploadLimits,
): Promise<Received> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(type) || !request.body)
    return { ok: false, problem: 'not-multipart' };
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.totalBytes)
    return { ok: false, problem: 'too-large' };

  const files: ReceivedFile[] = [];
  const fields: Record<string, string> = {};
  const writes: Promise<void>[] = [];
  const targets: string[] = [];
  let problem: Exclude<Received, { ok: true }>['problem'] | null = null;
  let seen = 0;

  const parser = busboy({
    headers: { 'content-type': type },
    limits: {
      fileSize: limits.fileBytes,
      files: limits.files,
      fields: FIELDS,
      fieldSize: FIELD_BYTES,
      parts: limits.files + FIELDS,
    },
  });
  parser.on('field', (name, value, info) => {
    if (!info.valueTruncated) fields[name] = value;
  });
  parser.on('file', (field, stream, info) => {
    if (problem) {
      stream.resume();
      return;
    }
    const target = path.join(dir, `part-${targets.length}`);
    targets.push(target);
    const file: ReceivedFile = {
      field,
      name: baseName(info.filename ?? ''),
      path: target,
      bytes: 0,
    };
    stream.on('limit', () => (problem ??= 'too-large'));
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        file.bytes += chunk.length;
        done(null, chunk);
      },
    });
    writes.push(
      pipeline(stream, count, createWriteStream(target)).then(async () => {
        if (problem || file.bytes === 0) await rm(target, { force: true });
        else files.push(file);
      }),
    );
  });
  parser.on('filesLimit', () => (problem ??= 'too-many-files'));
  parser.on('partsLimit', () => (problem ??= 'too-many-files'));

  // The body as it arrives, counted: past the limit, reading stops.
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > limits.totalBytes ? new TooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(request.body as WebReadableStream<Uint8Array>),
      counter,
      parser,
    );
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    await removeAll(targets);
    return {
      ok: false,
      problem: error instanceof TooLarge ? 'too-large' : (problem ?? 'incomplete'),
    };
  }
  if (problem) {
    await removeAll(targets);
    return { ok: false, problem };
  }
  return { ok: true, files, fields };
}

const removeAll = (paths: string[]) =>
  Promise.all(paths.map((target) => rm(target, { force: true })));

/** A browser's file name without any folder it may carry (old browsers sent full paths). */
function baseName(name: string): string {
  return path.posix.basename(name.replaceAll('\\', '/'));
}
