import Link from 'next/link';
import { ROLE_NAMES, STATUS_NAMES } from '@/lib/admin/labels';
import { logout } from './actions';
import { PageNotice } from '@/components/admin/notice';
import { hasRole, requireUser } from '@/lib/auth/session';
import { countUndatedDrafts } from '@/lib/db/articles/admin-list';
import { countArticlesByStatus } from '@/lib/db/articles/editorial';
import { listRejectedFiles } from '@/lib/db/imports';
import { reasonInChinese } from '@/lib/content/reasons-zh';

export const dynamic = 'force-dynamic';
export const metadata = { title: '概览' };

export default async function AdminHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const editor = hasRole(user, 'EDITOR');
  const [counts, rejected, undated] = await Promise.all([
    countArticlesByStatus(),
    editor ? listRejectedFiles() : Promise.resolve([]),
    editor ? countUndatedDrafts() : Promise.resolve(0),
  ]);
  const pending = counts.PENDING ?? 0;
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <p>
          {user.displayName ? `${user.displayName} · ` : ''}
          {user.email} · {ROLE_NAMES[user.role]}
        </p>
        <form action={logout}>
          <button
            type="submit"
            className="rounded border border-stone-300 bg-white px-3 py-1 text-sm"
          >
            退出登录
          </button>
        </form>
      </div>
      <PageNotice params={await searchParams} />
      {editor && (pending || undated) ? (
        <section className="rounded-lg bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-lg font-bold">等你处理</h2>
          <ul className="flex flex-wrap gap-3 text-sm">
            {pending ? (
              <li>
                <Link
                  href="/admin/articles?status=PENDING"
                  className="block rounded bg-violet-50 px-4 py-3 text-violet-900 hover:underline"
                >
                  审核队列：{pending} 篇待审核
                </Link>
              </li>
            ) : null}
            {undated ? (
              <li>
                <Link
                  href="/admin/articles/undated"
                  className="block rounded bg-amber-50 px-4 py-3 text-amber-900 hover:underline"
                >
                  待定日期：{undated} 篇导入的文章还没有日期
                </Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h1 className="mb-3 flex items-baseline justify-between text-lg font-bold">
          文章
          <Link href="/admin/articles" className="text-sm font-normal text-brand hover:underline">
            管理文章 ›
          </Link>
        </h1>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {Object.entries(STATUS_NAMES).map(([status, name]) => (
            <li key={status}>
              <Link
                href={`/admin/articles?status=${status}`}
                className="block rounded bg-stone-50 p-3 hover:bg-stone-100"
              >
                <span className="block text-2xl font-bold">
                  {counts[status as keyof typeof STATUS_NAMES] ?? 0}
                </span>
                <span className="text-sm text-stone-600">{name}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {hasRole(user, 'EDITOR') ? (
        <section className="rounded-lg bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-lg font-bold">最近一次导入被拒绝的文件</h2>
          {rejected.length ? (
            <ul className="space-y-1 text-sm">
              {rejected.map((file) => (
                <li key={file.path}>
                  <code className="break-all">{file.path}</code>：{reasonInChinese(file.reason)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-600">没有被拒绝的文件。</p>
          )}
        </section>
      ) : null}
      {hasRole(user, 'ADMIN') ? (
        <p>
          <Link href="/admin/audit" className="text-brand hover:underline">
            审计日志 ›
          </Link>
        </p>
      ) : null}
    </div>
  );
}
