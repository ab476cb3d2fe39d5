import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { invalidateTags } from '@/lib/revalidate';

// Lets the command-line importer, running beside the server, expire cached pages after it writes.
// Authorised by the per-install secret `npm start` hands the server (never guessable, never logged).
export const dynamic = 'force-dynamic';

const body = z.object({
  tags: z.array(z.string().min(1).max(256)).min(1).max(100),
  /** False for the second pass lib/revalidate.ts sends itself. */
  recheck: z.boolean().default(true),
});

export async function POST(request: Request) {
  // Only same-machine tools call this; a browser request from another site never may.
  if (isCrossSite(request))
    return Response.json({ error: 'cross-site request refused' }, { status: 403 });
  if (!authorised(request.headers.get('authorization'))) {
    return Response.json({ error: 'unauthorised' }, { status: 401 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ error: 'expected {"tags": string[]}' }, { status: 400 });
  invalidateTags(parsed.data.tags, { recheck: parsed.data.recheck });
  return Response.json({ invalidated: parsed.data.tags });
}

function isCrossSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  return origin !== null && origin !== new URL(request.url).origin;
}

function authorised(header: string | null): boolean {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
