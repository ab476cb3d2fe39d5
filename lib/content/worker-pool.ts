import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { BatchNormaliser, ParseJob } from './import';
import type { NormaliseResult } from './normalise';

/**
 * Parsing, rendering and sanitising are CPU work; the command-line importer spreads them over
 * worker threads (piscina) while the main thread reads files and writes to the database.
 */
export function createWorkerNormaliser(threads = Math.max(1, Math.min(4, availableParallelism()))): {
  normalise: BatchNormaliser;
  close: () => Promise<void>;
} {
  const pool = new Piscina<ParseJob[], NormaliseResult[]>({
    filename: new URL('./normalise-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  const CHUNK = 50;
  return {
    normalise: async (files) => {
      const chunks: ParseJob[][] = [];
      for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
      const results = await Promise.all(chunks.map((chunk) => pool.run(chunk)));
      return results.flat();
    },
    close: () => pool.destroy(),
  };
}
