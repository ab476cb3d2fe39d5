import { z } from 'zod';

/** The `done` / `error` words an admin action leaves in the URL it redirects to. */
export const listNotices = z.object({
  done: z.string().max(300).optional().catch(undefined),
  error: z.string().max(300).optional().catch(undefined),
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined),
});
