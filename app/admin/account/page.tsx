import { changeDisplayNameAction, changePasswordAction } from './actions';
import { logout } from '../actions';
import { ROLE_NAMES } from '@/lib/admin/labels';
import { Notice, PageNotice } from '@/components/admin/notice';
import { PasswordForm } from '@/components/admin/password-form';
import { requireSignedIn } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export const metadata = { title: '我的账号' };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSignedIn();
  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">我的账号</h1>
      <p className="text-sm text-stone-600">
        {user.displayName ? `${user.displayName} · ` : ''}
        {user.email} · {ROLE_NAMES[user.role]}
      </p>
      <PageNotice params={await searchParams} />
      {user.mustChangePassword ? (
        <Notice tone="error">你正在使用系统生成的临时密码，请先设置自己的密码。</Notice>
      ) : (
        <form action={changeDisplayNameAction} className="flex flex-wrap items-end gap-2 text-sm">
          <label>
            <span className="block text-stone-700">显示名称（文章署名）</span>
            <input
              name="displayName"
              defaultValue={user.displayName ?? ''}
              required
              maxLength={50}
              className="rounded border border-stone-300 px-2 py-1"
            />
          </label>
          <button
            type="submit"
            className="rounded border border-stone-300 px-3 py-1 hover:border-brand"
          >
            保存名称
          </button>
        </form>
      )}
      <h2 className="pt-2 font-semibold">修改密码</h2>
      <PasswordForm action={changePasswordAction} />
      <form action={logout}>
        <button type="submit" className="text-sm text-stone-600 underline hover:text-brand">
          退出登录
        </button>
      </form>
    </section>
  );
}
