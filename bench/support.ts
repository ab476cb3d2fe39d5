import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { startEmbedded } from '../lib/db/embedded';

/** One line describing the machine a benchmark ran on, for the results files. */
export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${os.availableParallelism()} cores (${cpu}), ${memory} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Peak resident memory of a process so far, from /proc (Linux), in bytes; null elsewhere. */
export function peakRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kib ? Number(kib) * 1024 : null;
  } catch {
    return null;
  }
}

export function currentRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kib ? Number(kib) * 1024 : null;
  } catch {
    return null;
  }
}

export const mib = (bytes: number | null) =>
  bytes === null ? 'n/a' : `${(bytes / 1024 ** 2).toFixed(0)} MB`;

/** Runs a command, sampling its peak RSS; resolves with its output, exit code and peak. */
export function runMeasured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; seconds: number; peakRss: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peak: number | null = null;
    const sample = setInterval(() => {
      const value = child.pid ? peakRss(child.pid) : null;
      if (value !== null) peak = Math.max(peak ?? 0, value);
    }, 100);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sample);
      resolve({ code, stdout, seconds: (performance.now() - started) / 1000, peakRss: peak });
    });
  });
}

/**
 * The PostgreSQL server benchmarks create their databases on: BENCH_DATABASE_URL's, or an embedded
 * one in .data/bench (port BENCH_PG_PORT, default 54369).
 */
export async function benchServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL)
    return { url: process.env.BENCH_DATABASE_URL, stop: async () => undefined };
  return startEmbedded({
    dataDir: '.data/bench',
    port: Number(process.env.BENCH_PG_PORT ?? 54369),
    database: 'postgres',
  });
}

/** A markdown table from rows of cells, the first row being the header. */
export function markdownTable(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(rows[0] ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
