'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { rerenderStoredBody } from '@/lib/content/render';
import { BODY_MAX } from '@/lib/admin/article-form';

const previewInput = z.object({ body: z.string().max(BODY_MAX) });

/** The live preview: the body rendered and sanitised exactly as readers will get it. */
export async function previewArticle(body: string): Promise<string> {
  await requireUser('WRITER');
  const parsed = previewInput.safeParse({ body });
  if (!parsed.success) return '<p>正文太长，无法预览。</p>';
  return rerenderStoredBody(parsed.data.body).html;
}
