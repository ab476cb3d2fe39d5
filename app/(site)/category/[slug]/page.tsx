import { MissingPage, missingPageMetadata } from '@/components/missing-page';
import { SourceListing } from '@/components/source-listing';
import { getSourceArticles } from '@/lib/db/articles/reader';
import { getSourceBySlug } from '@/lib/db/sources';
import { redirectIfRenamed } from '@/lib/source-redirect';
import { decodeSegment, sourceSlugParam } from '@/lib/params';
import { buildMetadata } from '@/lib/seo/metadata';
import { JsonLdScript } from '@/components/json-ld';
import { env } from '@/lib/env';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/site';
import { urls } from '@/lib/urls';

// Rendered on first request, then served from the full-route cache until an import or edit in this
// source invalidates it.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const PAGE_SIZE = 30;

type Props = { params: Promise<{ slug: string }> };

async function loadSource(params: Props['params']) {
  const slug = sourceSlugParam.safeParse(decodeSegment((await params).slug));
  return slug.success ? getSourceBySlug(slug.data) : null;
}

export async function generateMetadata({ params }: Props) {
  const source = await loadSource(params);
  if (!source) return missingPageMetadata;
  const page = await getSourceArticles(source, null, PAGE_SIZE);
  return buildMetadata({
    title: `${source.name}新闻`,
    description: `${source.name}最新新闻：${page.articles
      .slice(0, 3)
      .map((a) => a.title)
      .join('；')}`,
    path: urls.source(source.slug),
    // A source with nothing published yet is an empty listing: not worth indexing.
    noindex: page.articles.length === 0,
    feeds: { ...urls.sourceFeeds(source.slug), title: `${source.name}新闻` },
  });
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource(params);
  if (!source) {
    await redirectIfRenamed(params);
    return <MissingPage title="找不到这个来源" text="没有这个新闻来源，或链接有误。" />;
  }
  const page = await getSourceArticles(source, null, PAGE_SIZE);
  return (
    <>
      <JsonLdScript
        data={breadcrumbJsonLd(
          [
            { name: site.name, path: urls.home() },
            { name: source.name, path: urls.source(source.slug) },
          ],
          env.SITE_URL,
        )}
      />
      <SourceListing source={source} page={page} isFirstPage />
    </>
  );
}
