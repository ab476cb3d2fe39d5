import { z } from 'zod';
import { parseSiteDate } from '../time';
import { SLUG_MAX, SLUG_PATTERN } from './slug';

/**
 * What the admin's article forms accept. Tags are typed as one line, separated by commas (either
 * width), 、 or spaces, as editors type them in Chinese or English input modes.
 */
export const MAX_TAGS = 20;

export const tagList = z
  .string()
  .max(2000, '标签太多')
  .transform((line) => [
    ...new Set(
      line
        .split(/[,，、\s]+/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z.array(z.string().max(50, '单个标签最多 50 个字')).max(MAX_TAGS, `最多 ${MAX_TAGS} 个标签`),
  );

/** Longest body accepted, in characters (the longest archived post is a few tens of thousands). */
export const BODY_MAX = 1_000_000;

export const articleText = z.object({
  title: z.string().trim().min(1, '标题不能为空').max(200, '标题太长'),
  tags: tagList,
  body: z.string().trim().min(1, '正文不能为空').max(BODY_MAX, '正文太长（最多 100 万字）'),
});

const optionalId = z.union([z.literal(''), z.coerce.number().int().positive()]);

/**
 * An article's settings beside its text. Empty means "none" (or, for the slug, "keep / make one
 * from the title"); the save action decides what each role may change.
 */
export const articleSettings = z.object({
  slug: z.string().trim().max(SLUG_MAX, `slug 最多 ${SLUG_MAX} 个字符`),
  excerpt: z.string().trim().max(300, '摘要最多 300 个字'),
  publishedAt: z.string().trim().max(40),
  seoTitle: z.string().trim().max(100, 'SEO 标题最多 100 个字'),
  seoDescription: z.string().trim().max(300, 'SEO 描述最多 300 个字'),
  coverMediaId: optionalId,
  authorId: optionalId,
  /** Which button saved the form. */
  intent: z.enum(['save', 'publish', 'submit']).catch('save'),
});

export const ARTICLE_FIELDS = [
  'title',
  'tags',
  'body',
  'slug',
  'excerpt',
  'publishedAt',
  'seoTitle',
  'seoDescription',
  'coverMediaId',
  'authorId',
  'intent',
] as const;

/** A new slug typed by an editor: lower-case letters, digits and hyphens (lib/admin/slug.ts). */
export function slugProblem(slug: string): string | null {
  return SLUG_PATTERN.test(slug) ? null : 'slug 只能用小写字母、数字和连字符（如 matou-yejing）';
}

/** A Beijing time typed in the date field; '' is none; undefined when it is not a real time. */
export function parsePublicationTime(value: string): Date | null | undefined {
  if (!value) return null;
  return parseSiteDate(value) ?? undefined;
}

/** The fields of a form, by name (missing ones as ''), for zod. */
export function formFields<K extends string>(
  formData: FormData,
  names: readonly K[],
): Record<K, string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  ) as Record<K, string>;
}

/** First message per field, for showing beside the inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}
