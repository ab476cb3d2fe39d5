import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discover, type DiscoveredPost } from './discover';
import { PostRejection, splitPost } from './front-matter';
import {
  FLAGS,
  hashContent,
  legacyAddresses,
  normalisePost,
  normaliseSlug,
  type NormaliseResult,
  type NormalisedPost,
} from './normalise';

/** Where imported posts are written. lib/db/imports.ts provides it against PostgreSQL. */
export interface ImportStore {
  /** Which of these content hashes are already stored (those files are unchanged). */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /** Which of these article keys exist (a dry run reports created vs updated without writing). */
  existingKeys(keys: string[]): Promise<Set<string>>;
  beginRun(inputs: string[]): Promise<number>;
  /**
   * Writes one batch in one transaction: sources, articles (upserted on their key, the previous
   * text kept as a revision) and the outcome of every file in the batch. An article stored from
   * `_posts/` is not replaced by a copy from `old_post/`: such keys come back as `superseded`.
   * Warnings found while writing (an address another article has) come back too.
   */
  saveBatch(
    batch: StoreBatch,
  ): Promise<{ created: string[]; updated: string[]; superseded: string[]; warnings: FileMessage[] }>;
  finishRun(runId: number, report: ImportReport): Promise<void>;
}

export interface StoreBatch {
  runId: number;
  posts: NormalisedPost[];
  sources: SourceNameInput[];
  /** Outcomes already known before writing (unchanged, duplicate, rejected files). */
  outcomes: FileOutcome[];
  /** Old addresses of the batch's files (see legacyAddresses), to lead to their articles. */
  aliases: LegacyAddress[];
}

/**
 * An address the old site served a file at, and the article it leads to: by key when the file was
 * parsed, else by content (an unchanged file, or a copy of one read earlier in the run).
 */
export interface LegacyAddress {
  path: string;
  key: string | null;
  contentHash: string;
}

export interface FileOutcome {
  path: string;
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DUPLICATE' | 'REJECTED';
  reason: string | null;
  articleKey: string | null;
}

export interface SourceNameInput {
  slug: string;
  name: string;
  /** True when a category page names the source: it then replaces a name derived earlier. */
  authoritative: boolean;
}

/** Parses and normalises a batch of decoded files; the CLI passes a worker-thread pool. */
export type BatchNormaliser = (files: ParseJob[]) => Promise<NormaliseResult[]>;

export interface ParseJob {
  path: string;
  text: string;
  hash: string;
}

/** In this thread: what the admin upload and tests use. */
export const normaliseInThread: BatchNormaliser = async (files) =>
  files.map((file) => normalisePost(file.path, file.text, file.hash));

export interface ImportOptions {
  store: ImportStore;
  normalise?: BatchNormaliser;
  dryRun?: boolean;
  /** Files per write transaction (also bounded by BATCH_BYTES). */
  batchSize?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Reports and stored paths are relative to this folder (default: the working directory). */
  displayRoot?: string;
}

export interface FileMessage {
  file: string;
  reason: string;
}

export interface Duplicate {
  file: string;
  /** The file whose text the article keeps. */
  keptFile: string;
  key: string;
}

export interface ImportReport {
  runId: number | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Copies of an article also found in a file that wins (e.g. old_post/ vs _posts/). */
  duplicates: Duplicate[];
  rejected: FileMessage[];
  /** Imported, but an editor should look: derived titles, drafts without a date, re-encoded files. */
  warnings: FileMessage[];
  /** Files that are not posts (images, layouts, pages): not counted in `read`. */
  ignored: string[];
  missing: string[];
  sourcesNamed: number;
  dryRun: boolean;
}

