import { siteFeedResponse } from '@/lib/feeds';

// The site-wide rss feed. Cached like a page and invalidated with article lists.
export const revalidate = 300;

export async function GET() {
  return siteFeedResponse('rss');
}
