import { describe, expect, it } from 'vitest';
import { titleSearch } from './search';

describe('titleSearch', () => {
  it('turns a Chinese word into its two-character grams', () => {
    expect(titleSearch('厦门港口')).toEqual({
      text: '厦门港口',
      tsquery: "'厦门' & '门港' & '港口'",
      patterns: ['%厦门港口%'],
    });
  });

  it('lets a single character match as a prefix, and needs every term', () => {
    expect(titleSearch('  港   A股 ')).toEqual({
      text: '港 a股',
      tsquery: "'港':* & 'a股'",
      patterns: ['%港%', '%a股%'],
    });
  });

  it('quotes what tsquery and LIKE would read as syntax', () => {
    const search = titleSearch("o'neil 100%_\\");
    expect(search?.tsquery).toContain("'o''' & '''n'");
    expect(search?.tsquery).toContain("'%_' & '_\\\\'");
    expect(search?.patterns).toEqual(["%o'neil%", '%100\\%\\_\\\\%']);
  });

  it('has nothing to search in an empty query, and caps a long one', () => {
    expect(titleSearch('   ')).toBeNull();
    expect([...(titleSearch('长'.repeat(80))?.text ?? '')]).toHaveLength(50);
  });
});
