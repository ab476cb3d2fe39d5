import { createArticleAction } from './actions';
import { previewArticle } from '../preview';
import { NewArticleForm } from '@/components/admin/new-article-form';
import { requireUser } from '@/lib/auth/session';
import { listSourceChoices } from '@/lib/db/sources';

export const dynamic = 'force-dynamic';
export const metadata = { title: '写文章' };

export default async function NewArticlePage() {
  await requireUser('WRITER');
  const sources = await listSourceChoices();
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm">
      <h1 className="mb-1 text-lg font-bold">写文章</h1>
      <p className="mb-4 text-sm text-stone-600">
        新文章先存为草稿；编辑可以在草稿页发布或定时发布。
      </p>
      <NewArticleForm sources={sources} create={createArticleAction} preview={previewArticle} />
    </section>
  );
}
