import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from './client';

/** The audit log: who did what and when. Writes never fail the action they record. */
export interface AuditInput {
  actorId: number | null;
  action: string;
  target?: string | null;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
}

export async function recordAudit(event: AuditInput): Promise<void> {
  await db.auditEvent
    .create({
      data: {
        actorId: event.actorId,
        action: event.action,
        target: event.target ?? null,
        detail: event.detail,
        ip: event.ip ?? null,
      },
    })
    .catch((error: unknown) => console.error('audit log write failed', error));
}

export interface AuditView {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  ip: string | null;
}

/** Newest first, keyset by id. */
export async function listAuditEvents(limit: number, beforeId?: number): Promise<AuditView[]> {
  const rows = await db.auditEvent.findMany({
    where: beforeId ? { id: { lt: beforeId } } : {},
    orderBy: { id: 'desc' },
    take: limit,
    include: { actor: { select: { email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor?.email ?? null,
    action: row.action,
    target: row.target,
    ip: row.ip,
  }));
}
