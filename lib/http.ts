import { createHash } from 'node:crypto';

/**
 * Responses for machine-read resources (sitemaps, feeds): a content type, an ETag and
 * Last-Modified, and Cache-Control a CDN can act on (fresh for `maxAge`, then served stale while
 * it revalidates). Conditional requests get 304 when a request is given.
 */
export interface CachedBodyOptions {
  contentType: string;
  lastModified?: Date | null;
  maxAge: number;
  request?: Request;
}

export function cachedBodyResponse(
  body: string,
  { contentType, lastModified, maxAge, request }: CachedBodyOptions,
): Response {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = new Headers({
    'Content-Type': contentType,
    ETag: etag,
    'Cache-Control': `public, max-age=${Math.min(maxAge, 300)}, s-maxage=${maxAge}, stale-while-revalidate=86400`,
  });
  if (lastModified) headers.set('Last-Modified', lastModified.toUTCString());
  if (request?.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
