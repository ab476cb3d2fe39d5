import { sourceFeedResponse } from '@/lib/feeds';
import { decodeSegment, sourceSlugParam } from '@/lib/params';

// One source's rss feed.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = sourceSlugParam.safeParse(decodeSegment((await params).slug));
  const response = slug.success ? await sourceFeedResponse('rss', slug.data) : null;
  return (
    response ??
    new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  );
}
