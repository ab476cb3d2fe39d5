import 'server-only';
import type { FileOutcome, ImportReport, ImportStore, StoreBatch } from '../content/import';
import { existingArticleKeys, knownContentHashes, upsertImportedArticles } from './articles/import';
import {
  dropAliasesAt,
  settleImportedAddresses,
  storedPermalinks,
  writeAliases,
} from './articles/permalinks';
import { db } from './client';
import { upsertSourceNames } from './sources';

/** Import runs and the outcome of every file in them, so editors can list what was rejected and why. */

async function beginRun(inputs: string[]): Promise<number> {
  const run = await db.importRun.create({ data: { inputs }, select: { id: true } });
  return run.id;
}

async function saveBatch({ runId, posts, sources, outcomes, aliases }: StoreBatch) {
  return db.$transaction(
    async (tx) => {
      // A batch is re-done on the next run if the database crashes before flushing it to disk
      // (every write is an idempotent upsert), so there is no need to wait for that flush.
      await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
      const sourceIds = await upsertSourceNames(tx, sources, [
        ...new Set(posts.map((p) => p.sourceSlug)),
      ]);
      const before = await storedPermalinks(
        tx,
        posts.map((p) => p.key),
      );
      const warned = new Map(posts.map((p) => [p, p.warnings.length]));
      const moved = await settleImportedAddresses(tx, posts);
      const { created, updated } = await upsertImportedArticles(tx, posts, sourceIds);
      const written = new Set([...created, ...updated]);
      // No address is ever lost: one a changed file moved its article away from leads to it.
      const left = posts.flatMap((p) => {
        const previous = written.has(p.key) ? before.get(p.key) : undefined;
        return previous && previous !== p.permalink
          ? [{ path: previous, key: p.key, contentHash: p.contentHash }]
          : [];
      });
      await dropAliasesAt(
        tx,
        posts.flatMap((p) => (written.has(p.key) && p.permalink ? [p.permalink] : [])),
      );
      await writeAliases(tx, [...moved, ...aliases, ...left]);
      const superseded = posts.filter((p) => !written.has(p.key)).map((p) => p.key);
      const createdKeys = new Set(created);
      const all: FileOutcome[] = [
        ...outcomes,
        ...posts.map((p): FileOutcome => {
          if (!written.has(p.key)) {
            return {
              path: p.sourcePath,
              outcome: 'DUPLICATE',
              reason: 'an article with this key is stored from _posts/',
              articleKey: p.key,
            };
          }
          return {
            path: p.sourcePath,
            outcome: createdKeys.has(p.key) ? 'CREATED' : 'UPDATED',
            reason: p.warnings.join('; ') || null,
            articleKey: p.key,
          };
        }),
      ];
      if (all.length) {
        await tx.$executeRaw`
          INSERT INTO import_file_outcomes (run_id, path, outcome, reason, article_key)
          SELECT ${runId}, * FROM unnest(
            ${all.map((o) => o.path)}::text[], ${all.map((o) => o.outcome)}::"ImportOutcome"[],
            ${all.map((o) => o.reason)}::text[], ${all.map((o) => o.articleKey)}::text[])
          ON CONFLICT (run_id, path) DO NOTHING`;
      }
      const warnings = posts.flatMap((p) =>
        written.has(p.key)
          ? p.warnings.slice(warned.get(p) ?? 0).map((reason) => ({ file: p.sourcePath, reason }))
          : [],
      );
      return { created, updated, superseded, warnings };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function finishRun(runId: number, report: ImportReport): Promise<void> {
  // Fresh statistics after a large write: without them the planner may take the content-hash
  // lookups of the next import (and the reader queries) for scans of a table it thinks is empty.
  if (report.created + report.updated > 0)
    await db.$executeRaw`ANALYZE articles, article_tags, tags, sources`;
  await db.importRun.update({
    where: { id: runId },
    data: {
      finishedAt: new Date(),
      read: report.read,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      duplicates: report.duplicates.length,
      rejected: report.rejected.length,
    },
  });
}

/** The importer's writes (lib/content/import.ts) against this database. */
export const importStore: ImportStore = {
  knownHashes: knownContentHashes,
  existingKeys: existingArticleKeys,
  beginRun,
  saveBatch,
  finishRun,
};

export interface RejectedFile {
  path: string;
  reason: string;
  runId: number;
  startedAt: string;
}

/** Files rejected by the most recent finished import run (or by run `runId`). */
export async function listRejectedFiles(runId?: number): Promise<RejectedFile[]> {
  const run = runId
    ? await db.importRun.findUnique({ where: { id: runId } })
    : await db.importRun.findFirst({
        where: { finishedAt: { not: null } },
        orderBy: { id: 'desc' },
      });
  if (!run) return [];
  const rows = await db.importFileOutcome.findMany({
    where: { runId: run.id, outcome: 'REJECTED' },
    orderBy: { path: 'asc' },
  });
  return rows.map((row) => ({
    path: row.path,
    reason: row.reason ?? '',
    runId: run.id,
    startedAt: run.startedAt.toISOString(),
  }));
}
