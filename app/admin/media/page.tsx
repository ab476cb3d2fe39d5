import Link from 'next/link';
import { z } from 'zod';
import { deleteMediaAction, updateMediaAltAction } from './actions';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { MediaUploader } from '@/components/admin/media-uploader';
import { PageNotice } from '@/components/admin/notice';
import { hasRole, requireUser } from '@/lib/auth/session';
import { listMedia } from '@/lib/db/media';
import { formatShanghaiDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '媒体库' };

const query = z.object({
  before: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});

/** Every uploaded image, newest first: its description, where it is, and (for editors) delete. */
export default async function MediaLibrary({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('WRITER');
  const params = await searchParams;
  const { before } = query.parse(params);
  const { media, next } = await listMedia(48, before);
  const editor = hasRole(user, 'EDITOR');
  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">媒体库</h1>
      <PageNotice params={params} />
      <MediaUploader />
      {media.length === 0 ? <p className="text-sm text-stone-600">还没有图片。</p> : null}
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {media.map((item) => (
          <li key={item.id} className="space-y-2 rounded border border-stone-200 p-2 text-sm">
            <a href={item.url} target="_blank" rel="noreferrer" className="block">
              {/* eslint-disable-next-line @next/next/no-img-element -- the library's own thumbnail */}
              <img
                src={item.thumbUrl}
                alt={item.alt}
                width={item.width}
                height={item.height}
                loading="lazy"
                className="aspect-video w-full rounded bg-stone-100 object-contain"
              />
            </a>
            <p className="truncate" title={item.originalName}>
              {item.originalName}
            </p>
            <p className="text-xs text-stone-500">
              {item.width}×{item.height} · {Math.ceil(item.bytes / 1024)} KB ·{' '}
              {item.uploadedBy ?? '—'} · {formatShanghaiDateTime(new Date(item.createdAt))}
            </p>
            <p>
              <code className="text-xs break-all select-all">{item.url}</code>
            </p>
            <form action={updateMediaAltAction} className="flex gap-1">
              <input type="hidden" name="id" value={item.id} />
              <input
                name="alt"
                defaultValue={item.alt}
                maxLength={200}
                placeholder="图片说明（读屏软件会读出）"
                aria-label={`${item.originalName} 的说明`}
                className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1"
              />
              <button
                type="submit"
                className="rounded border border-stone-300 px-2 py-1 hover:border-brand"
              >
                保存
              </button>
            </form>
            {editor ? (
              <form action={deleteMediaAction}>
                <input type="hidden" name="id" value={item.id} />
                <ConfirmButton
                  label="删除"
                  confirmLabel="确认删除"
                  title={`删除图片“${item.originalName}”？`}
                  ariaLabel={`删除图片 ${item.originalName}`}
                >
                  <p>图片文件会被删除，不能撤销。仍被文章用作封面或插在正文里的图片不能删除。</p>
                </ConfirmButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {next ? (
        <Link href={`/admin/media?before=${next}`} className="text-sm text-brand hover:underline">
          更早的图片 »
        </Link>
      ) : null}
    </section>
  );
}
