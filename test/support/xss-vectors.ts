import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFragment } from 'parse5';

/** The XSS test vectors (test/fixtures/xss/owasp-filter-evasion.txt), one per line, \n and \t unescaped. */
export function readXssVectors(): string[] {
  const file = path.resolve(import.meta.dirname, '../fixtures/xss/owasp-filter-evasion.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.replace(/\\n/g, '\n').replace(/\\t/g, '\t'));
}

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'meta',
  'link',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
  'body',
  'head',
  'html',
  'isindex',
  'keygen',
  'marquee',
  'video',
  'audio',
  'source',
  'bgsound',
  'xss',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'background',
  'dynsrc',
  'lowsrc',
  'data',
  'xlink:href',
]);
const DANGEROUS_SCHEME = /^\s*(javascript|vbscript|livescript|data):/i;

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/**
 * The elements of sanitised HTML, parsed as a browser would (parse5), that could run code or
 * restyle the page: forbidden elements, event-handler or style attributes, script URLs.
 */
export function dangerousTags(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (FORBIDDEN_ELEMENTS.has(node.nodeName)) found.push(`<${node.nodeName}>`);
    for (const attr of node.attrs ?? []) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style') found.push(`<${node.nodeName} ${name}>`);
      if (
        URL_ATTRIBUTES.has(name) &&
        DANGEROUS_SCHEME.test(attr.value.replace(/[\u0000-\u001f]/g, ''))
      ) {
        found.push(`<${node.nodeName} ${name}="${attr.value}">`);
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html) as unknown as Node);
  return found;
}