const DEFAULT_BATCH = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * The import pipeline (as Ghost's importer): discover files → read & hash → skip unchanged →
 * parse and normalise → de-duplicate on the stable key → upsert in batches. A bad file becomes a
 * rejection with a reason, never an exception that stops the rest. Each batch (articles plus the
 * outcome of every file in it) commits atomically, and every write is an idempotent upsert, so an
 * import killed at any point and run again ends in the same state as one that was never stopped.
 */
export async function importContent(inputs: string[], options: ImportOptions): Promise<ImportReport> {
  const { store, dryRun = false, batchSize = DEFAULT_BATCH, onProgress, normalise = normaliseInThread } = options;
  const found = await discover(inputs, options.displayRoot);
  const report: ImportReport = {
    runId: null,
    read: found.posts.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: [],
    rejected: [],
    warnings: [],
    ignored: found.ignored,
    missing: found.missing,
    sourcesNamed: 0,
    dryRun,
  };
  const runId = dryRun ? null : await store.beginRun(inputs);
  report.runId = runId;

  const categoryNames = await readCategoryPages(found.categoryPages, report);
  const pendingNames = new Map(categoryNames);
  // What this run has taken so far, by article key and by content: later copies are duplicates.
  const keptFileByKey = new Map<string, string>();
  const keptFileByHash = new Map<string, string>();
  const keptKeyByHash = new Map<string, string>();
  let done = 0;

  // Reading and parsing batch N+1 overlaps writing batch N: the CPU work (worker threads) and the
  // database work proceed side by side.
  const prepare = async (files: DiscoveredPost[]): Promise<PreparedFile[]> => {
    const loaded = files.map(loadFile);
    const hashed = loaded.filter((file): file is LoadedFile => 'hash' in file);
    const known = await store.knownHashes(hashed.map((file) => file.hash));
    // Only files with new content are decoded and parsed: an unchanged archive costs a read and a hash.
    const decoded = new Map<LoadedFile, DecodedText | { reason: string }>();
    for (const file of hashed) if (!known.has(file.hash)) decoded.set(file, decodeText(file.bytes));
    const toParse = [...decoded].flatMap(([file, text]) => ('text' in text ? [{ file, text }] : []));
    const parsed = await normalise(toParse.map(({ file, text }) => ({ path: file.displayPath, text: text.text, hash: file.hash })));
    const results = new Map(toParse.map(({ file }, index) => [file, parsed[index]]));
    return loaded.map((file): PreparedFile => {
      if (!('hash' in file)) return { kind: 'rejected', path: file.displayPath, reason: file.reason };
      // Where the old site served the file depends only on its path and first line.
      const addresses = legacyAddresses(file.displayPath, file.bytes.subarray(0, 256).toString('utf8'));
      if (known.has(file.hash)) return { kind: 'unchanged', path: file.displayPath, hash: file.hash, addresses };
      const text = decoded.get(file);
      const result = results.get(file);
      if (!text || 'reason' in text || !result) {
        return { kind: 'rejected', path: file.displayPath, reason: text && 'reason' in text ? text.reason : 'could not be parsed' };
      }
      return { kind: 'parsed', path: file.displayPath, hash: file.hash, addresses, text, result };
    });
  };

  const all = [...batches(found.posts, batchSize)];
  let upcoming = all.length ? prepare(all[0] ?? []) : null;
  for (let index = 0; index < all.length; index += 1) {
    const prepared = await (upcoming as Promise<PreparedFile[]>);
    upcoming = index + 1 < all.length ? prepare(all[index + 1] ?? []) : null;

    const outcomes: FileOutcome[] = [];
    const aliases: LegacyAddress[] = [];
    const leadsTo = (file: PreparedFile, key: string | null) => {
      if (file.kind === 'rejected') return;
      for (const path of file.addresses) aliases.push({ path, key, contentHash: file.hash });
    };
    const reject = (file: string, reason: string) => {
      report.rejected.push({ file, reason });
      outcomes.push({ path: file, outcome: 'REJECTED', reason, articleKey: null });
    };
    const duplicate = (file: string, keptFile: string, key: string) => {
      report.duplicates.push({ file, keptFile, key });
      outcomes.push({ path: file, outcome: 'DUPLICATE', reason: `same article as ${keptFile}`, articleKey: key || null });
    };

    const posts: NormalisedPost[] = [];
    const pathByKey = new Map<string, string>();
    for (const file of prepared) {
      if (file.kind === 'rejected') {
        reject(file.path, file.reason);
        continue;
      }
      const sameContent = keptFileByHash.get(file.hash);
      if (sameContent) {
        duplicate(file.path, sameContent, '');
        leadsTo(file, keptKeyByHash.get(file.hash) ?? null);
        continue;
      }
      keptFileByHash.set(file.hash, file.path);
      // Unchanged files are counted, not recorded one by one: the run keeps the count.
      if (file.kind === 'unchanged') {
        report.unchanged += 1;
        leadsTo(file, null);
        continue;
      }
      const { result } = file;
      if (!result.ok) {
        if (result.notAPost) {
          report.read -= 1;
          report.ignored.push(file.path);
        } else {
          reject(file.path, result.reason);
        }
        continue;
      }
      const post = { ...result.post, rawSource: file.text.text };
      if (file.text.encoding === 'gb18030') {
        post.flags.push(FLAGS.decodedGb18030);
        post.warnings.push('not UTF-8: decoded as GB18030/GBK');
      }
      keptKeyByHash.set(file.hash, post.key);
      leadsTo(file, post.key);
      const keptFile = keptFileByKey.get(post.key);
      if (keptFile) {
        duplicate(file.path, keptFile, post.key);
        continue;
      }
      keptFileByKey.set(post.key, file.path);
      pathByKey.set(post.key, file.path);
      for (const warning of post.warnings) report.warnings.push({ file: file.path, reason: warning });
      posts.push(post);
    }

    const sources = sourceNamesFor(posts, pendingNames);
    if (runId !== null && (posts.length || sources.length || outcomes.length || aliases.length)) {
      const saved = await store.saveBatch({ runId, posts, sources, outcomes, aliases });
      report.created += saved.created.length;
      report.updated += saved.updated.length;
      report.warnings.push(...saved.warnings);
      for (const key of saved.superseded) {
        report.duplicates.push({ file: pathByKey.get(key) ?? key, keptFile: '(stored from _posts/)', key });
      }
    } else if (runId === null) {
      const existing = await store.existingKeys(posts.map((post) => post.key));
      report.updated += existing.size;
      report.created += posts.length - existing.size;
    }
    done += prepared.length;
    onProgress?.({ done, total: found.posts.length });
  }

  // Category pages whose sources had no post in this run still name their source.
  const leftover = [...pendingNames.values()];
  if (runId !== null && leftover.length) {
    await store.saveBatch({ runId, posts: [], sources: leftover, outcomes: [], aliases: [] });
  }
  report.sourcesNamed = categoryNames.size;
  if (runId !== null) await store.finishRun(runId, report);
  return report;
}

function* batches(posts: DiscoveredPost[], size: number): Generator<DiscoveredPost[]> {
  let batch: DiscoveredPost[] = [];
  let bytes = 0;
  for (const post of posts) {
    batch.push(post);
    bytes += post.size;
    if (batch.length >= size || bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

interface LoadedFile {
  displayPath: string;
  bytes: Buffer;
  hash: string;
}

interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

type PreparedFile =
  | { kind: 'rejected'; path: string; reason: string }
  | { kind: 'unchanged'; path: string; hash: string; addresses: string[] }
  | {
      kind: 'parsed';
      path: string;
      hash: string;
      addresses: string[];
      text: DecodedText;
      result: NormaliseResult;
    };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Reads and hashes one file; empty and binary files are rejected here. Synchronous on purpose:
 * for small files a blocking read costs microseconds, while the thread-pool round trips of
 * fs.promises made reading 100,000 files five times slower (measured in `npm run bench:import`).
 */
function loadFile(file: DiscoveredPost): LoadedFile | { displayPath: string; reason: string } {
  const fail = (reason: string) => ({ displayPath: file.displayPath, reason });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolutePath);
  } catch (error) {
    return fail(`could not be read: ${(error as Error).message}`);
  }
  if (bytes.length === 0) return fail('empty file');
  if (bytes.subarray(0, 8192).includes(0)) return fail('binary file (contains NUL bytes), not a post');
  return { displayPath: file.displayPath, bytes, hash: hashContent(bytes) };
}

/** UTF-8, or GB18030/GBK when the bytes are not UTF-8 but decode to Chinese text; never mojibake. */
function decodeText(bytes: Buffer): DecodedText | { reason: string } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = decodeGb18030(bytes);
    if (text !== null) return { text, encoding: 'gb18030' };
    return { reason: 'not UTF-8, and not GB18030/GBK Chinese text either: re-save the file as UTF-8' };
  }
}

