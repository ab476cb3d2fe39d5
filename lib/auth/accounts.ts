import 'server-only';
import type { Role } from '../generated/prisma/client';
import { recordAudit } from '../db/audit';
import { countUsers, createUser, type UserView } from '../db/users';
import { generatePassword, hashPassword, passwordProblem } from './password';

/**
 * Creates an account; the password is checked against the policy, or generated when not given. A
 * generated password has been seen by whoever created the account, so it must be changed at the
 * first sign-in.
 */
export async function createAccount(
  email: string,
  role: Role,
  password?: string,
  createdBy: number | null = null,
  { displayName = null, ip = null }: { displayName?: string | null; ip?: string | null } = {},
): Promise<{ user: UserView; password: string } | { error: string }> {
  const chosen = password ?? generatePassword();
  const problem = passwordProblem(chosen, email);
  if (problem) return { error: problem };
  const user = await createUser(
    email,
    await hashPassword(chosen),
    role,
    password === undefined,
    displayName,
  );
  if ('error' in user) return { error: '这个邮箱已有账号' };
  await recordAudit({
    actorId: createdBy,
    action: 'user.created',
    target: user.email,
    detail: { role, displayName },
    ip,
  });
  return { user, password: chosen };
}

/** On a fresh install: the first admin, with a generated one-time password (printed once). */
export async function createFirstAdminIfNone(
  email: string,
): Promise<{ email: string; password: string } | null> {
  if ((await countUsers()) > 0) return null;
  const result = await createAccount(email, 'ADMIN');
  if ('error' in result) throw new Error(result.error);
  return { email: result.user.email, password: result.password };
}
