import 'server-only';
import { revalidateTag } from 'next/cache';
import { TAGS } from './cache-tags';

/**
 * Expires cached reads and the pages built from them. `expire: 0` makes the next request render
 * fresh (a reader sees a change at once) instead of being served one stale copy first.
 */
export function invalidateTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/** After a bulk import: one invalidation of everything, not one per article. */
export function invalidateAllContent(): void {
  invalidateTags([TAGS.all]);
}

/** After one article changed: its page, its source's listings, every list, and its share URL. */
export function invalidateArticle(article: {
  slug: string;
  sourceSlug: string;
  infoCode: string | null;
}): void {
  invalidateArticles([article]);
}

// Past this many, expiring everything costs less than naming each page.
const MANY_ARTICLES = 200;

/** After a change that touched many articles' pages (a tag renamed, say). */
export function invalidateArticles(
  articles: { slug: string; sourceSlug: string; infoCode: string | null }[],
): void {
  if (articles.length > MANY_ARTICLES) return invalidateAllContent();
  invalidateTags([
    TAGS.articleLists,
    ...articles.flatMap((a) => [
      TAGS.article(a.slug),
      TAGS.source(a.sourceSlug),
      ...(a.infoCode ? [TAGS.infoCode(a.infoCode)] : []),
    ]),
  ]);
}
