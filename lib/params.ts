import { z } from 'zod';
import { parseSiteDate } from './time';
import { decodeCursor } from './urls';

/**
 * Route parameters, validated at the edge of every route. Next hands dynamic segments over
 * percent-decoded; anything that fails here is a 404, never a 500.
 */
export const sourceSlugParam = z.string().trim().min(1).max(200);

export const cursorParam = z
  .string()
  .transform(
    (value, ctx) =>
      decodeCursor(value) ?? (ctx.addIssue({ code: 'custom', message: 'bad cursor' }), z.NEVER),
  );

export const permalinkParams = z.object({
  category: sourceSlugParam,
  year: z.string().regex(/^\d{4}$/),
  month: z.string().regex(/^(0[1-9]|1[0-2])$/),
  day: z.string().regex(/^(0[1-9]|[12]\d|3[01])$/),
  file: z
    .string()
    .regex(/^.+\.html$/)
    .transform((file) => file.slice(0, -'.html'.length)),
});

export const tagNameParam = z.string().trim().min(1).max(50);

/** A Beijing day, `2021-12-21`, as its first instant; impossible dates (2021-02-30) fail. */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform(
    (value, ctx) =>
      parseSiteDate(value) ?? (ctx.addIssue({ code: 'custom', message: 'bad day' }), z.NEVER),
  );

export const infoCodeParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Next may hand segments over still encoded in some paths (e.g. route handlers); decode safely. */
export function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
