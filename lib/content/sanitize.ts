import { parseFragment, serialize } from 'parse5';
import sanitizeHtml from 'sanitize-html';

/**
 * The allowlist every stored body passes through. Reposted HTML carries inline styles, tracking
 * spans, stock-quote widgets and the odd script; readers get structure, text, links and images only.
 * Anything not listed is dropped: no scripts, event handlers, style attributes or <style> (CSS
 * injection), iframes, forms, objects, or javascript:/data:/vbscript: URLs.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'div', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
    'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img', 'figure', 'figcaption',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'referrerpolicy'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: true,
  // Text inside these is never content (scripts, styles, embedded documents).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'select', 'title'],
  transformTags: {
    h1: 'h2',
    // Not p: a div may hold tables and lists, which a p cannot (re-parsing would move them out).
    center: 'div',
    a: (tagName, attribs) => {
      const href = normaliseUrl(attribs.href);
      if (!href) return { tagName: 'span', attribs: {} };
      const external = /^https?:\/\//i.test(href);
      return {
        tagName,
        attribs: {
          href,
          ...(attribs.title ? { title: attribs.title } : {}),
          ...(external ? { rel: 'nofollow noopener noreferrer ugc', target: '_blank' } : {}),
        },
      };
    },
    img: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(normaliseUrl(attribs.src) ? { src: normaliseUrl(attribs.src) as string } : {}),
        alt: attribs.alt && !/^image$/i.test(attribs.alt) ? attribs.alt : '',
        ...(attribs.title ? { title: attribs.title } : {}),
        ...(isDimension(attribs.width) ? { width: attribs.width as string } : {}),
        ...(isDimension(attribs.height) ? { height: attribs.height as string } : {}),
        loading: 'lazy',
        decoding: 'async',
        // Many Chinese image hosts refuse hot-linked requests that carry a foreign Referer.
        referrerpolicy: 'no-referrer',
      },
    }),
  },
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !frame.attribs.src) ||
    // Empty paragraphs left behind once hidden spacers and widgets are stripped.
    (['p', 'div', 'center'].includes(frame.tag) && !frame.text.trim() && !frame.mediaChildren.length && !/<img|<br/i.test(frame.text)),
};

function isDimension(value: string | undefined): boolean {
  return value !== undefined && /^\d{1,4}$/.test(value);
}

/** Protocol-relative links become https; anything that is not http(s)/mailto is refused. */
function normaliseUrl(value: string | undefined): string | null {
  if (!value) return null;
  const url = value.trim();
  if (url.startsWith('//')) return `https:${url}`;
  if (/^(https?:|mailto:)/i.test(url) || url.startsWith('/') || url.startsWith('#')) return url;
  return null;
}

/**
 * Reposted HTML is often broken (unclosed tags, a block inside a <p>). It is first parsed as a
 * browser would (parse5 implements the HTML standard's tree construction) so that the allowlist
 * sees the same tree readers' browsers build, and the result parses back to itself: sanitising
 * twice gives what sanitising once did (a property test checks it).
 */
export function sanitizeBody(html: string): string {
  // Parsed again after sanitising: unwrapping a disallowed element can leave a block where the
  // standard does not allow it (<h1><span><h1>); the second pass gives the browser's tree.
  return serialize(parseFragment(sanitizeHtml(serialize(parseFragment(html)), options))).trim();
}
