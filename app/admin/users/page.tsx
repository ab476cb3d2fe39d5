import {
  changeUserAction,
  createUserAction,
  renameUserAction,
  resetPasswordAction,
} from './actions';
import { ROLE_NAMES } from '@/lib/admin/labels';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { PageNotice } from '@/components/admin/notice';
import { OneTimePasswordForm } from '@/components/admin/one-time-password-form';
import { requireUser } from '@/lib/auth/session';
import { listUsers } from '@/lib/db/users';

export const dynamic = 'force-dynamic';
export const metadata = { title: '账号' };

const input = 'rounded border border-stone-300 px-2 py-1';
const button = 'rounded border border-stone-300 px-2 py-1 hover:border-brand';

function RoleSelect({ name, value }: { name: string; value?: string }) {
  return (
    <select name={name} defaultValue={value ?? 'WRITER'} aria-label="角色" className={input}>
      {Object.entries(ROLE_NAMES).map(([role, label]) => (
        <option key={role} value={role}>
          {label}
        </option>
      ))}
    </select>
  );
}

export default async function AdminUsers({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireUser('ADMIN');
  const params = await searchParams;
  const users = await listUsers();
  return (
    <div className="space-y-6">
      <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h1 className="text-lg font-bold">账号</h1>
        <PageNotice params={params} />
        <ul className="divide-y divide-stone-100">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
              <span className="min-w-48">
                <span className="font-semibold">{user.displayName ?? '（未设显示名称）'}</span>
                <span className="block text-stone-600">
                  {user.email}
                  {user.id === admin.id ? '（你）' : ''}
                </span>
              </span>
              <span className="text-stone-600">
                {ROLE_NAMES[user.role]}
                {user.disabled ? ' · 已停用' : ''}
                {user.mustChangePassword ? ' · 待改密码' : ''}
              </span>
              <form action={renameUserAction} className="flex gap-1">
                <input type="hidden" name="id" value={user.id} />
                <input
                  name="displayName"
                  defaultValue={user.displayName ?? ''}
                  required
                  maxLength={50}
                  aria-label={`${user.email} 的显示名称`}
                  className={`${input} w-32`}
                />
                <button
                  type="submit"
                  className={button}
                  aria-label={`保存 ${user.email} 的显示名称`}
                >
                  改名
                </button>
              </form>
              <form action={changeUserAction} className="flex gap-1">
                <input type="hidden" name="id" value={user.id} />
                <input type="hidden" name="change" value="role" />
                <RoleSelect name="role" value={user.role} />
                <button type="submit" className={button} aria-label={`修改 ${user.email} 的角色`}>
                  改角色
                </button>
              </form>
              <form action={changeUserAction}>
                <input type="hidden" name="id" value={user.id} />
                <input type="hidden" name="change" value={user.disabled ? 'enable' : 'disable'} />
                {user.disabled ? (
                  <button type="submit" className={button} aria-label={`启用 ${user.email}`}>
                    启用
                  </button>
                ) : (
                  <ConfirmButton
                    label="停用"
                    confirmLabel="确认停用"
                    title={`停用 ${user.email}？`}
                    ariaLabel={`停用 ${user.email}`}
                    className={`${button} text-red-700`}
                  >
                    <p>
                      这个账号的所有登录会立即退出，之后无法再登录，直到重新启用。它写的文章不受影响。
                    </p>
                  </ConfirmButton>
                )}
              </form>
              <OneTimePasswordForm
                action={resetPasswordAction}
                submitLabel="重置密码"
                confirm={{
                  title: `重置 ${user.email} 的密码？`,
                  text: '会生成一个临时密码（只显示一次），这个账号在所有设备上的登录都会退出，下次登录须改成自己的密码。',
                  label: '确认重置',
                  ariaLabel: `重置 ${user.email} 的密码`,
                }}
                className="flex flex-wrap items-center gap-1"
              >
                <input type="hidden" name="id" value={user.id} />
              </OneTimePasswordForm>
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h2 className="mb-3 text-lg font-bold">新建账号</h2>
        <OneTimePasswordForm
          action={createUserAction}
          submitLabel="创建"
          className="flex flex-wrap items-end gap-2 text-sm"
        >
          <label>
            <span className="block text-stone-700">邮箱</span>
            <input type="email" name="email" required className={input} />
          </label>
          <label>
            <span className="block text-stone-700">显示名称（文章署名）</span>
            <input name="displayName" required maxLength={50} className={input} />
          </label>
          <label>
            <span className="block text-stone-700">角色</span>
            <RoleSelect name="role" />
          </label>
        </OneTimePasswordForm>
      </section>
    </div>
  );
}
