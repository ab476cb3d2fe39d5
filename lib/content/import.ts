import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { discover, type DiscoveredPost } from './discover';
import { PostRejection, splitPost } from './front-matter';
import { hashContent, normalisePost, normaliseSlug, type NormalisedPost } from './normalise';

/** Where imported posts are written. lib/db/articles.ts provides it; tests can too. */
export interface ImportStore {
  /** Which of these content hashes are already stored (those files are unchanged). */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /** Which of these article keys exist (a dry run reports created vs updated without writing). */
  existingKeys(keys: string[]): Promise<Set<string>>;
  saveBatch(posts: NormalisedPost[], sources: SourceNameInput[]): Promise<{ created: string[]; updated: string[] }>;
}

export interface SourceNameInput {
  slug: string;
  name: string;
  authoritative: boolean;
}

export interface ImportOptions {
  store: ImportStore;
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface Rejection {
  file: string;
  reason: string;
}

export interface Duplicate {
  file: string;
  keptFile: string;
  key: string;
}

export interface ImportReport {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Copies of an article already taken from another file in this run (e.g. old_post/ vs _posts/). */
  duplicates: Duplicate[];
  rejected: Rejection[];
  /** Files that are not posts (images, notes): not counted in `read`. */
  ignored: string[];
  missing: string[];
  sourcesNamed: number;
  dryRun: boolean;
}

const DEFAULT_BATCH = 500;

/**
 * The import pipeline (Ghost-importer style): discover files → read & hash → skip unchanged →
 * parse and normalise → de-duplicate on the stable key → upsert in batches. A bad file is a
 * rejection with a reason, never an exception that stops the rest.
 */
export async function importContent(inputs: string[], options: ImportOptions): Promise<ImportReport> {
  const { store, dryRun = false, batchSize = DEFAULT_BATCH, onProgress } = options;
  const found = await discover(inputs);
  const report: ImportReport = {
    read: found.posts.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: [],
    rejected: [],
    ignored: found.ignored,
    missing: found.missing,
    sourcesNamed: 0,
    dryRun,
  };

  const categoryNames = await readCategoryPages(found.categoryPages, report);
  const pendingNames = new Map(categoryNames);
  const keptFileByKey = new Map<string, string>();
  let done = 0;

  for (let start = 0; start < found.posts.length; start += batchSize) {
    const files = found.posts.slice(start, start + batchSize);
    const loaded = await Promise.all(files.map(loadFile));
    const readable = loaded.filter((file): file is LoadedFile => {
      if ('reason' in file) report.rejected.push({ file: file.displayPath, reason: file.reason });
      return !('reason' in file);
    });
    const known = await store.knownHashes(readable.map((file) => file.hash));

    const posts: NormalisedPost[] = [];
    for (const file of readable) {
      if (known.has(file.hash)) {
        report.unchanged += 1;
        continue;
      }
      const result = normalisePost(file.displayPath, file.text, file.hash);
      if (!result.ok) {
        report.rejected.push({ file: file.displayPath, reason: result.reason });
        continue;
      }
      const keptFile = keptFileByKey.get(result.post.key);
      if (keptFile) {
        report.duplicates.push({ file: file.displayPath, keptFile, key: result.post.key });
        continue;
      }
      keptFileByKey.set(result.post.key, file.displayPath);
      posts.push(result.post);
    }

    const sources = sourceNamesFor(posts, pendingNames);
    if (!dryRun && (posts.length || sources.length)) {
      const saved = await store.saveBatch(posts, sources);
      report.created += saved.created.length;
      report.updated += saved.updated.length;
    } else if (dryRun) {
      const existing = await store.existingKeys(posts.map((post) => post.key));
      report.updated += existing.size;
      report.created += posts.length - existing.size;
    }
    done += files.length;
    onProgress?.({ done, total: found.posts.length });
  }

  // Category pages whose sources had no post in this run still name their source.
  const leftover = [...pendingNames.values()];
  if (!dryRun && leftover.length) await store.saveBatch([], leftover);
  report.sourcesNamed = categoryNames.size;
  return report;
}

interface LoadedFile {
  displayPath: string;
  text: string;
  hash: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** Reads one file: rejects empty and binary files; decodes UTF-8, or GB18030/GBK when it is not. */
async function loadFile(file: DiscoveredPost): Promise<LoadedFile | { displayPath: string; reason: string }> {
  const fail = (reason: string) => ({ displayPath: file.displayPath, reason });
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absolutePath);
  } catch (error) {
    return fail(`could not be read: ${(error as Error).message}`);
  }
  if (bytes.length === 0) return fail('empty file');
  if (bytes.subarray(0, 8192).includes(0)) return fail('binary file (contains NUL bytes), not a post');
  const hash = hashContent(bytes);
  try {
    return { displayPath: file.displayPath, text: utf8.decode(bytes), hash };
  } catch {
    try {
      return { displayPath: file.displayPath, text: gb18030.decode(bytes), hash };
    } catch {
      return fail('not valid UTF-8 (nor GB18030/GBK): re-save the file as UTF-8');
    }
  }
}

async function readCategoryPages(pages: DiscoveredPost[], report: ImportReport): Promise<Map<string, SourceNameInput>> {
  const names = new Map<string, SourceNameInput>();
  for (const page of pages) {
    try {
      const { frontMatter } = splitPost(await readFile(page.absolutePath, 'utf8'));
      const slug = normaliseSlug(frontMatter.category[0] ?? path.basename(page.absolutePath, '.html'));
      const title = frontMatter.title;
      if (!slug || !title) throw new PostRejection('category page has no category or no title');
      // The old site generated pages titled with the capitalised slug ("Emnews") for sources it had
      // no name for; such a title is a placeholder, not a display name.
      const placeholder = title.toLowerCase() === slug.toLowerCase();
      names.set(slug, { slug, name: title, authoritative: !placeholder });
    } catch (error) {
      report.rejected.push({ file: page.displayPath, reason: (error as Error).message });
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
