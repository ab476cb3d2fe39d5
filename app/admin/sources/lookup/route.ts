import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { findSourcesByName } from '@/lib/db/sources';

// Per editor, never cached.
export const dynamic = 'force-dynamic';

const query = z.object({ q: z.string().trim().min(1).max(100) });

/** The admin's source type-ahead: sources whose name or slug contains `q`, as JSON. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword)
    return Response.json({ error: '请先登录' }, { status: 401, headers: NO_STORE });
  const parsed = query.safeParse({ q: new URL(request.url).searchParams.get('q') ?? '' });
  if (!parsed.success) return Response.json({ sources: [] }, { headers: NO_STORE });
  const sources = await findSourcesByName(parsed.data.q, 20);
  return Response.json({ sources }, { headers: NO_STORE });
}

const NO_STORE = { 'Cache-Control': 'private, no-store' };
