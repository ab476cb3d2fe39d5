import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { absoluteUrl, urls } from '@/lib/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/search'] }],
    sitemap: [
      absoluteUrl(urls.sitemapIndex(), env.SITE_URL),
      absoluteUrl(urls.sitemapNews(), env.SITE_URL),
    ],
  };
}
