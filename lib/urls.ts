import { encodePath } from './jekyll';

/**
 * The one URL builder: pages, redirects, sitemaps, feeds and JSON-LD all ask here, so a change of
 * scheme is one edit. An article is at its stored permalink: the exact address Jekyll gave it
 * (`/<categories>/<yyyy>/<mm>/<dd>/<slug>.html`, see lib/jekyll.ts), so old links answer without
 * a redirect. Segments are percent-encoded: slugs contain spaces, parentheses, upper case and Chinese.
 */
const seg = (value: string) => encodeURIComponent(value);

export interface SearchUrlFilters {
  source?: string | null;
  from?: string | null;
  to?: string | null;
}

export const urls = {
  home: () => '/',
  /** Every source, by pinyin initial. */
  sources: () => '/category',
  source: (slug: string) => `/category/${seg(slug)}`,
  /** Older pages of a source, reached by a keyset cursor (see encodeCursor). */
  sourcePage: (slug: string, cursor: string | null) =>
    cursor ? `/category/${seg(slug)}/before/${seg(cursor)}` : `/category/${seg(slug)}`,
  /** An article at its permalink (decoded in the database), encoded as Jekyll linked it. */
  article: ({ permalink }: { permalink: string }) => encodePath(permalink),
  share: (infoCode: string) => `/html_News/NewsShare.html?infoCode=${seg(infoCode)}`,
  /** The page a withdrawn article's addresses show (with status 410), naming its source. */
  gone: (sourceSlug: string | null) => (sourceSlug ? `/gone/${seg(sourceSlug)}` : '/gone'),
  tag: (name: string) => `/tag/${seg(name)}`,
  /** Older pages of a tag, reached by a keyset cursor. */
  tagPage: (name: string, cursor: string | null) =>
    cursor ? `/tag/${seg(name)}/before/${seg(cursor)}` : `/tag/${seg(name)}`,
  /**
   * Search (the empty search page without a query); `cursor` for the next results; `filters` narrow
   * it to a source (slug) and a range of Beijing days (`2021-12-21`, both included).
   */
  search: (query?: string, cursor: string | null = null, filters: SearchUrlFilters = {}) => {
    if (!query) return '/search';
    const params = new URLSearchParams({ q: query });
    if (filters.source) params.set('source', filters.source);
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
    if (cursor) params.set('before', cursor);
    return `/search?${params}`;
  },
  /** A Beijing day's articles; `day` is `2021-12-21` (see shanghaiDayKey). */
  day: (day: string) => `/date/${day}`,
  dayPage: (day: string, cursor: string | null) =>
    cursor ? `/date/${day}/before/${seg(cursor)}` : `/date/${day}`,
  /** Site-wide feeds; /feed.xml is the old Jekyll feed's address. */
  feeds: () => ({ rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' }),
  /** The newest headlines as JSON, for the pages' live notice and latest column (lib/live.ts). */
  latest: () => '/latest.json',
  sourceLatest: (slug: string) => `/category/${seg(slug)}/latest.json`,
  /** The newest articles across all sources from a keyset cursor (the home list's "更多"). */
  latestPage: (cursor: string) => `/latest/before/${seg(cursor)}`,
  sourceFeeds: (slug: string) => ({
    rss: `/category/${seg(slug)}/feed.xml`,
    atom: `/category/${seg(slug)}/atom.xml`,
    json: `/category/${seg(slug)}/feed.json`,
  }),
  /** An image of the media library (content-hashed, served with an immutable cache lifetime). */
  media: (key: string) => `/media/${seg(key)}`,
  sitemapIndex: () => '/sitemap.xml',
  sitemapArticles: (chunk: number) => `/sitemaps/articles/${chunk}.xml`,
  sitemapSources: () => '/sitemaps/sources.xml',
  sitemapNews: () => '/sitemaps/news.xml',
};

export function absoluteUrl(pathname: string, siteUrl: string): string {
  return new URL(pathname, `${siteUrl}/`).toString();
}

/** A keyset position in a newest-first listing: the last row's publication time and id. */
export interface Cursor {
  publishedAt: Date;
  id: number;
}

export function encodeCursor({ publishedAt, id }: Cursor): string {
  return `${publishedAt.getTime().toString(36)}-${id.toString(36)}`;
}

const CURSOR = /^([0-9a-z]{1,11})-([0-9a-z]{1,8})$/;

export function decodeCursor(value: string): Cursor | null {
  const match = CURSOR.exec(value);
  if (!match) return null;
  const ms = parseInt(match[1] ?? '', 36);
  const id = parseInt(match[2] ?? '', 36);
  if (!Number.isSafeInteger(ms) || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647)
    return null;
  return { publishedAt: new Date(ms), id };
}

const RESERVED_FIRST_SEGMENTS = new Set([
  'category',
  'tag',
  'date',
  'admin',
  'api',
  'html_News',
  '_next',
  'feed.xml',
  'sitemap.xml',
  'robots.txt',
  'search',
  'latest',
  'latest.json',
  'old_post',
  'gone',
]);

/**
 * A post's address: categories (none, one or several segments), day, file. Without categories it
 * is where Jekyll put a post whose front matter it could not see.
 */
const POST_PATH = /^\/(?:(.+)\/)?(\d{4})\/(\d{2})\/(\d{2})\/([^/]+?)(\.html?)?(\/)?$/;

/** Whether a path has the shape of an article permalink (categories, day, `<slug>.html`). */
export function isPermalink(pathname: string): boolean {
  const match = POST_PATH.exec(pathname);
  return Boolean(match?.[1] && match[6] === '.html' && !match[7]);
}

/** Whether a path is one of the old site's addresses that lead elsewhere only through an alias. */
export function isAliasShape(pathname: string): boolean {
  if (pathname.startsWith('/old_post/')) return true;
  const match = POST_PATH.exec(pathname);
  return Boolean(match && !match[1]);
}

/** `/category/<file name>.html`'s name as a source slug: trimmed, runs of spaces as one. */
export function categoryFileSlug(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The old site's URL shapes that can be mapped to a canonical path without a database: one 301,
 * never a chain. Returns null when the path is already canonical (or not a legacy shape).
 */
export function legacyRedirectTarget(pathname: string): string | null {
  if (pathname === '/index.html') return '/';
  const category = /^\/category\/([^/]+?)(?:\.html)?\/?$/.exec(pathname);
  if (category?.[1]) {
    const name = decodeSegment(category[1]);
    const target = name === null ? null : `/category/${seg(categoryFileSlug(name))}`;
    return target === null || target === pathname ? null : target;
  }
  const post = POST_PATH.exec(pathname);
  if (post?.[1]) {
    const [, categories, year, month, day, slug, extension, slash] = post;
    if (extension === '.html' && !slash) return null;
    return `/${categories}/${year}/${month}/${day}/${slug}.html`;
  }
  const bareSource = /^\/([^/]+)\/$/.exec(pathname);
  if (bareSource?.[1] && !RESERVED_FIRST_SEGMENTS.has(bareSource[1])) {
    const name = decodeSegment(bareSource[1]);
    return name === null ? null : `/category/${seg(categoryFileSlug(name))}`;
  }
  if (pathname.length > 1 && pathname.endsWith('/') && !pathname.startsWith('/_next/')) {
    return pathname.replace(/\/+$/, '') || '/';
  }
  return null;
}

function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

const SOURCE_LISTING = /^\/category\/([^/]+)(\/.*)?$/;

/**
 * The source a source page (or its older pages and feeds) shows, and the same path under another
 * slug: how a renamed source's old URLs are redirected. Articles move through aliases instead.
 */
export function sourceInPath(
  pathname: string,
): { slug: string; withSlug: (slug: string) => string } | null {
  const listing = SOURCE_LISTING.exec(pathname);
  if (!listing?.[1]) return null;
  const slug = decodeSegment(listing[1]);
  if (slug === null) return null;
  return { slug, withSlug: (next) => `/category/${seg(next)}${listing[2] ?? ''}` };
}

const TAG_LISTING = /^\/tag\/([^/]+)(\/.*)?$/;

/** The tag a tag page (or one of its older pages) shows, and the same path under another name. */
export function tagInPath(
  pathname: string,
): { name: string; withName: (name: string) => string } | null {
  const listing = TAG_LISTING.exec(pathname);
  if (!listing?.[1]) return null;
  const name = decodeSegment(listing[1]);
  if (name === null) return null;
  return { name, withName: (next) => `/tag/${seg(next)}${listing[2] ?? ''}` };
}
