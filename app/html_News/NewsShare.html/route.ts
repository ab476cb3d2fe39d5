import { resolveInfoCode } from '@/lib/db/articles/reader';
import { infoCodeParam } from '@/lib/params';

// The old share URL: /html_News/NewsShare.html?infoCode=NW… → one 301 to the article's permalink.
// The Location is always a path built by lib/urls.ts, so it can never point off-site.
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const infoCode = infoCodeParam.safeParse(new URL(request.url).searchParams.get('infoCode'));
  const target = infoCode.success ? await resolveInfoCode(infoCode.data) : null;
  if (target === 'gone') return messagePage(410, '这篇文章已撤下', '编辑已将此文章撤下。');
  if (!target) return messagePage(404, '找不到这篇文章', '分享链接中的文章编号无效或文章不存在。');
  return new Response(null, {
    status: 301,
    headers: { Location: target.path, 'Cache-Control': 'public, max-age=3600, s-maxage=86400' },
  });
}

function messagePage(status: number, title: string, text: string): Response {
  const html =
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<meta name="robots" content="noindex"><title>${title} - 金融消息</title>` +
    '<body style="font-family:system-ui,sans-serif;text-align:center;padding:4rem 1rem">' +
    `<h1>${status} · ${title}</h1><p>${text}</p><p><a href="/">返回首页</a></p></body></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
