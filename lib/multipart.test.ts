import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveMultipart } from './multipart';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'multipart-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LIMITS = { fileBytes: 1024 * 1024, totalBytes: 2 * 1024 * 1024, files: 3 };

function formRequest(form: FormData): Request {
  return new Request('http://portal.test/admin/import/upload', { method: 'POST', body: form });
}

/** A request whose body is `chunks` produced on demand, counting how many were read. */
function streamedRequest(
  declaredLength: number | null,
  chunks: number,
  chunkBytes: number,
): { request: Request; read: () => number } {
  let produced = 0;
  const boundary = 'x-boundary';
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.zip"\r\n` +
      'Content-Type: application/zip\r\n\r\n',
  );
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (produced === 0) controller.enqueue(head);
        if (produced >= chunks) return controller.close();
        produced += 1;
        controller.enqueue(new Uint8Array(chunkBytes));
      },
    },
    // Nothing is produced until the reader asks.
    { highWaterMark: 0 },
  );
  const headers: Record<string, string> = {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  };
  if (declaredLength !== null) headers['content-length'] = String(declaredLength);
  const request = new Request('http://portal.test/upload', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
  return { request, read: () => produced };
}

describe('receiveMultipart', () => {
  it('writes each file to disk with its name and size, and keeps the small fields', async () => {
    const form = new FormData();
    form.append('id', '7');
    form.append('files', new File(['第一篇'], 'C:\\posts\\a.md'));
    form.append('files', new File([new Uint8Array(300_000)], 'b.zip'));
    const received = await receiveMultipart(formRequest(form), dir, LIMITS);
    expect(received.ok).toBe(true);
    if (!received.ok) return;
    expect(received.fields).toEqual({ id: '7' });
    expect(received.files.map((f) => [f.field, f.name, f.bytes])).toEqual([
      ['files', 'a.md', 9],
      ['files', 'b.zip', 300_000],
    ]);
    expect(readFileSync(received.files[0]!.path, 'utf8')).toBe('第一篇');
  });

  it('refuses a file past its limit and keeps none of it', async () => {
    const form = new FormData();
    form.append('files', new File([new Uint8Array(LIMITS.fileBytes + 1)], 'big.zip'));
    expect(await receiveMultipart(formRequest(form), dir, LIMITS)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a body that declares more than the limit before reading any of it', async () => {
    const { request, read } = streamedRequest(LIMITS.totalBytes + 1, 100, 64 * 1024);
    expect(await receiveMultipart(request, dir, LIMITS)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    expect(read()).toBe(0);
  });

  it('stops reading a body without a declared length once it passes the limit', async () => {
    // 100 × 64 KB = 6.4 MB offered; reading stops a little past the 2 MB limit.
    const { request, read } = streamedRequest(null, 100, 64 * 1024);
    expect(await receiveMultipart(request, dir, LIMITS)).toEqual({
      ok: false,
      problem: 'too-large',
    });
    expect(read()).toBeLessThan(40);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses more files than allowed, and bodies that are not forms', async () => {
    const form = new FormData();
    for (let i = 0; i < 4; i += 1) form.append('files', new File(['x'], `${i}.md`));
    expect(await receiveMultipart(formRequest(form), dir, LIMITS)).toEqual({
      ok: false,
      problem: 'too-many-files',
    });
    const json = new Request('http://portal.test/upload', { method: 'POST', body: '{}' });
    expect(await receiveMultipart(json, dir, LIMITS)).toEqual({
      ok: false,
      problem: 'not-multipart',
    });
  });
});
