import Link from 'next/link';
import type { ArticlePage } from '@/lib/db/articles';
import type { SourceView } from '@/lib/db/sources';
import { urls } from '@/lib/urls';
import { ArticleList } from './article-list';

/** A source's page of headlines with keyset "older" navigation (shared by page 1 and later pages). */
export function SourceListing({
  source,
  page,
  isFirstPage,
}: {
  source: SourceView;
  page: ArticlePage;
  isFirstPage: boolean;
}) {
  return (
    <section className="rounded-lg bg-white px-4 py-3 shadow-sm">
      <nav aria-label="面包屑" className="text-xs text-stone-500">
        <Link href={urls.home()} className="hover:text-brand">
          首页
        </Link>{' '}
        › {source.name}
      </nav>
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-xl font-bold text-brand">
        {source.name}新闻
      </h1>
      {page.articles.length ? (
        <ArticleList articles={page.articles} showSource={false} />
      ) : (
        <p className="py-6 text-stone-500">这里还没有文章。</p>
      )}
      <nav
        aria-label="翻页"
        className="flex justify-between border-t border-stone-200 pt-3 text-sm"
      >
        {isFirstPage ? (
          <span />
        ) : (
          <Link href={urls.source(source.slug)} className="text-brand hover:underline">
            « 最新
          </Link>
        )}
        {page.nextCursor ? (
          <Link
            href={urls.sourcePage(source.slug, page.nextCursor)}
            rel="next"
            className="text-brand hover:underline"
          >
            更早的新闻 »
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
