import { z } from 'zod';
import { userWithRole } from '@/lib/auth/session';
import { listMedia } from '@/lib/db/media';

export const dynamic = 'force-dynamic';

const query = z.object({ before: z.coerce.number().int().positive().optional().catch(undefined) });

/** The media library a page at a time, newest first, as JSON for the editor's image picker. */
export async function GET(request: Request): Promise<Response> {
  const headers = { 'Cache-Control': 'private, no-store' };
  if (!(await userWithRole('WRITER')))
    return Response.json({ error: '请先登录' }, { status: 401, headers });
  const { before } = query.parse({
    before: new URL(request.url).searchParams.get('before') ?? undefined,
  });
  return Response.json(await listMedia(24, before), { headers });
}
