import Link from 'next/link';
import type { ArticleSummary } from '@/lib/db/articles/views';
import { urls } from '@/lib/urls';
import { TimeStamp } from './time-stamp';

/** A newest-first list of headlines with digest, time and (optionally) source. */
export function ArticleList({
  articles,
  showSource = true,
}: {
  articles: ArticleSummary[];
  showSource?: boolean;
}) {
  return (
    <ul className="divide-y divide-stone-200">
      {articles.map((article) => (
        <li key={article.id} className="py-3">
          <h3 className="text-[1.05rem] leading-snug font-semibold">
            <Link href={article.url} className="hover:text-brand">
              {article.title}
            </Link>
          </h3>
          {article.excerpt && article.excerpt !== article.title ? (
            <p className="mt-1 line-clamp-2 text-sm leading-relaxed text-stone-600">
              {article.excerpt}
            </p>
          ) : null}
          <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-stone-500">
            <TimeStamp iso={article.publishedAt} />
            {showSource ? (
              <Link href={urls.source(article.source.slug)} className="hover:text-brand">
                {article.source.name}
              </Link>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
