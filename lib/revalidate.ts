import 'server-only';
import { revalidateTag } from 'next/cache';
import { TAGS } from './cache-tags';

/**
 * Expires cached reads and the pages built from them. `expire: 0` makes the next request render
 * fresh (a reader sees a change at once) instead of being served one stale copy first.
 *
 * Then the same tags are expired once more, half a second later: a page render that read the
 * database before the write but stored its result after the first expiry would otherwise be kept
 * as fresh (Next compares an entry's write time with the expiry), and readers would see the old
 * text until the next change. `recheck: false` is that second pass.
 */
export function invalidateTags(tags: readonly string[], { recheck = true } = {}): void {
  const unique = [...new Set(tags)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  if (recheck) scheduleRecheck(unique);
}

const RECHECK_MS = 500;
// What /api/revalidate accepts in one request; past it, expiring everything is the same recheck.
const MAX_TAGS = 100;

function scheduleRecheck(tags: string[]): void {
  const port = process.env.PORT;
  const secret = process.env.REVALIDATE_SECRET;
  if (!port || !secret) return;
  const timer = setTimeout(() => {
    fetch(`http://127.0.0.1:${port}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: tags.length > MAX_TAGS ? [TAGS.all] : tags, recheck: false }),
      signal: AbortSignal.timeout(5000),
    }).catch((error: unknown) => console.error('cache recheck failed', error));
  }, RECHECK_MS);
  timer.unref();
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
