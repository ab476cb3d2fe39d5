import { sitemapIndexResponse } from '@/lib/sitemaps';

// The sitemap index: the sources sitemap, the Google News sitemap and one sitemap per 10,000 article ids.
export const revalidate = 300;

export function GET() {
  return sitemapIndexResponse();
}
