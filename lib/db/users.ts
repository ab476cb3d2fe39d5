import 'server-only';
import type { Role } from '../generated/prisma/client';
import { db } from './client';

export interface UserView {
  id: number;
  email: string;
  role: Role;
  disabled: boolean;
}

const toView = (user: {
  id: number;
  email: string;
  role: Role;
  disabledAt: Date | null;
}): UserView => ({
  id: user.id,
  email: user.email,
  role: user.role,
  disabled: user.disabledAt !== null,
});

export async function findUserForLogin(email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}

export async function createUser(
  email: string,
  passwordHash: string,
  role: Role,
): Promise<UserView> {
  return toView(
    await db.user.create({ data: { email: email.trim().toLowerCase(), passwordHash, role } }),
  );
}

export function countUsers(): Promise<number> {
  return db.user.count();
}

export async function listUsers(): Promise<UserView[]> {
  return (await db.user.findMany({ orderBy: { email: 'asc' } })).map(toView);
}
