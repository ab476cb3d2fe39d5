import { parseSiteDate, shanghaiParts } from './time';

/**
 * Where Jekyll 4.3 put each post and page of the old site: its URL rules, written out so that every
 * address the old site ever served can be answered. The old site built with `timezone:
 * Asia/Shanghai` and the default `permalink: date` (/:categories/:year/:month/:day/:title.html).
 * Each rule below is what Jekyll's own code does (named in the comments); e2e/jekyll-oracle.spec.ts
 * builds the fixtures with Jekyll itself and checks the portal answers every address it wrote.
 *
 * Paths are returned decoded (`/foo bar/…`), as Jekyll writes them to disk; `encodePath` gives the
 * form used in links.
 */

/** Ruby's `String#split` without arguments: on runs of ASCII whitespace, ignoring both ends. */
function rubySplit(value: string): string[] {
  return value.split(/[ \t\n\v\f\r]+/).filter((part) => part !== '');
}

/** A front-matter value as Ruby's `to_s` prints it; failsafe YAML gives strings, lists and null. */
function asStrings(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(asStrings);
  return [String(value)];
}

/**
 * A post's categories (Document#populate_categories): `categories` as a string is split on
 * whitespace and as a list keeps its items; a `category` key, when set, adds its value unsplit.
 * Duplicates go, case kept (the URL lower-cases them later).
 */
export function jekyllCategories(frontMatter: Record<string, unknown>): string[] {
  const plural = frontMatter.categories;
  const fromPlural = typeof plural === 'string' ? rubySplit(plural) : asStrings(plural);
  const singular = frontMatter.category;
  const added = singular != null ? asStrings(singular) : fromPlural;
  return [...new Set([...fromPlural, ...added])].filter((category) => category !== '');
}

/** The `:categories` part of a URL (Drops::UrlDrop#categories): each lower-cased, once, joined by `/`. */
export function categoryPath(categories: string[]): string {
  return [...new Set(categories.map((category) => category.toLowerCase()))].join('/');
}

/**
 * The category path of a source slug, read as Jekyll read a post's `categories: <slug>`: the path
 * under which an article written in the admin, or moved to another source, is addressed.
 */
export function sourceCategoryPath(sourceSlug: string): string {
  return categoryPath(rubySplit(sourceSlug));
}

// Document::DATE_FILENAME_MATCHER and DATELESS_FILENAME_MATCHER, on a bare file name.
const DATE_FILENAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)(\.[^.]+)$/s;
const DATELESS_FILENAME = /^(.*)(\.[^.]+)$/s;

/** Whether Jekyll reads this `_posts/` file name as a post (a dated name; others are skipped). */
export function isDatedPostFileName(fileName: string): boolean {
  return DATE_FILENAME.test(fileName);
}

// Utils::SLUGIFY_PRETTY_REGEXP: characters outside letters, marks, digits and ._~!$&'()+,;=@.
const SLUGIFY_PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;

/** Utils.slugify(mode: "pretty", cased: true): other characters become `-`, one `-` trimmed each end. */
export function slugify(value: string): string {
  return value.replace(SLUGIFY_PRETTY, '-').replace(/^-|-$/g, '');
}

/**
 * The `:title` of a post's URL: the front matter's `slug`, else the file name after its date
 * (trailing dots dropped, Document#populate_title), slugified. Empty when nothing is left.
 */
export function jekyllSlug(fileName: string, frontMatter: Record<string, unknown> | null): string {
  const named = frontMatter?.slug;
  if (typeof named === 'string' && named !== '') return slugify(named);
  const match = DATE_FILENAME.exec(fileName);
  const fromName = match ? (match[2] ?? '') : (DATELESS_FILENAME.exec(fileName)?.[1] ?? fileName);
  return slugify(fromName.replace(/\.*$/, ''));
}

