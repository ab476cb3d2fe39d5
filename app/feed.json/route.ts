import { siteFeedResponse } from '@/lib/feeds';

// The site-wide json feed. Cached like a page and invalidated with article lists.
export const revalidate = 300;

export async function GET() {
  return siteFeedResponse('json');
}
