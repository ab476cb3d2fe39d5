import { infoCodeParam } from './params';
import {
  aliasTarget,
  currentSourceSlug,
  currentTagName,
  goneAt,
  shareTarget,
  sourceNamed,
  underFormerSlug,
  type Target,
} from './url-registry';
import {
  isAliasShape,
  isPermalink,
  legacyRedirectTarget,
  sourceInPath,
  tagInPath,
  urls,
} from './urls';

/**
 * What an address the portal does not serve as it is comes to (proxy.ts turns it into a
 * response): one 301 to where it lives now, a 410 for a withdrawn article (with its source, for
 * the page's links), a 404 decided here, or null: the route answers it.
 */
export type Resolution = { redirect: string } | { gone: string | null } | { missing: true } | null;

/**
 * Resolves the old site's addresses (and the portal's own former ones) in one step, never a chain:
 * shapes that need no data (`.html` missing, trailing slash, `/category/<file name>.html`), then
 * archive and front-matter-less addresses (aliases), permalinks moved by a source rename, the
 * former slug of a renamed source or name of a tag, and withdrawn articles.
 */
export async function resolveAddress(pathname: string): Promise<Resolution> {
  const canonical = legacyRedirectTarget(pathname) ?? pathname;
  const reshaped = canonical === pathname ? null : { redirect: canonical };

  const source = sourceInPath(canonical);
  if (source) {
    // A former slug, or the old site's category page in a case of its own (`/category/wind.html`).
    const current = (await currentSourceSlug(source.slug)) ?? (await sourceNamed(source.slug));
    return current !== undefined && current !== source.slug
      ? { redirect: source.withSlug(current) }
      : reshaped;
  }
  const tag = tagInPath(canonical);
  if (tag) {
    const current = await currentTagName(tag.name);
    return current ? { redirect: tag.withName(current) } : reshaped;
  }
  if (isAliasShape(canonical)) return fromTarget(await aliasTarget(canonical));
  if (isPermalink(canonical)) {
    const gone = await goneAt(canonical);
    if (gone !== undefined) return { gone };
    if (await underFormerSlug(categoriesOf(canonical))) {
      const moved = await aliasTarget(canonical);
      if (moved.kind !== 'none') return fromTarget(moved);
    }
  }
  return reshaped;
}

/** The legacy share URL `/html_News/NewsShare.html?infoCode=…`: its article, or why not. */
export async function resolveShare(infoCode: string | null): Promise<Resolution> {
  const code = infoCodeParam.safeParse(infoCode);
  if (!code.success) return { missing: true };
  return fromTarget(await shareTarget(code.data));
}

/** `/a/b/2021/12/08/x.html` → `a/b`, decoded. */
function categoriesOf(permalink: string): string {
  const categories = permalink.split('/').slice(1, -4).join('/');
  try {
    return decodeURIComponent(categories);
  } catch {
    return categories;
  }
}

function fromTarget(target: Target): Resolution {
  if (target.kind === 'article') return { redirect: urls.article(target) };
  if (target.kind === 'gone') return { gone: target.sourceSlug };
  return { missing: true };
}