// Psych's ScalarScanner::TIME and YMD: the plain scalars YAML loads as Time or Date.
const PSYCH_TIME =
  /^-?(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(?:\.\d*)?(?:\s*(Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const PSYCH_DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;

/**
 * The instant Jekyll gave a post, or null where Jekyll could not date it (it aborted the build).
 * Jekyll reads `date` through YAML, which takes an unquoted `2021-12-08 23:30:00` without offset
 * as UTC: such a post's URL carries the next day in Beijing when it was written after 16:00. A
 * quoted date, or one YAML does not read as a timestamp, is parsed in the site's time zone; a post
 * without `date` gets its file name's day. `yaml` is the front matter text, to see how `date` was
 * written.
 */
export function jekyllDate(
  fileName: string,
  frontMatter: Record<string, unknown> | null,
  yaml: string,
): Date | null {
  if (!frontMatter || !('date' in frontMatter)) {
    const fromName = DATE_FILENAME.exec(fileName)?.[1];
    return fromName ? parseSiteDate(fromName) : null;
  }
  const written = /^date:[ \t]*(.*)$/m.exec(yaml)?.[1] ?? '';
  if (/^["']/.test(written)) {
    const value = frontMatter.date;
    return typeof value === 'string' ? parseSiteDate(value) : null;
  }
  // A plain scalar ends where a comment starts.
  const plain = written.replace(/\s+#.*$/, '').trim();
  const time = PSYCH_TIME.exec(plain);
  if (time) return psychTime(time);
  const date = PSYCH_DATE.exec(plain);
  if (date) return parseSiteDate(`${date[1]}-${date[2]}-${date[3]}`);
  return plain ? parseSiteDate(plain) : null;
}

/** Psych's parse_time: no offset means UTC; days past the month's end roll over, as Ruby's Time does. */
function psychTime(match: RegExpExecArray): Date | null {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  if (
    month === undefined ||
    month < 1 ||
    month > 12 ||
    day === undefined ||
    day < 1 ||
    day > 31 ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 60
  )
    return null;
  const zone = match[7];
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const [, hours = '0', minutes = '0'] = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(zone) ?? [];
    const sign = hours.startsWith('-') ? -1 : 1;
    offsetMinutes = Number(hours) * 60 + sign * Number(minutes);
  }
  return new Date(
    Date.UTC(year ?? 0, month - 1, day, hour, minute, second) - offsetMinutes * 60_000,
  );
}

/** URL#sanitize_url: `..` becomes `/`, `./` goes, repeated slashes collapse, one leading slash. */
export function sanitizeUrl(url: string): string {
  return `/${url}`
    .replaceAll('..', '/')
    .replaceAll('./', '')
    .replace(/\/{2,}/g, '/');
}

/** A post's URL under `permalink: date`, with the day it has in Beijing (the site's time zone). */
export function postUrl(post: { categories: string; date: Date; slug: string }): string {
  const { year, month, day } = shanghaiParts(post.date);
  return sanitizeUrl(`/${post.categories}/${year}/${month}/${day}/${post.slug}.html`);
}

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mkdown|mkdn|mkd)$/i;

/**
 * Where Jekyll served a page (any file with front matter outside `_posts/`, such as the archive
 * folder `old_post/`): `/:path/:basename:output_ext`, the file's own name, Markdown becoming .html.
 * A file without front matter was copied as it is.
 */
export function pageUrl(folder: string, fileName: string, hasFrontMatter: boolean): string {
  if (!hasFrontMatter) return sanitizeUrl(`/${folder}/${fileName}`);
  const extension = /\.[^.]+$/.exec(fileName)?.[0] ?? '';
  const basename = fileName.slice(0, fileName.length - extension.length);
  const output = MARKDOWN_EXTENSIONS.test(extension) ? '.html' : extension;
  return sanitizeUrl(`/${folder}/${basename}${output}`);
}

/**
 * Whether Jekyll found front matter in a file: its text (byte order mark removed for posts, not
 * for pages) starts with a `---` line. A file with a blank line first had none.
 */
export function startsWithFrontMatter(text: string): boolean {
  return /^---[ \t\r\f\v]*\n/.test(text);
}

// Addressable::URI.encode on a path: unreserved characters, sub-delimiters, `:`, `@` and `/` stay.
const PATH_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;

/** A decoded path as a link: percent-encoded as Jekyll's URLs were (spaces, Chinese, `%`, `#`…). */
export function encodePath(path: string): string {
  let encoded = '';
  for (const char of path) encoded += PATH_SAFE.test(char) ? char : encodeURIComponent(char);
  return encoded;
}

/** The same post address under other categories: its day and slug (the last four parts) kept. */
export function withCategories(permalink: string, categories: string): string {
  return sanitizeUrl(`/${categories}/${permalink.split('/').slice(-4).join('/')}`);
}

/**
 * An address with `-2`, `-3`… after the slug, for an article whose address another one already
 * has (Jekyll itself would have written one over the other).
 */
export function numberedPermalink(permalink: string, n: number): string {
  return permalink.replace(/\.html$/, `-${n}.html`);
}
