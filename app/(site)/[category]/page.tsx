import { notFound, permanentRedirect } from 'next/navigation';
import { getSourceBySlug } from '@/lib/db/sources';
import { decodeSegment, sourceSlugParam } from '@/lib/params';
import { urls } from '@/lib/urls';

// `/<slug>`: the old site's source index. `/<slug>/` is redirected by proxy.ts without a lookup.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function LegacySourceIndex({
  params,
}: {
  params: Promise<{ category: string }>;
}) {
  const slug = sourceSlugParam.safeParse(decodeSegment((await params).category));
  const source = slug.success ? await getSourceBySlug(slug.data) : null;
  if (!source) notFound();
  permanentRedirect(urls.source(source.slug));
}
