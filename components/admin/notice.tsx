import { noticeFor } from '@/lib/admin/notices';

/** A one-line outcome at the top of an admin page: green for done, red for refused. */
export function Notice({
  tone = 'done',
  children,
}: {
  tone?: 'done' | 'error';
  children: React.ReactNode;
}) {
  return tone === 'done' ? (
    <p role="status" className="mb-3 rounded bg-green-50 px-3 py-2 text-sm text-green-900">
      {children}
    </p>
  ) : (
    <p role="alert" className="mb-3 rounded bg-red-50 px-3 py-2 text-sm text-red-800">
      {children}
    </p>
  );
}

/** The notice an action's redirect named in the page's search params (lib/admin/notices.ts). */
export function PageNotice({ params }: { params: Record<string, unknown> }) {
  const notice = noticeFor(params);
  return notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null;
}
