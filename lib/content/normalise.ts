import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  categoryPath,
  isDatedPostFileName,
  jekyllCategories,
  jekyllDate,
  jekyllSlug,
  pageUrl,
  postUrl,
  startsWithFrontMatter,
} from '../jekyll';
import { parseSiteDate } from '../time';
import { extractBodyParts } from './body';
import { PostRejection, splitPost } from './front-matter';
import { documentGrams } from '../search';
import { htmlToText, renderBody } from './render';

/** One post, ready to be written: what the importer upserts on `key`. */
export interface NormalisedPost {
  key: string;
  infoCode: string | null;
  /** The last part of its URL, as Jekyll made it from the file name (`Spring-Festival-(春运)-Update`). */
  slug: string;
  /**
   * Where the old site served it, by Jekyll's rules (lib/jekyll.ts): the article's address. Null
   * only for a draft without a date.
   */
  permalink: string | null;
  title: string;
  /** Null only for a draft: no usable date in the front matter or the file name. */
  publishedAt: Date | null;
  status: 'PUBLISHED' | 'DRAFT';
  sourceSlug: string;
  /** A display name for the source when no category page names it, from the `<source>新闻` tag. */
  sourceNameHint: string | null;
  tags: string[];
  sourceName: string | null;
  originalUrl: string | null;
  excerpt: string;
  bodyHtml: string;
  rawSource: string;
  sourcePath: string;
  contentHash: string;
  /** Full-text search grams of title and body (tsvector syntax), computed here in the worker. */
  searchGrams: string;
  flags: string[];
  /** What the import report tells the editor about this post (derived title, missing date…). */
  warnings: string[];
}

export type NormaliseResult =
  | { ok: true; post: NormalisedPost }
  /** `notAPost`: a page or layout file among the posts, ignored rather than rejected. */
  | { ok: false; reason: string; notAPost?: true };

/** Marks on an article that an editor should look at. */
export const FLAGS = {
  derivedTitle: 'derived-title',
  dateFromFileName: 'date-from-file-name',
  needsDate: 'needs-date',
  decodedGb18030: 'decoded-gb18030',
} as const;

const POST_LAYOUTS = new Set(['post', 'posts', 'article', 'news']);

class NotAPost extends PostRejection {}

const DATED_FILE = /^(\d{4}-\d{1,2}-\d{1,2})-(.*)$/;
const POST_EXTENSION = /\.(md|markdown|html?)$/i;
/** Slugs in file names that are eastmoney infoCodes, e.g. NW202112212221212333. */
const INFO_CODE_SLUG = /^[A-Z]{2}\d{12,}$/;

export interface FileName {
  slug: string;
  date: Date | null;
}

/** `2021-12-21-NW202112212221212333.md` → slug + date; `-202205262391921712.md` → slug only. */
export function parseFileName(fileName: string): FileName {
  const stem = path.basename(fileName).replace(POST_EXTENSION, '');
  const dated = DATED_FILE.exec(stem);
  if (dated) {
    return { slug: (dated[2] ?? '').trim(), date: parseSiteDate(dated[1] ?? '') };
  }
  return { slug: stem.replace(/^-+/, '').trim(), date: null };
}

