import 'server-only';
import { TAGS } from '../../cache-tags';
import { rankRelated } from '../../related';
import { cachedRead } from '../cached';
import { db } from '../client';
import { ARTICLES_WITH_SOURCE, SUMMARY_COLUMNS } from '../sql';
import { toSummary, type ArticleSummary, type ArticleView, type SummaryRow } from './views';

/**
 * What an article page leads on to: the previous and next article of its source, and related
 * articles. Index probes around the article only; cached under the article's and its source's
 * tags (never the site-wide lists), so an import elsewhere leaves the page alone.
 */

export interface SourceNeighbours {
  /** The source's article published just before this one. */
  previous: ArticleSummary | null;
  /** The source's article published just after this one. */
  next: ArticleSummary | null;
}

type Anchor = Pick<ArticleView, 'id' | 'publishedAt' | 'title' | 'tags'> & {
  source: { slug: string };
  slug: string;
};

export function getSourceNeighbours(article: Anchor): Promise<SourceNeighbours> {
  return cachedRead(
    ['source-neighbours', String(article.id)],
    [TAGS.article(article.slug), TAGS.source(article.source.slug)],
    async () => {
      const at = new Date(article.publishedAt);
      const [previous, next] = await Promise.all([
        db.$queryRaw<SummaryRow[]>`
          SELECT ${SUMMARY_COLUMNS} ${ARTICLES_WITH_SOURCE}
          WHERE a.status = 'PUBLISHED' AND s.slug = ${article.source.slug}
            AND (a.published_at, a.id) < (${at}::timestamptz, ${article.id}::int)
          ORDER BY a.published_at DESC, a.id DESC LIMIT 1`,
        db.$queryRaw<SummaryRow[]>`
          SELECT ${SUMMARY_COLUMNS} ${ARTICLES_WITH_SOURCE}
          WHERE a.status = 'PUBLISHED' AND s.slug = ${article.source.slug}
            AND (a.published_at, a.id) > (${at}::timestamptz, ${article.id}::int)
            AND a.published_at <= now()
          ORDER BY a.published_at ASC, a.id ASC LIMIT 1`,
      ]);
      return {
        previous: previous[0] ? toSummary(previous[0]) : null,
        next: next[0] ? toSummary(next[0]) : null,
      };
    },
  );
}

// Candidates read around the article: enough to find a handful of related titles, few enough to
// stay a couple of index range scans.
const AROUND = 60;
const PER_TAG = 60;

/** Up to `limit` related articles (lib/related.ts scores the candidates). */
export function getRelatedArticles(article: Anchor, limit: number): Promise<ArticleSummary[]> {
  return cachedRead(
    ['related-articles', String(article.id), String(limit)],
    [TAGS.article(article.slug), TAGS.source(article.source.slug)],
    async () => {
      const at = new Date(article.publishedAt);
      const rows = await db.$queryRaw<(SummaryRow & { tags: string[] })[]>`
        WITH candidates AS (
          (SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id
           WHERE a.status = 'PUBLISHED' AND s.slug = ${article.source.slug}
             AND (a.published_at, a.id) < (${at}::timestamptz, ${article.id}::int)
           ORDER BY a.published_at DESC, a.id DESC LIMIT ${AROUND})
          UNION
          (SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id
           WHERE a.status = 'PUBLISHED' AND s.slug = ${article.source.slug}
             AND (a.published_at, a.id) > (${at}::timestamptz, ${article.id}::int)
             AND a.published_at <= now()
           ORDER BY a.published_at ASC, a.id ASC LIMIT ${AROUND})
          UNION
          SELECT t.article_id FROM tags g
          CROSS JOIN LATERAL (
            SELECT article_id FROM article_tags
            WHERE tag_id = g.id AND article_id <> ${article.id}
            ORDER BY article_id DESC LIMIT ${PER_TAG}
          ) t
          WHERE g.name = ANY(${article.tags}::text[])
        )
        SELECT ${SUMMARY_COLUMNS},
          coalesce((SELECT array_agg(g.name) FROM article_tags t JOIN tags g ON g.id = t.tag_id
                    WHERE t.article_id = a.id), '{}') AS tags
        FROM candidates c JOIN articles a ON a.id = c.id JOIN sources s ON s.id = a.source_id
        WHERE a.status = 'PUBLISHED' AND a.published_at <= now()`;
      const ranked = rankRelated(
        {
          id: article.id,
          title: article.title,
          sourceSlug: article.source.slug,
          tags: article.tags,
        },
        rows.map((row) => ({ ...row, sourceSlug: row.source_slug })),
        limit,
      );
      return ranked.map(toSummary);
    },
  );
}
