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
  beforeList,
}: {
  crumb: string;
  heading: string;
  page: ArticlePage;
  newestHref: string | null;
  olderHref: (cursor: string) => string;
  showSource: boolean;
  /** More links beside the paging ones (a day page's earlier/later days). */
  extraNav?: React.ReactNode;
  /** Between the heading and the list (a source page's new-articles notice). */
  beforeList?: React.ReactNode;
}) {
  return (
    <section className="rounded-lg bg-surface px-4 py-3 shadow-sm">
      <nav aria-label="面包屑" className="text-xs text-subtle">
        <a href={urls.home()} className="inline-block py-1 hover:text-accent">
          首页
        </a>{' '}
        › {crumb}
      </nav>
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-xl font-bold text-accent">{heading}</h1>
      {beforeList}
      {page.articles.length ? (
        <ArticleList articles={page.articles} showSource={showSource} />
      ) : (
        <p className="py-6 text-subtle">这里还没有文章。</p>
      )}
      <nav
        aria-label="翻页"
        className="flex flex-wrap items-center justify-between gap-2 border-t border-line pt-2 text-sm"
      >
        {newestHref ? (
          <a href={newestHref} className="inline-block px-1 py-2 text-accent hover:underline">
            « 最新
          </a>
        ) : (
          <span />
        )}
        {extraNav}
        {page.nextCursor ? (
          <a
            href={olderHref(page.nextCursor)}
            rel="next"
            className="inline-block px-1 py-2 text-accent hover:underline"
          >
            更早的新闻 »
          </a>
        ) : null}
      </nav>
    </section>
  );
}
