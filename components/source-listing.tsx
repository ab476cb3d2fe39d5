import type { ArticlePage } from '@/lib/db/articles/views';
import type { SourceView } from '@/lib/db/sources';
import { urls } from '@/lib/urls';
import { HeadlineListing } from './headline-listing';

/** A source's page of headlines (page 1 and later pages). */
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
    <HeadlineListing
      crumb={source.name}
      heading={`${source.name}新闻`}
      page={page}
      newestHref={isFirstPage ? null : urls.source(source.slug)}
      olderHref={(cursor) => urls.sourcePage(source.slug, cursor)}
      showSource={false}
    />
  );
}
