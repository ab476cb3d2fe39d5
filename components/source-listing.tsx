import type { ArticlePage } from '@/lib/db/articles/views';
import type { SourceView } from '@/lib/db/sources';
import { urls } from '@/lib/urls';
import { HeadlineListing } from './headline-listing';
import { LiveUpdates } from './live-updates';
import { ReaderPage } from './reader-page';

/** A source's page of headlines (page 1, which stays live, and later pages). */
export function SourceListing({
  source,
  page,
  isFirstPage,
}: {
  source: SourceView;
  page: ArticlePage;
  isFirstPage: boolean;
}) {
  const newest = page.articles[0];
  return (
    <ReaderPage section={{ kind: 'source', slug: source.slug, exact: isFirstPage }}>
      <HeadlineListing
        crumb={source.name}
        heading={`${source.name}新闻`}
        page={page}
        newestHref={isFirstPage ? null : urls.source(source.slug)}
        olderHref={(cursor) => urls.sourcePage(source.slug, cursor)}
        showSource={false}
        beforeList={
          isFirstPage ? (
            <LiveUpdates
              endpoint={urls.sourceLatest(source.slug)}
              since={newest ? { publishedAt: newest.publishedAt, id: newest.id } : null}
              showSource={false}
            />
          ) : null
        }
      />
    </ReaderPage>
  );
}
