import 'server-only';
import type { AuditAction } from '../admin/labels';
import type { Prisma } from '../generated/prisma/client';
import { db } from './client';
import { userLabel } from './users';

/** The audit log: who did what and when. Writes never fail the action they record. */
export interface AuditInput {
  actorId: number | null;
  action: AuditAction;
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

export interface AuditFilter {
  actorId?: number;
  /** Events with no actor: failed sign-ins, the scheduler. */
  system?: boolean;
  action?: string;
  /** From this instant (inclusive) … */
  from?: Date;
  /** … to this one (exclusive). */
  to?: Date;
}

/** A keyset position in the log: the last event's time and id. */
export interface AuditCursor {
  at: Date;
  id: number;
}

/**
 * Newest first, filtered by who, what and when, a page at a time by keyset on (at, id): each
 * filter has an index that ends in (at DESC, id DESC), so a deep page costs what the first does.
 */
export async function listAuditEvents(
  filter: AuditFilter,
  limit: number,
  before?: AuditCursor,
): Promise<{ events: AuditView[]; next: AuditCursor | null }> {
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filter.system ? { actorId: null } : filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.from || filter.to
        ? {
            at: {
              ...(filter.from ? { gte: filter.from } : {}),
              ...(filter.to ? { lt: filter.to } : {}),
            },
          }
        : {}),
      ...(before
        ? { OR: [{ at: { lt: before.at } }, { at: before.at, id: { lt: before.id } }] }
        : {}),
    },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    include: { actor: { select: { email: true, displayName: true } } },
  });
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return {
    events: page.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor ? userLabel(row.actor) : null,
      action: row.action,
      target: row.target,
      ip: row.ip,
    })),
    next: last ? { at: last.at, id: last.id } : null,
  };
}
