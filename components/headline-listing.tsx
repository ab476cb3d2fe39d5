import Link from 'next/link';
import type { ArticlePage } from '@/lib/db/articles/views';
import { urls } from '@/lib/urls';
import { ArticleList } from './article-list';

/**
 * A page of headlines with keyset "older" navigation: source, tag and day pages, page 1 and later.
 * `newestHref` is set on later pages (back to page 1); `olderHref` builds the next page's URL.
 */
export function HeadlineListing({
  crumb,
  heading,
  page,
  newestHref,
  olderHref,
  showSource,
  extraNav,
}: {
  crumb: string;
  heading: string;
  page: ArticlePage;
  newestHref: string | null;
  olderHref: (cursor: string) => string;
  showSource: boolean;
  /** More links beside the paging ones (a day page's earlier/later days). */
  extraNav?: React.ReactNode;
}) {
  return (
    <section className="rounded-lg bg-white px-4 py-3 shadow-sm">
      <nav aria-label="面包屑" className="text-xs text-stone-500">
        <Link href={urls.home()} className="hover:text-brand">
          首页
        </Link>{' '}
        › {crumb}
      </nav>
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-xl font-bold text-brand">{heading}</h1>
      {page.articles.length ? (
        <ArticleList articles={page.articles} showSource={showSource} />
      ) : (
        <p className="py-6 text-stone-500">这里还没有文章。</p>
      )}
      <nav
        aria-label="翻页"
        className="flex flex-wrap justify-between gap-2 border-t border-stone-200 pt-3 text-sm"
      >
        {newestHref ? (
          <Link href={newestHref} className="text-brand hover:underline">
            « 最新
          </Link>
        ) : (
          <span />
        )}
        {extraNav}
        {page.nextCursor ? (
          <Link href={olderHref(page.nextCursor)} rel="next" className="text-brand hover:underline">
            更早的新闻 »
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
