import { z } from 'zod';
import { parseSiteDate } from './time';
import { decodeCursor } from './urls';

/**
 * Route parameters, validated at the edge of every route: anything that fails here is a 404,
 * never a 500. Next hands dynamic segments of prerendered routes over still percent-encoded
 * (decodeSegment). Text never holds control characters: PostgreSQL refuses NUL in a string, and
 * none of them can be part of a name.
 */
const CONTROL = /[\u0000-\u001f\u007f]/;
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !CONTROL.test(value), 'control character');

export const sourceSlugParam = text(200).pipe(z.string().trim().min(1));

export const cursorParam = z
  .string()
  .transform(
    (value, ctx) =>
      decodeCursor(value) ?? (ctx.addIssue({ code: 'custom', message: 'bad cursor' }), z.NEVER),
  );

export const tagNameParam = text(200).pipe(z.string().trim().min(1).max(50));

const SEGMENT = text(300).pipe(z.string().min(1));

/**
 * The segments of a path under the site root that no other route serves, decoded: an article's
 * permalink (`<categories…>/<yyyy>/<mm>/<dd>/<slug>.html`) or the old site's source index (`<slug>`).
 */
export const sitePathParam = z
  .array(z.string())
  .min(1)
  .max(16)
  .transform((segments, ctx) =>
    segments.map((segment) => {
      const decoded = SEGMENT.safeParse(decodeSegment(segment));
      if (decoded.success) return decoded.data;
      ctx.addIssue({ code: 'custom', message: 'bad segment' });
      return z.NEVER;
    }),
  )
  .transform((segments, ctx) => {
    const [year, month, day, file] = segments.slice(-4);
    if (segments.length === 1) return { kind: 'source' as const, slug: segments[0] ?? '' };
    const dated =
      segments.length >= 5 &&
      /^\d{4}$/.test(year ?? '') &&
      /^(0[1-9]|1[0-2])$/.test(month ?? '') &&
      /^(0[1-9]|[12]\d|3[01])$/.test(day ?? '') &&
      /^.+\.html$/.test(file ?? '');
    if (!dated || !file) {
      ctx.addIssue({ code: 'custom', message: 'not a site path' });
      return z.NEVER;
    }
    return {
      kind: 'article' as const,
      permalink: `/${segments.join('/')}`,
      slug: file.slice(0, -'.html'.length),
    };
  });

/** A Beijing day, `2021-12-21`, as its first instant; impossible dates (2021-02-30) fail. */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform(
    (value, ctx) =>
      parseSiteDate(value) ?? (ctx.addIssue({ code: 'custom', message: 'bad day' }), z.NEVER),
  );

export const infoCodeParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A search query: bounded, control characters dropped (they can be in no title). */
export const searchQueryParam = z
  .string()
  .max(200)
  .transform((value) => value.replace(new RegExp(CONTROL, 'g'), ' '));

/** Next may hand segments over still encoded in some paths (e.g. route handlers); decode safely. */
export function decodeSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
