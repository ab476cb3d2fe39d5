import { createArticleAction } from './actions';
import { autosaveArticle, discardAutosave } from '../[id]/actions';
import { previewArticle } from '../preview';
import { ArticleEditor, type EditorValues } from '@/components/admin/article-editor';
import { canPublish } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { readAutosave } from '@/lib/db/autosaves';
import { listBylineChoices } from '@/lib/db/users';

export const dynamic = 'force-dynamic';
export const metadata = { title: '写文章' };

export default async function NewArticlePage() {
  const user = await requireUser('WRITER');
  const editor = canPublish(user);
  const [authors, autosave] = await Promise.all([
    editor ? listBylineChoices() : Promise.resolve([]),
    readAutosave(user.id, null),
  ]);
  const initial: EditorValues = {
    title: '',
    tags: '',
    body: '',
    slug: '',
    excerpt: '',
    publishedAt: '',
    seoTitle: '',
    seoDescription: '',
    coverMediaId: '',
    coverThumbUrl: '',
    // Signed by whoever writes it, unless an editor signs it otherwise.
    authorId: String(user.id),
    sourceId: '',
    sourceName: '',
  };
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm">
      <h1 className="mb-1 text-lg font-bold">写文章</h1>
      <p className="mb-4 text-sm text-stone-600">
        {editor
          ? '可以先存为草稿，也可以直接发布或定时发布。'
          : '新文章先存为草稿；写好后提交审核，由编辑发布。'}
      </p>
      <ArticleEditor
        initial={initial}
        editor={editor}
        authors={authors}
        autosave={autosave ? { data: autosave.data, savedAt: autosave.savedAt } : null}
        save={createArticleAction}
        preview={previewArticle}
        autosaveAction={autosaveArticle}
        discardAutosave={discardAutosave}
      />
    </section>
  );
}
