import { mediaStore } from '@/lib/media';
import { isMediaKey } from '@/lib/media/store';

// A file per request from the media store; its name is its content's hash, so what a browser or
// CDN keeps never goes stale.
export const dynamic = 'force-dynamic';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** An image of the media library: long-lived, immutable, never sniffed as anything else. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params;
  const notFound = () =>
    new Response('找不到这个文件', {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'public, max-age=60',
      },
    });
  if (!isMediaKey(file)) return notFound();
  const etag = `"${file.split('.')[0]}"`;
  const headers = {
    'Cache-Control': IMMUTABLE,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    'Content-Type': file.endsWith('.png') ? 'image/png' : 'image/jpeg',
  };
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  const stored = await mediaStore().read(file);
  if (!stored) return notFound();
  return new Response(stored.body, {
    headers: { ...headers, 'Content-Length': String(stored.size) },
  });
}
