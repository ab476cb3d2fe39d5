import { changePasswordAction } from './actions';
import { logout } from '../actions';
import { ROLE_NAMES } from '@/components/admin/labels';
import { Notice } from '@/components/admin/notice';
import { PasswordForm } from '@/components/admin/password-form';
import { requireSignedIn } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export const metadata = { title: '我的账号' };

export default async function AccountPage() {
  const user = await requireSignedIn();
  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">我的账号</h1>
      <p className="text-sm text-stone-600">
        {user.email} · {ROLE_NAMES[user.role]}
      </p>
      {user.mustChangePassword ? (
        <Notice tone="error">你正在使用系统生成的临时密码，请先设置自己的密码。</Notice>
      ) : null}
      <PasswordForm action={changePasswordAction} />
      <form action={logout}>
        <button type="submit" className="text-sm text-stone-600 underline hover:text-brand">
          退出登录
        </button>
      </form>
    </section>
  );
}
