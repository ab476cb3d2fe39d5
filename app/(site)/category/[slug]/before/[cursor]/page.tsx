import { MissingPage, missingPageMetadata } from '@/components/missing-page';
import { SourceListing } from '@/components/source-listing';
import { getSourceArticles } from '@/lib/db/articles/reader';
import { getSourceBySlug } from '@/lib/db/sources';
import { redirectIfRenamed } from '@/lib/source-redirect';
import { cursorParam, decodeSegment, sourceSlugParam } from '@/lib/params';
import { buildMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';

// Older pages of a source, addressed by keyset cursor so each is a stable, cacheable URL.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const PAGE_SIZE = 30;

type Props = { params: Promise<{ slug: string; cursor: string }> };

async function load(params: Props['params']) {
  const raw = await params;
  const slug = sourceSlugParam.safeParse(decodeSegment(raw.slug));
  const cursor = cursorParam.safeParse(raw.cursor);
  if (!slug.success || !cursor.success) return null;
  const source = await getSourceBySlug(slug.data);
  return source ? { source, cursor: cursor.data } : null;
}

export async function generateMetadata({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return missingPageMetadata;
  return buildMetadata({
    title: `${loaded.source.name}新闻（更早）`,
    description: `${loaded.source.name}较早的新闻。`,
    path: urls.sourcePage(loaded.source.slug, (await params).cursor),
  });
}

export default async function OlderSourcePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) {
    await redirectIfRenamed(params);
    return <MissingPage />;
  }
  const page = await getSourceArticles(loaded.source, loaded.cursor, PAGE_SIZE);
  if (!page.articles.length) return <MissingPage source={loaded.source} />;
  return <SourceListing source={loaded.source} page={page} isFirstPage={false} />;
}
