import Link from 'next/link';
import { z } from 'zod';
import { AUDIT_ACTIONS, auditActionName } from '@/lib/admin/labels';
import { requireUser } from '@/lib/auth/session';
import { listAuditEvents, type AuditCursor } from '@/lib/db/audit';
import { listUsers, userLabel } from '@/lib/db/users';
import { formatShanghaiDateTime, parseSiteDate } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '审计日志' };

const PAGE = 100;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const filters = z.object({
  // A user's id, or "system" for events no one signed in did (failed sign-ins, the scheduler).
  actor: z
    .union([z.literal('system'), z.coerce.number().int().positive().max(2_147_483_647)])
    .optional()
    .catch(undefined),
  action: z
    .string()
    .refine((value) => Object.hasOwn(AUDIT_ACTIONS, value))
    .optional()
    .catch(undefined),
  from: z.string().regex(DAY).optional().catch(undefined),
  to: z.string().regex(DAY).optional().catch(undefined),
  before: z
    .string()
    .regex(/^[0-9a-z]{1,11}-[0-9a-z]{1,8}$/)
    .optional()
    .catch(undefined),
});

const encode = (cursor: AuditCursor) =>
  `${cursor.at.getTime().toString(36)}-${cursor.id.toString(36)}`;
function decode(value: string | undefined): AuditCursor | undefined {
  if (!value) return undefined;
  const [at, id] = value.split('-').map((part) => parseInt(part, 36));
  return at !== undefined && id !== undefined && Number.isSafeInteger(at) && id > 0 && id < 2 ** 31
    ? { at: new Date(at), id }
    : undefined;
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser('ADMIN');
  const query = filters.parse(await searchParams);
  const from = query.from ? (parseSiteDate(query.from) ?? undefined) : undefined;
  // "To" a day includes that whole (Beijing) day.
  const toDay = query.to ? parseSiteDate(query.to) : null;
  const [{ events, next }, users] = await Promise.all([
    listAuditEvents(
      {
        system: query.actor === 'system',
        actorId: typeof query.actor === 'number' ? query.actor : undefined,
        action: query.action,
        from,
        to: toDay ? new Date(toDay.getTime() + 86_400_000) : undefined,
      },
      PAGE,
      decode(query.before),
    ),
    listUsers(),
  ]);
  const kept = Object.entries({
    actor: query.actor === undefined ? undefined : String(query.actor),
    action: query.action,
    from: query.from,
    to: query.to,
  }).filter((e): e is [string, string] => Boolean(e[1]));
  const nextHref = next
    ? `/admin/audit?${new URLSearchParams([...kept, ['before', encode(next)]])}`
    : null;
  const control = 'rounded border border-stone-300 px-2 py-1';

  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">审计日志</h1>
      <form role="search" aria-label="筛选日志" className="flex flex-wrap items-end gap-2 text-sm">
        <label>
          <span className="block text-stone-700">操作者</span>
          <select name="actor" defaultValue={query.actor ?? ''} className={control}>
            <option value="">所有人</option>
            <option value="system">未登录者或系统</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {userLabel(user)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="block text-stone-700">动作</span>
          <select name="action" defaultValue={query.action ?? ''} className={control}>
            <option value="">所有动作</option>
            {Object.entries(AUDIT_ACTIONS).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="block text-stone-700">从</span>
          <input type="date" name="from" defaultValue={query.from} className={control} />
        </label>
        <label>
          <span className="block text-stone-700">到</span>
          <input type="date" name="to" defaultValue={query.to} className={control} />
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          筛选
        </button>
        <Link href="/admin/audit" className="px-1 py-1 text-stone-600 underline">
          清除
        </Link>
      </form>
      {events.length === 0 ? <p className="text-sm text-stone-600">没有符合条件的记录。</p> : null}
      <div>
        <table className="w-full text-left text-sm max-sm:block">
          <thead className="max-sm:hidden">
            <tr className="border-b">
              <th className="py-1 pr-3">时间（北京时间）</th>
              <th className="py-1 pr-3">动作</th>
              <th className="py-1 pr-3">操作者</th>
              <th className="py-1 pr-3">对象</th>
              <th className="py-1">IP</th>
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {events.map((event) => (
              <tr
                key={event.id}
                className="border-b border-stone-100 align-top max-sm:flex max-sm:flex-wrap max-sm:gap-x-3 max-sm:py-2"
              >
                <td className="py-1 pr-3 whitespace-nowrap max-sm:py-0 max-sm:text-stone-500">
                  {formatShanghaiDateTime(new Date(event.at))}
                </td>
                <td className="py-1 pr-3 max-sm:py-0 max-sm:font-semibold">
                  {auditActionName(event.action)}
                </td>
                <td className="py-1 pr-3 max-sm:w-full max-sm:py-0">{event.actor ?? '—'}</td>
                <td className="py-1 pr-3 break-all max-sm:w-full max-sm:py-0">
                  {event.target ?? ''}
                </td>
                <td className="py-1 max-sm:py-0 max-sm:text-xs max-sm:text-stone-500">
                  {event.ip ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="翻页" className="flex gap-4 text-sm">
        {query.before ? (
          <Link
            href={`/admin/audit${kept.length ? `?${new URLSearchParams(kept)}` : ''}`}
            className="text-brand hover:underline"
          >
            « 最新
          </Link>
        ) : null}
        {nextHref ? (
          <Link href={nextHref} className="text-brand hover:underline">
            更早的记录 »
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
