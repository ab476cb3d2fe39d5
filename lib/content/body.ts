/**
 * Pulls the old site's boilerplate out of a post body so it becomes data and page navigation rather
 * than body text: the share link (with its infoCode), the original-article link, the footer
 * back-links and empty `<>` links. Works on the Markdown/HTML source, line by line.
 */
export interface BodyParts {
  /** The body with the boilerplate lines removed. */
  markdown: string;
  shareInfoCode: string | null;
  originalUrl: string | null;
}

const INFO_CODE = /^[A-Za-z0-9_-]{1,64}$/;
const SHARE_LINK = /NewsShare\.html\?(?:[^>\s)]*&)?infoCode=([A-Za-z0-9_-]+)/i;
const AUTOLINK_LINE = /^<((?:https?:)?\/\/[^\s<>]+)>$/i;
const BARE_URL_LINE = /^((?:https?:)?\/\/[^\s<>]+)$/i;
/** `[返回厦门晚报新闻](…)｜[返回首页](…)`, in any of the shapes the archive uses. */
const BACK_LINKS_LINE = /^(?:\s*\[返回[^\]]*\]\((?:[^()]|\([^()]*\))*\)\s*[｜|]?\s*)+$/;

export function extractBodyParts(body: string): BodyParts {
  let shareInfoCode: string | null = null;
  let originalUrl: string | null = null;
  const kept: string[] = [];

  for (const line of stripLiquid(body).split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '<>' || BACK_LINKS_LINE.test(trimmed)) continue;

    const link = AUTOLINK_LINE.exec(trimmed)?.[1] ?? BARE_URL_LINE.exec(trimmed)?.[1];
    if (link) {
      const share = SHARE_LINK.exec(link)?.[1];
      if (share && INFO_CODE.test(share)) {
        shareInfoCode ??= share;
        continue;
      }
      if (!originalUrl) {
        originalUrl = link.startsWith('//') ? `https:${link}` : link;
        continue;
      }
    }
    kept.push(line);
  }
  return { markdown: kept.join('\n').trim(), shareInfoCode, originalUrl };
}

/**
 * Jekyll renders Liquid before Markdown. We never execute it: `{% raw %}…{% endraw %}` keeps its
 * contents literally (as Jekyll would) and any other `{% tag %}` is dropped, since running it is
 * exactly what an imported post must not be able to do. `{{ … }}` outside raw is left as text.
 */
export function stripLiquid(body: string): string {
  if (!body.includes('{%')) return body;
  const parts = body.split(/(\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\})/);
  return parts
    .map((part) => {
      const raw = /^\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}$/.exec(part);
      if (raw) return raw[1] ?? '';
      return part.replace(/\{%-?[\s\S]*?-?%\}/g, '');
    })
    .join('');
}
