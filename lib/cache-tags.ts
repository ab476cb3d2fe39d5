/**
 * Cache tags, named once. Every cached read carries the tags below; every write invalidates exactly
 * the tags of what it changed (lib/revalidate.ts). Bulk imports invalidate once, at the end.
 */
export const TAGS = {
  /** Carried by every cached read: a bulk import or a restart after out-of-band writes clears all. */
  all: 'content',
  /** Every listing of articles: home, source pages, feeds, sitemaps. */
  articleLists: 'article-lists',
  /** The list of sources and their display names (header, home sections). */
  sources: 'sources',
  /** One source's listing pages. */
  source: (slug: string) => `source:${slug}`,
  /** One article page, keyed by its permalink slug (what a page knows before it has read anything). */
  article: (slug: string) => `article:${slug}`,
  /** One tag's name and listing pages. */
  tag: (name: string) => `tag:${name}`,
  /** Share-URL lookups by infoCode. */
  infoCode: (code: string) => `info-code:${code}`,
} as const;
