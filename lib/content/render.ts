import { decodeHTML } from 'entities';
import MarkdownIt from 'markdown-it';
import { extractBodyParts } from './body';
import { splitPost } from './front-matter';
import { sanitizeBody } from './sanitize';

// Jekyll's kramdown lets Markdown and raw HTML mix freely; markdown-it with `html: true` renders the
// same archive the same way (HTML blocks pass through, `<http://…>` autolinks, `> ` digests).
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });

export interface RenderedBody {
  html: string;
  /** 文章来源 printed at the end of the body, e.g. 上海证券报. */
  sourceName: string | null;
  excerpt: string;
}

// The name may be broken up by leftover quote links: 上海<a …>证券</a>报.
const SOURCE_LINE = /<p>\s*[（(]\s*文章来源[：:]\s*((?:(?!<\/p>)[\s\S]){1,400}?)\s*[）)]\s*<\/p>/;

/** Markdown/HTML source → sanitised HTML, with the 文章来源 line lifted out into data. */
export function renderBody(source: string): RenderedBody {
  let html = sanitizeBody(markdown.render(source));
  let sourceName: string | null = null;
  const line = SOURCE_LINE.exec(html);
  if (line?.[1]) {
    sourceName = decodeHTML(line[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim().slice(0, 60) || null;
    html = (html.slice(0, line.index) + html.slice(line.index + line[0].length)).trim();
  }
  return { html, sourceName, excerpt: makeExcerpt(html) };
}

/** Plain text of sanitised HTML, whitespace collapsed. */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const EXCERPT_MAX = 120;

/** The digest or first sentences, never the whole body: cut at a sentence end when one is near. */
export function makeExcerpt(html: string, max = EXCERPT_MAX): string {
  const text = htmlToText(html);
  if (text.length <= max) return text;
  const window = text.slice(0, max);
  const sentenceEnd = Math.max(...['。', '！', '？', '；'].map((mark) => window.lastIndexOf(mark)));
  if (sentenceEnd >= max * 0.5) return window.slice(0, sentenceEnd + 1);
  return `${window.slice(0, max - 1)}…`;
}

/**
 * Re-renders a stored article body from the raw text kept with it (a whole post file with front
 * matter, or a bare body), as the importer would today. Used after a sanitiser change.
 */
export function rerenderStoredBody(rawSource: string): { html: string; excerpt: string } {
  let body = rawSource;
  try {
    body = splitPost(rawSource).body;
  } catch {
    // No front matter: the raw text is the body itself.
  }
  const rendered = renderBody(extractBodyParts(body).markdown);
  return { html: rendered.html, excerpt: rendered.excerpt };
}

/** What an editor edits: the body of a stored post, without the front matter of an imported file. */
export function editableBody(rawSource: string): string {
  try {
    return splitPost(rawSource).body.trim();
  } catch {
    return rawSource;
  }
}
