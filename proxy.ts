import { NextResponse, type NextRequest } from 'next/server';
import { currentSourceSlug, currentTagName, isGone } from '@/lib/url-registry';
import { isPermalink, legacyRedirectTarget, sourceInPath, tagInPath } from '@/lib/urls';

/**
 * Old URL shapes that need no database to resolve (/category/<slug>.html, /<slug>/, permalinks
 * without .html or with a trailing slash) get exactly one 301 to their canonical path, under the
 * source's current slug (or the tag's current name) when it was renamed or merged. It also answers
 * 410 at the permalink of an unpublished or deleted article (lib/url-registry.ts). Nothing here is
 * about authorisation: pages and handlers check access themselves.
 */
export async function proxy(request: NextRequest) {
  // A malformed percent-encoding would make the router throw (a 500): it names nothing, so 404.
  if (!isDecodable(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  }
  const { pathname } = request.nextUrl;
  const canonical = legacyRedirectTarget(pathname) ?? pathname;
  const moved = await movedPath(canonical).catch(() => null);
  const target = moved ?? (canonical === pathname ? null : canonical);
  if (!target) {
    // A withdrawn article is gone for good: 410 rather than 404, so search engines drop it.
    if (isPermalink(pathname) && (await isGone(pathname).catch(() => false))) {
      return NextResponse.rewrite(new URL('/gone', request.url), { status: 410 });
    }
    return NextResponse.next();
  }
  // A plain URL: NextURL would carry the request's trailing slash over to the target.
  return NextResponse.redirect(new URL(`${target}${request.nextUrl.search}`, request.url), 301);
}

/** The path under the current slug or name of a renamed source or tag, else null. */
async function movedPath(pathname: string): Promise<string | null> {
  const source = sourceInPath(pathname);
  const slug = source && (await currentSourceSlug(source.slug));
  if (slug) return source.withSlug(slug);
  const tag = tagInPath(pathname);
  const name = tag && (await currentTagName(tag.name));
  return name ? tag.withName(name) : null;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// The proxy costs every request it sees, so canonical URLs that can never need it (home, plain
// source pages and their older pages, feeds, sitemaps, the share handler) bypass it. Paths with
// percent-encoding still pass through, for the malformed-encoding check.
export const config = {
  matcher: [
    '/((?!$|_next/|api/|favicon\\.ico$|robots\\.txt$|html_News/|sitemaps/|sitemap\\.xml$|feed\\.xml$|feed\\.json$|atom\\.xml$|category/[^/.%]+(?:/before/[^/.%]+|/feed\\.xml|/atom\\.xml|/feed\\.json)?$).*)',
  ],
};
