import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * How command-line tools find the portal running from the same checkout, so that an import made
 * while it runs shows up at once: `npm start` records its port and a per-install secret under the
 * data folder, and tools post cache invalidations to it.
 */
interface ServerRecord {
  port: number;
  pid: number;
}

const recordFile = (dataDir: string) => path.resolve(dataDir, 'server.json');
const secretFile = (dataDir: string) => path.resolve(dataDir, 'revalidate-secret');

export async function loadOrCreateRevalidateSecret(dataDir: string): Promise<string> {
  const existing = await readFile(secretFile(dataDir), 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('hex');
  await mkdir(path.resolve(dataDir), { recursive: true });
  await writeFile(secretFile(dataDir), secret, { mode: 0o600 });
  return secret;
}

export async function recordRunningServer(
  dataDir: string,
  port: number,
): Promise<() => Promise<void>> {
  await writeFile(
    recordFile(dataDir),
    JSON.stringify({ port, pid: process.pid } satisfies ServerRecord),
  );
  return () => rm(recordFile(dataDir), { force: true });
}

export type NotifyOutcome = 'invalidated' | 'no-server' | 'failed';

/** Asks a portal started by `npm start` from this checkout to expire these cache tags. */
export async function notifyRunningServer(
  dataDir: string,
  tags: string[],
  port?: number,
): Promise<NotifyOutcome> {
  let target = port;
  if (!target) {
    const record = await readFile(recordFile(dataDir), 'utf8')
      .then((text) => JSON.parse(text) as ServerRecord)
      .catch(() => null);
    if (!record) return 'no-server';
    target = record.port;
  }
  const secret = process.env.REVALIDATE_SECRET ?? (await loadOrCreateRevalidateSecret(dataDir));
  try {
    const response = await fetch(`http://127.0.0.1:${target}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    });
    return response.ok ? 'invalidated' : 'failed';
  } catch {
    return 'no-server';
  }
}
