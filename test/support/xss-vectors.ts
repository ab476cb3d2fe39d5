import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The XSS test vectors (test/fixtures/xss/owasp-filter-evasion.txt), one per line, \n and \t unescaped. */
export function readXssVectors(): string[] {
  const file = path.resolve(import.meta.dirname, '../fixtures/xss/owasp-filter-evasion.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.replace(/\\n/g, '\n').replace(/\\t/g, '\t'));
}

/** What must never survive sanitising, as patterns over each tag of the sanitised HTML. */
const DANGEROUS_TAG: RegExp[] = [
  /<(script|style|iframe|frame|frameset|object|embed|applet|form|input|button|select|textarea|meta|link|base|svg|math|template|noscript|body|head|html|isindex|keygen|marquee|video|audio|source|bgsound|xss)\b/i,
  /\son[a-z]+\s*=/i,
  /\sstyle\s*=/i,
  /\s(href|src|action|formaction|background|dynsrc|lowsrc|data)\s*=\s*["']?\s*(javascript|vbscript|livescript|data):/i,
];

/**
 * The tags of sanitised HTML that could run code or restyle the page. Text is not inspected: once
 * escaped (`&lt;img onerror=…&gt;`) it is only text.
 */
export function dangerousTags(html: string): string[] {
  const tags = html.match(/<[^>]*>/g) ?? [];
  return tags.filter((tag) => DANGEROUS_TAG.some((pattern) => pattern.test(tag)));
}
