import 'server-only';
import type { Role } from '../generated/prisma/client';
import { db } from './client';

export interface UserView {
  id: number;
  email: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
}

const toView = (user: {
  id: number;
  email: string;
  role: Role;
  disabledAt: Date | null;
  mustChangePassword: boolean;
}): UserView => ({
  id: user.id,
  email: user.email,
  role: user.role,
  disabled: user.disabledAt !== null,
  mustChangePassword: user.mustChangePassword,
});

export async function findUserForLogin(email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

/** A new account; `mustChangePassword` for a generated password someone else has seen. */
export async function createUser(
  email: string,
  passwordHash: string,
  role: Role,
  mustChangePassword = false,
): Promise<UserView | { error: 'exists' }> {
  const normalised = email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email: normalised }, select: { id: true } }))
    return { error: 'exists' };
  return toView(
    await db.user.create({
      data: { email: normalised, passwordHash, role, mustChangePassword },
    }),
  );
}

export async function getUser(id: number): Promise<UserView | null> {
  const user = await db.user.findUnique({ where: { id } });
  return user ? toView(user) : null;
}

export function getPasswordHash(id: number): Promise<string | null> {
  return db.user
    .findUnique({ where: { id }, select: { passwordHash: true } })
    .then((user) => user?.passwordHash ?? null);
}

/** How many enabled admins there are: the last one may not be demoted or disabled. */
export function countActiveAdmins(): Promise<number> {
  return db.user.count({ where: { role: 'ADMIN', disabledAt: null } });
}

export async function setUserRole(id: number, role: Role): Promise<UserView> {
  return toView(await db.user.update({ where: { id }, data: { role } }));
}

/** Disabling ends every session of the account in the same transaction. */
export async function setUserDisabled(id: number, disabled: boolean): Promise<UserView> {
  const [user] = await db.$transaction([
    db.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null } }),
    ...(disabled ? [db.session.deleteMany({ where: { userId: id } })] : []),
  ]);
  return toView(user);
}

/**
 * A new password hash. The user's other sessions end (whoever else knew the old password is out);
 * the session `keepTokenHash` (the one changing it) stays. An admin's reset sets `mustChange`.
 */
export async function setPassword(
  id: number,
  passwordHash: string,
  options: { mustChange: boolean; keepTokenHash?: string },
): Promise<void> {
  await db.$transaction([
    db.user.update({
      where: { id },
      data: { passwordHash, mustChangePassword: options.mustChange },
    }),
    db.session.deleteMany({
      where: {
        userId: id,
        ...(options.keepTokenHash ? { tokenHash: { not: options.keepTokenHash } } : {}),
      },
    }),
  ]);
}

export function countUsers(): Promise<number> {
  return db.user.count();
}

export async function listUsers(): Promise<UserView[]> {
  return (await db.user.findMany({ orderBy: { email: 'asc' } })).map(toView);
}