/** GB18030 decodes almost any byte string; accept it only when the result reads as Chinese. */
export function decodeGb18030(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = gb18030.decode(bytes);
  } catch {
    return null;
  }
  const nonAscii = text.match(/[^\x00-\x7f]/g) ?? [];
  const chinese = text.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g) ?? [];
  return nonAscii.length > 0 && chinese.length / nonAscii.length >= 0.9 ? text : null;
}

async function readCategoryPages(pages: DiscoveredPost[], report: ImportReport): Promise<Map<string, SourceNameInput>> {
  const names = new Map<string, SourceNameInput>();
  for (const page of pages) {
    try {
      const { frontMatter } = splitPost(readFileSync(page.absolutePath, 'utf8'));
      const slug = normaliseSlug(frontMatter.category[0] ?? path.basename(page.absolutePath, '.html'));
      const title = frontMatter.title;
      if (!slug || !title) throw new PostRejection('category page has no category or no title');
      // The old site generated pages titled with the capitalised slug ("Emnews") for sources it had
      // no name for; such a title is a placeholder, not a display name.
      const placeholder = title.toLowerCase() === slug.toLowerCase();
      names.set(slug, { slug, name: title, authoritative: !placeholder });
    } catch (error) {
      // Category pages are not posts (not in `read`); a broken one only loses a display name.
      report.warnings.push({ file: page.displayPath, reason: `category page skipped: ${(error as Error).message}` });
    }
  }
  return names;
}

/**
 * Names for the sources a batch writes: a category page's title wins; otherwise the `<source>新闻`
 * tag ("厦门晚报新闻" → 厦门晚报), a placeholder title, or the slug itself.
 */
function sourceNamesFor(posts: NormalisedPost[], pending: Map<string, SourceNameInput>): SourceNameInput[] {
  const result = new Map<string, SourceNameInput>();
  for (const post of posts) {
    if (result.has(post.sourceSlug)) continue;
    const page = pending.get(post.sourceSlug);
    if (page?.authoritative) {
      result.set(post.sourceSlug, page);
    } else {
      const name = post.sourceNameHint ?? page?.name ?? post.sourceSlug;
      result.set(post.sourceSlug, { slug: post.sourceSlug, name, authoritative: false });
    }
    pending.delete(post.sourceSlug);
  }
  return [...result.values()];
}
