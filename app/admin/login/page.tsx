import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: '登录' };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect('/admin');
  return (
    <div className="mx-auto max-w-sm rounded-lg bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-bold">编辑登录</h1>
      <LoginForm />
    </div>
  );
}
