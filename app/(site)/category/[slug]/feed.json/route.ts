import { sourceFeedHandler } from '@/lib/feeds';

// One source's json feed, cached like a page and invalidated with the source's listings.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = sourceFeedHandler('json');
