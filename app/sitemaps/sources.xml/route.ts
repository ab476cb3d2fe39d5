import { sourceSitemapResponse } from '@/lib/sitemaps';

export const revalidate = 600;

export function GET() {
  return sourceSitemapResponse();
}
