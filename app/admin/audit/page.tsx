import { requireUser } from '@/lib/auth/session';
import { listAuditEvents } from '@/lib/db/audit';
import { formatShanghaiDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '审计日志' };

export default async function AuditPage() {
  await requireUser('ADMIN');
  const events = await listAuditEvents(200);
  return (
    <section className="rounded-lg bg-white p-4 shadow-sm">
      <h1 className="mb-3 text-lg font-bold">审计日志</h1>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-1 pr-3">时间 (GMT+8)</th>
              <th className="py-1 pr-3">操作者</th>
              <th className="py-1 pr-3">动作</th>
              <th className="py-1 pr-3">对象</th>
              <th className="py-1">IP</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-stone-100">
                <td className="py-1 pr-3 whitespace-nowrap">
                  {formatShanghaiDateTime(new Date(event.at))}
                </td>
                <td className="py-1 pr-3">{event.actor ?? '—'}</td>
                <td className="py-1 pr-3">{event.action}</td>
                <td className="py-1 pr-3 break-all">{event.target ?? ''}</td>
                <td className="py-1">{event.ip ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
