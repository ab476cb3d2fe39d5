import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface DiscoveredPost {
  absolutePath: string;
  /** What reports show: relative to the working directory when inside it. */
  displayPath: string;
  /** Lower wins when two files carry the same article: _posts/ (0) over old_post/ (1). */
  priority: number;
}

export interface Discovered {
  posts: DiscoveredPost[];
  categoryPages: DiscoveredPost[];
  /** Files that are neither posts nor category pages (images, .DS_Store, …). */
  ignored: string[];
  /** Inputs that do not exist. */
  missing: string[];
}

const POST_FILE = /\.(md|markdown|html?)$/i;
const OLD_POSTS_DIR = 'old_post';

/**
 * Finds post files and category pages under the given inputs: single files, a `_posts` folder,
 * any folder of posts, or a Jekyll site root (with `_posts/`, optionally `old_post/` and `category/`).
 */
export async function discover(inputs: string[]): Promise<Discovered> {
  const found: Discovered = { posts: [], categoryPages: [], ignored: [], missing: [] };
  for (const input of inputs) {
    const absolute = path.resolve(input);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      found.missing.push(input);
    } else if (info.isDirectory()) {
      await walk(absolute, found);
    } else {
      classify(absolute, found);
    }
  }
  // Deterministic order: reports and "first file wins" rules do not depend on the file system.
  found.posts.sort((a, b) => a.priority - b.priority || a.absolutePath.localeCompare(b.absolutePath));
  found.categoryPages.sort((a, b) => a.absolutePath.localeCompare(b.absolutePath));
  return found;
}

async function walk(directory: string, found: Discovered): Promise<void> {
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === '_site') continue;
    const child = path.join(directory, entry.name);
    if (entry.isDirectory()) await walk(child, found);
    else if (entry.isFile()) classify(child, found);
  }
}

function classify(absolutePath: string, found: Discovered): void {
  const displayPath = toDisplayPath(absolutePath);
  const segments = absolutePath.split(path.sep);
  if (!POST_FILE.test(absolutePath)) {
    found.ignored.push(displayPath);
    return;
  }
  if (segments.at(-2) === 'category') {
    found.categoryPages.push({ absolutePath, displayPath, priority: 0 });
    return;
  }
  const priority = segments.includes(OLD_POSTS_DIR) ? 1 : 0;
  found.posts.push({ absolutePath, displayPath, priority });
}

function toDisplayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative.startsWith('..') ? absolutePath : relative;
}
