'use client';

import { useCallback, useRef, useState } from 'react';

export interface PickedMedia {
  id: number;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
  alt: string;
  originalName: string;
}

interface UploadAnswer {
  media: PickedMedia[];
  refused: { file: string; reason: string }[];
  error: string | null;
}

const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Sends images to the media library (/admin/media/upload); answers what was stored and refused. */
export async function uploadImages(files: File[]): Promise<UploadAnswer> {
  const tooLarge = files.filter((file) => file.size > MAX_IMAGE_BYTES);
  const form = new FormData();
  for (const file of files.filter((f) => f.size <= MAX_IMAGE_BYTES)) form.append('images', file);
  const refused = tooLarge.map((file) => ({
    file: file.name,
    reason: '图片太大：每张最大 10 MB。',
  }));
  if (!form.has('images')) return { media: [], refused, error: null };
  try {
    const response = await fetch('/admin/media/upload', { method: 'POST', body: form });
    const body = (await response.json().catch(() => null)) as UploadAnswer | null;
    if (!body)
      return { media: [], refused, error: `上传失败（HTTP ${response.status}），请重试。` };
    return { ...body, refused: [...refused, ...body.refused] };
  } catch {
    return { media: [], refused, error: '上传中断：请检查网络后重试。' };
  }
}

/**
 * A button that opens the media library in a dialog: upload new images or choose one already
 * there. `onPick` gets the chosen image.
 */
export function MediaPicker({
  label,
  title,
  onPick,
  className = '',
}: {
  label: string;
  title: string;
  onPick: (media: PickedMedia) => void;
  className?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [items, setItems] = useState<PickedMedia[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (before?: number) => {
    setBusy(true);
    try {
      const response = await fetch(`/admin/media/list${before ? `?before=${before}` : ''}`);
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { media: PickedMedia[]; next: number | null };
      setItems((current) => (before ? [...current, ...body.media] : body.media));
      setNext(body.next);
    } catch {
      setMessage('媒体库加载失败，请重试。');
    } finally {
      setBusy(false);
    }
  }, []);

  const open = () => {
    setMessage(null);
    dialog.current?.showModal();
    void load();
  };

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    setMessage(null);
    const answer = await uploadImages([...files]);
    setBusy(false);
    if (answer.media.length) {
      // An image uploaded again is the one already in the library: listed once.
      const fresh = new Set(answer.media.map((media) => media.id));
      setItems((current) => [...answer.media, ...current.filter((media) => !fresh.has(media.id))]);
    }
    const problems = [answer.error, ...answer.refused.map((r) => `${r.file}：${r.reason}`)].filter(
      Boolean,
    );
    setMessage(
      problems.length ? problems.join('；') : `已上传 ${answer.media.length} 张图片，点选使用。`,
    );
  };

  const pick = (media: PickedMedia) => {
    onPick(media);
    dialog.current?.close();
  };

  return (
    <>
      <button type="button" onClick={open} className={className} aria-haspopup="dialog">
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-label={title}
        className="m-auto max-h-[90vh] w-[min(48rem,calc(100vw-1rem))] rounded-lg bg-white p-0 text-sm text-stone-900 shadow-xl backdrop:bg-stone-900/50"
      >
        <div className="flex items-center justify-between border-b border-stone-200 px-4 py-3">
          <h2 className="text-base font-bold">{title}</h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded px-3 py-1 hover:bg-stone-100"
          >
            关闭
          </button>
        </div>
        <div className="space-y-3 p-4">
          <label className="block">
            <span className="text-stone-700">
              上传新图片（JPEG、PNG、WebP、GIF，每张最大 10 MB；会缩小并去掉拍摄地点等元数据）
            </span>
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
              multiple
              disabled={busy}
              onChange={(event) => {
                void upload(event.target.files);
                event.target.value = '';
              }}
              className="mt-1 block max-w-full"
            />
          </label>
          {message ? (
            <p role="status" className="rounded bg-stone-100 px-3 py-2">
              {message}
            </p>
          ) : null}
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {items.map((media) => (
              <li key={media.id}>
                <button
                  type="button"
                  onClick={() => pick(media)}
                  aria-label={`选择 ${media.alt || media.originalName}`}
                  className="block w-full overflow-hidden rounded border border-stone-200 hover:border-brand focus:border-brand"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- the library's own thumbnails, already sized */}
                  <img
                    src={media.thumbUrl}
                    alt={media.alt}
                    width={media.width}
                    height={media.height}
                    loading="lazy"
                    className="aspect-square w-full object-cover"
                  />
                  <span className="block truncate px-1 py-0.5 text-xs text-stone-600">
                    {media.originalName}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {items.length === 0 && !busy ? (
            <p className="text-stone-600">媒体库里还没有图片。</p>
          ) : null}
          {next ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => void load(next)}
              className="rounded border border-stone-300 px-3 py-1"
            >
              更多图片
            </button>
          ) : null}
        </div>
      </dialog>
    </>
  );
}
