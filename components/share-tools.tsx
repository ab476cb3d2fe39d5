import QRCode from 'qrcode';
import { CopyLinkButton } from './share-link';

/**
 * Sharing as Chinese readers do it: a WeChat QR code (drawn on the server as SVG, so it costs no
 * script), Weibo, and the link to copy.
 */
export async function ShareTools({ url, title }: { url: string; title: string }) {
  const svg = (
    await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  ).replace('<svg ', '<svg role="img" aria-label="本文链接的二维码" class="h-full w-full" ');
  const weibo = `https://service.weibo.com/share/share.php?${new URLSearchParams({ url, title })}`;
  return (
    <section aria-labelledby="share-heading" className="text-sm">
      <h2 id="share-heading" className="font-semibold">
        分享
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <figure className="flex items-center gap-3">
          <div
            className="h-28 w-28 shrink-0 rounded bg-white p-1"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <figcaption className="text-subtle">
            微信扫一扫
            <br />
            分享给朋友或朋友圈
          </figcaption>
        </figure>
        <div className="flex flex-wrap gap-2">
          <a
            href={weibo}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="inline-flex min-h-9 items-center rounded border border-line px-3 hover:border-brand hover:text-accent"
          >
            分享到微博
          </a>
          <CopyLinkButton url={url} />
        </div>
      </div>
      <p className="mt-2 break-all text-subtle">{url}</p>
    </section>
  );
}
