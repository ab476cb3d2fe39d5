import { formatShanghaiDateTime, toW3CDateTime } from '@/lib/time';

/** A publication time in Beijing time, machine-readable with its +08:00 offset. */
export function TimeStamp({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  return (
    <time dateTime={toW3CDateTime(date)} className={className}>
      {formatShanghaiDateTime(date)}
    </time>
  );
}
