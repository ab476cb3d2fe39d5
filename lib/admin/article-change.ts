import { rerenderStoredBody } from '../content/render';
import type { ArticleChange } from '../db/articles/editorial';
import { articleSettings, articleText, parsePublicationTime, slugProblem } from './article-form';
import type { z } from 'zod';

/**
 * Turns a validated article form into the change a save writes: the body rendered with the
 * readers' renderer and sanitiser, empty settings as "none", and only what the role may set
 * (the date and the byline are an editor's; a writer's form has neither).
 */
export type ArticleForm = z.infer<typeof articleText> & z.infer<typeof articleSettings>;

export function articleChange(
  form: ArticleForm,
  options: { editor: boolean; currentSlug?: string; addressLocked?: boolean },
): { change: ArticleChange } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const slug = form.slug || undefined;
  if (slug && slug !== options.currentSlug) {
    const problem = slugProblem(slug);
    if (problem) errors.slug = problem;
  }
  let publishedAt: Date | null | undefined;
  if (options.editor && !options.addressLocked) {
    publishedAt = parsePublicationTime(form.publishedAt);
    if (publishedAt === undefined) errors.publishedAt = '请填写有效的发布时间（北京时间）';
  } else if (options.editor && form.publishedAt) {
    // A published article's time may change within its day (its address keeps the day).
    publishedAt = parsePublicationTime(form.publishedAt) ?? undefined;
  }
  if (Object.keys(errors).length) return { errors };
  const rendered = rerenderStoredBody(form.body);
  return {
    change: {
      title: form.title,
      tags: form.tags,
      bodySource: form.body,
      bodyHtml: rendered.html,
      generatedExcerpt: rendered.excerpt,
      customExcerpt: form.excerpt || null,
      slug,
      publishedAt,
      seoTitle: form.seoTitle || null,
      seoDescription: form.seoDescription || null,
      coverMediaId: form.coverMediaId === '' ? null : form.coverMediaId,
      ...(options.editor ? { authorId: form.authorId === '' ? null : form.authorId } : {}),
    },
  };
}
