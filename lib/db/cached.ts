import 'server-only';
import { unstable_cache } from 'next/cache';
import { TAGS } from '../cache-tags';

/**
 * A database read cached in Next's data cache under `keyParts`, carrying `tags` so writes can
 * invalidate it (lib/revalidate.ts). Results are JSON-serialised by the cache, so view types use
 * strings for dates. `revalidate` bounds staleness should an invalidation ever be missed.
 */
export function cachedRead<T>(
  keyParts: string[],
  tags: string[],
  read: () => Promise<T>,
  revalidate = 3600,
): Promise<T> {
  return unstable_cache(read, keyParts, { tags: [TAGS.all, ...tags], revalidate })();
}
