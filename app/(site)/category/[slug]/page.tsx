import { notFound } from 'next/navigation';
import { SourceListing } from '@/components/source-listing';
import { getSourceArticles } from '@/lib/db/articles';
import { getSourceBySlug } from '@/lib/db/sources';
import { decodeSegment, sourceSlugParam } from '@/lib/params';
import { buildMetadata } from '@/lib/seo/metadata';
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
  if (!source) return {};
  return buildMetadata({
    title: `${source.name}新闻`,
    description: `${source.name}最新新闻，按发布时间排列。`,
    path: urls.source(source.slug),
  });
}

export default async function SourcePage({ params }: Props) {
  const source = await loadSource(params);
  if (!source) notFound();
  const page = await getSourceArticles(source, null, PAGE_SIZE);
  return <SourceListing source={source} page={page} isFirstPage />;
}
