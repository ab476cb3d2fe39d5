import 'server-only';
import type { Role } from '../generated/prisma/client';
import { db } from './client';

export interface UserView {
  id: number;
  email: string;
  /** The name bylines show; null until set. */
  displayName: string | null;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
}

const toView = (user: {
  id: number;
  email: string;
  displayName: string | null;
  role: Role;
  disabledAt: Date | null;
  mustChangePassword: boolean;
}): UserView => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  disabled: user.disabledAt !== null,
  mustChangePassword: user.mustChangePassword,
});

/** How the admin names a person: their display name, else their email. */
export function userLabel(user: { email: string; displayName: string | null }): string {
  return user.displayName?.trim() || user.email;
}

export async function findUserForLogin(email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

/** A new account; `mustChangePassword` for a generated password someone else has seen. */
export async function createUser(
  email: string,
  passwordHash: string,
  role: Role,
  mustChangePassword = false,
  displayName: string | null = null,
): Promise<UserView | { error: 'exists' }> {
  const normalised = email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email: normalised }, select: { id: true } }))
    return { error: 'exists' };
  return toView(
    await db.user.create({
      data: { email: normalised, passwordHash, role, mustChangePassword, displayName },
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

export const DISPLAY_NAME_MAX = 50;

/** The name an account's articles are signed with. */
export async function setDisplayName(id: number, displayName: string | null): Promise<UserView> {
  return toView(await db.user.update({ where: { id }, data: { displayName } }));
}

/** Who an article can be signed by: every enabled account, by name. */
export async function listBylineChoices(): Promise<{ id: number; label: string }[]> {
  const users = await db.user.findMany({
    where: { disabledAt: null },
    orderBy: [{ displayName: 'asc' }, { email: 'asc' }],
    select: { id: true, email: true, displayName: true },
  });
  return users.map((user) => ({ id: user.id, label: userLabel(user) }));
}

export async function userExists(id: number): Promise<boolean> {
  return (await db.user.count({ where: { id } })) > 0;
}
