import { describe, expect, it } from 'vitest';
import { documentGrams, highlight, parseSearchQuery, snippet, textGrams } from './search';

describe('parseSearchQuery', () => {
  it('turns a Chinese word into its two-character grams', () => {
    expect(parseSearchQuery('厦门港口')).toEqual({
      text: '厦门港口',
      terms: ['厦门港口'],
      tsquery: "'厦门' & '门港' & '港口'",
      patterns: ['%厦门港口%'],
    });
  });

  it('keeps the query as typed for display, matches it lower-cased, needs every term', () => {
    expect(parseSearchQuery('  港   A股 LPR ')).toEqual({
      text: '港 A股 LPR',
      terms: ['港', 'a股', 'lpr'],
      tsquery: "'港':* & 'a股' & 'lp' & 'pr'",
      patterns: ['%港%', '%a股%', '%lpr%'],
    });
  });

  it('quotes what tsquery and LIKE would read as syntax', () => {
    const search = parseSearchQuery("o'neil 100%_\\");
    expect(search?.tsquery).toContain("'o''' & '''n'");
    expect(search?.tsquery).toContain("'%_' & '_\\\\'");
    expect(search?.patterns).toEqual(["%o'neil%", '%100\\%\\_\\\\%']);
  });

  it('has nothing to search in an empty query, and caps a long one', () => {
    expect(parseSearchQuery('   ')).toBeNull();
    expect([...(parseSearchQuery('长'.repeat(80))?.text ?? '')]).toHaveLength(50);
  });
});

describe('textGrams and documentGrams', () => {
  it('are the grams title_bigrams gives: pairs, the last character alone, none across spaces', () => {
    expect([...textGrams('海沧 A股')]).toEqual(['海沧', 'a股', '股']);
  });

  it('index the title and the body text, not the tags or attributes', () => {
    const grams = documentGrams('海沧', '<p class="x">治理<a href="/y">活力</a></p>');
    expect(grams).toBe("'海沧' '治理' '活力' '力'");
    expect(documentGrams("o'b", '<p>a\\b</p>')).toBe("'o''' '''b' 'a\\\\' '\\\\b' 'b'");
  });
});

describe('highlight and snippet', () => {
  it('marks every term, case-insensitively, the longest first', () => {
    expect(highlight('A股与a股指数', ['a股', 'a股指数'])).toEqual([
      { text: 'A股', match: true },
      { text: '与', match: false },
      { text: 'a股指数', match: true },
    ]);
    expect(highlight('无关', ['海沧'])).toEqual([{ text: '无关', match: false }]);
  });

  it('cuts the text around the first match, with ellipses where it goes on', () => {
    const text = `${'前'.repeat(100)}海沧${'后'.repeat(100)}`;
    const cut = snippet(text, ['海沧']);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('海沧');
    expect([...cut].length).toBeLessThanOrEqual(112);
    expect(snippet('短文', ['无'])).toBe('短文');
  });
});
