import { readdirSync, statSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface DiscoveredPost {
  absolutePath: string;
  /** What reports show: relative to the working directory when inside it. */
  displayPath: string;
  /** Lower wins when two files carry the same article: _posts/ (0) over old_post/ (1). */
  priority: number;
  size: number;
}

export interface Discovered {
  posts: DiscoveredPost[];
  categoryPages: DiscoveredPost[];
  /** Files that are neither posts nor category pages (images, layouts, notes…). */
  ignored: string[];
  /** Inputs that do not exist. */
  missing: string[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const HTML = /\.html?$/i;
const POSTS_DIR = '_posts';
const OLD_POSTS_DIR = 'old_post';
const CATEGORY_DIR = 'category';
/** Jekyll folders that hold templates and generated output, never posts. */
const NEVER_POSTS = new Set(['_layouts', '_includes', '_site', '_data', '_sass', 'assets', 'node_modules', '.git']);

/**
 * Finds post files and category pages under the given inputs: single files, a `_posts` folder,
 * any folder of posts, or a Jekyll site root (where only `_posts/`, `old_post/` and `category/`
 * are read, as Jekyll would).
 */
export async function discover(inputs: string[], displayRoot = process.cwd()): Promise<Discovered> {
  const found: Discovered = { posts: [], categoryPages: [], ignored: [], missing: [] };
  const classify = (absolutePath: string, size: number, named: boolean) =>
    classifyFile(absolutePath, relativeDisplayPath(absolutePath, displayRoot), size, named, found);
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      found.missing.push(input);
    } else if (!info.isDirectory()) {
      classify(absolute, info.size, true);
    } else if (await isSiteRoot(absolute)) {
      for (const folder of [POSTS_DIR, OLD_POSTS_DIR, CATEGORY_DIR]) {
        walk(path.join(/* turbopackIgnore: true */ absolute, folder), classify);
      }
    } else {
      walk(absolute, classify);
    }
  }
  // Deterministic order: reports and "first file wins" rules do not depend on the file system.
  found.posts.sort((a, b) => a.priority - b.priority || a.absolutePath.localeCompare(b.absolutePath));
  found.categoryPages.sort((a, b) => a.absolutePath.localeCompare(b.absolutePath));
  return found;
}

async function isSiteRoot(directory: string): Promise<boolean> {
  const posts = await stat(path.join(/* turbopackIgnore: true */ directory, POSTS_DIR)).catch(() => null);
  return Boolean(posts?.isDirectory());
}

// `turbopackIgnore` on paths known only at run time: the admin's upload action bundles this file,
// and the build would otherwise trace every matching file of the checkout (bench archives…).
// Synchronous file-system calls: an archive folder holds 100,000 files, and per-file promises
// through libuv's thread pool cost several times the calls themselves.
function walk(
  directory: string,
  classify: (absolutePath: string, size: number, named: boolean) => void,
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!NEVER_POSTS.has(entry.name)) walk(child, classify);
    } else if (entry.isFile()) {
      classify(child, statSync(child, { throwIfNoEntry: false })?.size ?? 0, false);
    }
  }
}

function classifyFile(
  absolutePath: string,
  displayPath: string,
  size: number,
  named: boolean,
  found: Discovered,
): void {
  const segments = absolutePath.split(path.sep);
  const folder = segments.at(-2);
  if (folder === CATEGORY_DIR && HTML.test(absolutePath)) {
    found.categoryPages.push({ absolutePath, displayPath, priority: 0, size });
    return;
  }
  // .html posts are only taken from post folders (or when named): elsewhere they are site pages.
  const inPostFolder = segments.includes(POSTS_DIR) || segments.includes(OLD_POSTS_DIR);
  if (MARKDOWN.test(absolutePath) || (HTML.test(absolutePath) && (inPostFolder || named))) {
    const priority = segments.includes(OLD_POSTS_DIR) ? 1 : 0;
    found.posts.push({ absolutePath, displayPath, priority, size });
    return;
  }
  found.ignored.push(displayPath);
}

/** Relative to `root` when inside it (the working directory, or an upload's staging folder). */
function relativeDisplayPath(absolutePath: string, root: string): string {
  const relative = path.relative(root, absolutePath);
  return relative.startsWith('..') ? absolutePath : relative;
}
