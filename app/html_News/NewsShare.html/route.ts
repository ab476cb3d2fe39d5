import { getArticlePathByInfoCode } from '@/lib/db/articles';
import { infoCodeParam } from '@/lib/params';

// The old share URL: /html_News/NewsShare.html?infoCode=NW… → one 301 to the article's permalink.
// The Location is always a path built by lib/urls.ts, so it can never point off-site.
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const infoCode = infoCodeParam.safeParse(new URL(request.url).searchParams.get('infoCode'));
  const path = infoCode.success ? await getArticlePathByInfoCode(infoCode.data) : null;
  if (!path) return notFoundResponse();
  return new Response(null, {
    status: 301,
    headers: { Location: path, 'Cache-Control': 'public, max-age=3600, s-maxage=86400' },
  });
}

function notFoundResponse(): Response {
  const html =
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    '<meta name="robots" content="noindex"><title>文章不存在 - 金融消息</title>' +
    '<body style="font-family:system-ui,sans-serif;text-align:center;padding:4rem 1rem">' +
    '<h1>404 · 找不到这篇文章</h1><p>分享链接中的文章编号无效或文章已被移除。</p><p><a href="/">返回首页</a></p></body></html>';
  return new Response(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
