'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { uploadImages } from '@/components/admin/media-picker';

/** The media library page's upload field: images go up, the page shows them when done. */
export function MediaUploader() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="space-y-2 text-sm">
      <label className="block">
        <span className="text-stone-700">
          上传图片（JPEG、PNG、WebP、GIF，每张最大 10 MB）：会缩小到最长边 1600
          像素，并去掉拍摄地点、相机等元数据
        </span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          multiple
          disabled={busy}
          onChange={async (event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (!files.length) return;
            setBusy(true);
            const answer = await uploadImages(files);
            setBusy(false);
            const problems = [answer.error, ...answer.refused.map((r) => `${r.file}：${r.reason}`)];
            setMessage(
              [answer.media.length ? `已上传 ${answer.media.length} 张图片。` : null, ...problems]
                .filter(Boolean)
                .join(' '),
            );
            router.refresh();
          }}
          className="mt-1 block max-w-full"
        />
      </label>
      {busy ? <p>上传中…</p> : null}
      {message ? (
        <p role="status" className="rounded bg-stone-100 px-3 py-2">
          {message}
        </p>
      ) : null}
    </div>
  );
}
