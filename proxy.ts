import { NextResponse, type NextRequest } from 'next/server';
import { resolveAddress, resolveShare, type Resolution } from '@/lib/legacy-addresses';
import { urls } from '@/lib/urls';

/**
 * Every address the old site served keeps answering (lib/legacy-addresses.ts): old URL shapes,
 * archive and front-matter-less addresses, permalinks and pages of renamed or merged sources and
 * tags get exactly one 301 to where they live now; a withdrawn article answers 410; the old share
 * URL leads to its article. Pages cannot send 301 or 410, hence here. Nothing here is about
 * authorisation: pages and handlers check access themselves.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // A malformed percent-encoding would make the router throw (a 500); a control character (NUL
  // above all) or a segment longer than any name can name nothing: 404.
  if (!isReadable(pathname)) return notFound(request);
  if (pathname === SHARE_PATH) {
    const resolution = await resolveShare(searchParams.get('infoCode')).catch(() => null);
    // The article of a share link never moves: browsers and CDNs may keep the redirect.
    return respond(request, resolution ?? { missing: true }, {
      'Cache-Control': 'public, max-age=3600, s-maxage=86400',
    });
  }
  const resolution = await resolveAddress(pathname).catch(() => null);
  return resolution ? respond(request, resolution) : NextResponse.next();
}

const SHARE_PATH = '/html_News/NewsShare.html';

function respond(
  request: NextRequest,
  resolution: NonNullable<Resolution>,
  redirectHeaders: Record<string, string> = {},
): NextResponse {
  if ('redirect' in resolution) {
    // A plain URL: NextURL would carry the request's trailing slash over to the target. The share
    // URL's query names the article; every other query string goes along.
    const search = request.nextUrl.pathname === SHARE_PATH ? '' : request.nextUrl.search;
    const response = NextResponse.redirect(
      new URL(`${resolution.redirect}${search}`, request.url),
      301,
    );
    for (const [name, value] of Object.entries(redirectHeaders)) response.headers.set(name, value);
    return response;
  }
  if ('gone' in resolution) {
    // A withdrawn article is gone for good: 410 rather than 404, so search engines drop it.
    return NextResponse.rewrite(new URL(urls.gone(resolution.gone), request.url), { status: 410 });
  }
  return notFound(request);
}

function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
}

const LONGEST_SEGMENT = 300;

function isReadable(pathname: string): boolean {
  try {
    const decoded = decodeURIComponent(pathname);
    return (
      !/[\u0000-\u001f\u007f]/.test(decoded) &&
      decoded.split('/').every((segment) => segment.length <= LONGEST_SEGMENT)
    );
  } catch {
    return false;
  }
}

// The proxy costs every request it sees, so canonical URLs that can never need it (home, plain
// source pages and their older pages, feeds, sitemaps) bypass it. Paths with percent-encoding
// still pass through, for the malformed-encoding check.
export const config = {
  matcher: [
    '/((?!$|_next/|api/|favicon\\.ico$|robots\\.txt$|sitemaps/|sitemap\\.xml$|feed\\.xml$|feed\\.json$|atom\\.xml$|category/[^/.%]+(?:/before/[^/.%]+|/feed\\.xml|/atom\\.xml|/feed\\.json)?$).*)',
  ],
};
