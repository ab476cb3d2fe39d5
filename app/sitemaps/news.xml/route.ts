import { newsSitemapResponse } from '@/lib/sitemaps';

// Google News sitemap: articles first published in the last 48 hours. Short-lived on purpose.
export const revalidate = 300;
// Time-dependent (a 48-hour window): never prerendered at build time.
export const dynamic = 'force-dynamic';

export async function GET() {
  return (
    (await newsSitemapResponse()) ??
    new Response('No news in the last 48 hours', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  );
}
