import { siteLatestResponse } from '@/lib/live';

// The newest headlines across all sources (lib/live.ts), cached and expired with article lists.
export const revalidate = 300;

export async function GET() {
  return siteLatestResponse();
}
