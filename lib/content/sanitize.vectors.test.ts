import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dangerousTags, readXssVectors } from '../../test/support/xss-vectors';
import { renderBody } from './render';
import { sanitizeBody } from './sanitize';

const vectors = readXssVectors();

describe('OWASP filter-evasion vectors', () => {
  it('has the vector file', () => {
    expect(vectors.length).toBeGreaterThan(100);
  });

  it.each(vectors.map((vector, index) => [index, vector] as const))('vector %i is neutralised', (_index, vector) => {
    for (const html of [sanitizeBody(vector), renderBody(vector).html]) {
      expect(dangerousTags(html)).toEqual([]);
      expect(sanitizeBody(html)).toBe(html);
    }
  });
});

// Fragments of HTML an attacker (or a broken repost) might combine.
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<p>', '</p>', '<a href="', 'javascript:alert(1)', '">', '<img src=x onerror=alert(1)>', '<script>',
    '</script>', '<div style="x:y">', '</div>', '<center>', '<br/>', '&lt;', '&amp;', '&#106;', '<!--', '-->',
    '<![CDATA[', ']]>', '<span id="stock_1">', '</span>', '<table><tr><td>', '<h1>', '<svg onload=alert(1)>',
    '"', "'", '<', '>', '=', '蔚来', '（文章来源：上海证券报）', '\n', ' ',
  ),
);
const htmlish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('sanitizeBody properties', () => {
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(htmlish, (input) => {
        const once = sanitizeBody(input);
        expect(sanitizeBody(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('never lets a dangerous construct through', () => {
    fc.assert(
      fc.property(htmlish, (input) => {
        expect(dangerousTags(sanitizeBody(input))).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });
});