export function hashContent(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * parse → normalise → render: a post file becomes a NormalisedPost or a rejection with a reason
 * an editor can act on. Pure apart from hashing; never throws for bad input.
 */
export function normalisePost(relativePath: string, text: string, contentHash = hashContent(text)): NormaliseResult {
  try {
    return { ok: true, post: normalise(relativePath, text, contentHash) };
  } catch (error) {
    if (error instanceof NotAPost) return { ok: false, reason: error.message, notAPost: true };
    if (error instanceof PostRejection) return { ok: false, reason: error.message };
    return { ok: false, reason: `could not be processed: ${(error as Error).message}` };
  }
}

function normalise(relativePath: string, text: string, contentHash: string): NormalisedPost {
  const { frontMatter, data, yaml, body } = splitPost(text);
  if (frontMatter.layout && !POST_LAYOUTS.has(frontMatter.layout)) {
    throw new NotAPost(`layout "${frontMatter.layout}" is not a post`);
  }
  const fileName = parseFileName(relativePath);
  const slug = jekyllSlug(path.basename(relativePath), data);
  if (!fileName.slug || !slug) throw new PostRejection('the file name gives no slug for the URL');

  const sourceSlug = normaliseSlug(frontMatter.categories[0] ?? frontMatter.category[0] ?? '');
  if (!sourceSlug) throw new PostRejection('no category: the post names no source');

  const flags: string[] = [];
  const warnings: string[] = [];
  let publishedAt = frontMatter.date ? parseSiteDate(frontMatter.date) : null;
  if (!publishedAt && fileName.date) {
    publishedAt = fileName.date;
    flags.push(FLAGS.dateFromFileName);
    warnings.push(
      `${frontMatter.date ? `date "${frontMatter.date}" is not a date` : 'date is empty'}: used the file name's date`,
    );
  }
  if (!publishedAt) {
    flags.push(FLAGS.needsDate);
    warnings.push(
      `${frontMatter.date ? `date "${frontMatter.date}" is not a date` : 'date is empty'} and the file name has none: imported as a draft for an editor to date`,
    );
  }

  const parts = extractBodyParts(body);
  const rendered = renderBody(parts.markdown);
  let title = frontMatter.title;
  if (!title) {
    title = deriveTitle(htmlToText(rendered.html));
    if (!title) throw new PostRejection('title is empty and the body has no text to take one from');
    flags.push(FLAGS.derivedTitle);
    warnings.push(`title is empty: used "${title}" from the body; an editor should check it`);
  }
  const infoCode = parts.shareInfoCode ?? (INFO_CODE_SLUG.test(fileName.slug) ? fileName.slug : null);
  const tags = [...new Set(frontMatter.tags)];

  // The address as Jekyll built it had it read this front matter (a file whose front matter
  // follows blank lines was served elsewhere: see legacyAddresses). Where Jekyll could not date the
  // post it never built it, and the date the importer settled on stands in.
  const addressDate = jekyllDate(path.basename(relativePath), data, yaml) ?? publishedAt;
  const permalink = addressDate
    ? postUrl({ categories: categoryPath(jekyllCategories(data)), date: addressDate, slug })
    : null;

  return {
    key: infoCode ? `ic:${infoCode}` : `file:${path.basename(relativePath)}`,
    infoCode,
    slug,
    permalink,
    title,
    publishedAt,
    status: publishedAt ? 'PUBLISHED' : 'DRAFT',
    sourceSlug,
    sourceNameHint: sourceNameFromTag(tags[0]),
    tags,
    sourceName: rendered.sourceName,
    originalUrl: parts.originalUrl,
    excerpt: rendered.excerpt,
    bodyHtml: rendered.html,
    rawSource: text,
    sourcePath: relativePath,
    contentHash,
    searchGrams: documentGrams(title, rendered.html),
    flags,
    warnings,
  };
}

const ARCHIVE_FOLDER = 'old_post';

/**
 * The other addresses the old site served a post file at, besides its permalink: the archive page
 * `/old_post/<file name>.html` of a file in `old_post/` (a plain folder: Jekyll served its files as
 * pages, and copied those without front matter as they were), and `/<yyyy>/<mm>/<dd>/<slug>.html`
 * for a dated file whose first line is not `---` (Jekyll read no front matter, hence no category).
 * Needs only the path and the text (byte order mark kept), so unchanged files are covered too.
 */
export function legacyAddresses(relativePath: string, text: string): string[] {
  const fileName = path.basename(relativePath);
  const addresses: string[] = [];
  if (relativePath.split(/[\\/]/).slice(0, -1).includes(ARCHIVE_FOLDER)) {
    // Pages are not read with the byte order mark removed: a file with one had no front matter.
    addresses.push(pageUrl(ARCHIVE_FOLDER, fileName, startsWithFrontMatter(text)));
  }
  if (isDatedPostFileName(fileName) && !startsWithFrontMatter(text.replace(/^\uFEFF/, ''))) {
    const date = jekyllDate(fileName, null, '');
    const slug = jekyllSlug(fileName, null);
    if (date && slug) addresses.push(postUrl({ categories: '', date, slug }));
  }
  return addresses;
}

const TITLE_MAX = 60;

/**
 * A headline for a post that has none: the body's first sentence, cut at a clause boundary when it
 * is long. Posts without a title are mostly one-paragraph wire digests, whose first sentence is the news.
 */
export function deriveTitle(text: string): string {
  const clean = text.replace(/^[【\[][^】\]]{0,20}[】\]]\s*/, '').trim();
  const sentence = /^[^。！？!?]*[。！？!?]?/.exec(clean)?.[0]?.replace(/[。！？!?]$/, '') ?? '';
  if (sentence.length <= TITLE_MAX) return sentence.trim();
  const window = sentence.slice(0, TITLE_MAX);
  const clause = Math.max(...['，', '；', '：', ',', ';', ' '].map((mark) => window.lastIndexOf(mark)));
  return `${(clause >= TITLE_MAX / 2 ? window.slice(0, clause) : window).trim()}…`;
}

/** Source slugs are kept as written (spaces, parentheses, case) bar surrounding and repeated spaces. */
export function normaliseSlug(value: string): string {
  return value.trim().replace(/\s+/g, ' ').replace(/\//g, '-');
}

/** `厦门晚报新闻` → `厦门晚报`: the old site tagged every post `<source>新闻`. */
export function sourceNameFromTag(tag: string | undefined): string | null {
  if (!tag) return null;
  const name = tag.replace(/新闻$/, '').trim();
  return name || null;
}
