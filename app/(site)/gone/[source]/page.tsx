import { GoneMessage, goneMetadata } from '@/components/status-message';
import { getSourceBySlug } from '@/lib/db/sources';
import { decodeSegment, sourceSlugParam } from '@/lib/params';

// What the addresses of a withdrawn article show (with status 410, by proxy.ts), with a way to the
// rest of its source's news. One page per source, cached like the source's pages.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}
export const metadata = goneMetadata;

export default async function GoneFromSourcePage({
  params,
}: {
  params: Promise<{ source: string }>;
}) {
  const slug = sourceSlugParam.safeParse(decodeSegment((await params).source));
  return <GoneMessage source={slug.success ? await getSourceBySlug(slug.data) : null} />;
}
