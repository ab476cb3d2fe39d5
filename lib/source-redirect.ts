import 'server-only';
import { permanentRedirect } from 'next/navigation';
import { getRenamedSourceSlug } from './db/sources';
import { decodeSegment, sourceSlugParam } from './params';
import { urls } from './urls';

/**
 * For a source page whose slug names no source: a renamed or merged source's old slug leads to the
 * current page (permanent; a page can only send 308, which search engines treat as 301 — the old
 * site's /category/<slug>.html URLs get a real 301 from the proxy). Returns when it is no such slug:
 * the page is then a 404.
 */
export async function redirectIfRenamed(params: Promise<{ slug: string }>): Promise<void> {
  const slug = sourceSlugParam.safeParse(decodeSegment((await params).slug));
  const renamed = slug.success ? await getRenamedSourceSlug(slug.data) : null;
  if (renamed) permanentRedirect(urls.source(renamed));
}
