import type { ArticleSummary } from '@/lib/db/articles/views';
import { urls } from '@/lib/urls';
import { TimeStamp } from './time-stamp';

/** A newest-first list of headlines with digest, time and (optionally) source. */
export function ArticleList({
  articles,
  showSource = true,
  headingLevel = 2,
  showExcerpt = true,
}: {
  articles: ArticleSummary[];
  showSource?: boolean;
  /** Digests under the headlines (not in narrow side columns). */
  showExcerpt?: boolean;
  /** The level of each headline: one below the heading of the list. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="divide-y divide-line">
      {articles.map((article) => (
        <li key={article.id} className="py-3">
          <Heading className="text-[1.05rem] leading-snug font-semibold">
            <a href={article.url} className="hover:text-accent">
              {article.title}
            </a>
          </Heading>
          {showExcerpt && article.excerpt && article.excerpt !== article.title ? (
            <p className="mt-1 line-clamp-2 text-sm leading-relaxed text-muted">
              {article.excerpt}
            </p>
          ) : null}
          <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-subtle">
            <TimeStamp iso={article.publishedAt} />
            {showSource ? (
              <a
                href={urls.source(article.source.slug)}
                className="inline-block py-1 hover:text-accent"
              >
                {article.source.name}
              </a>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
