import { z } from 'zod';

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

export const articleText = z.object({
  title: z.string().trim().min(1, '标题不能为空').max(200, '标题太长'),
  tags: tagList,
  body: z.string().trim().min(1, '正文不能为空').max(5_000_000, '正文太长'),
});

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
