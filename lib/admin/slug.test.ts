import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugFromTitle } from './slug';

describe('article slugs', () => {
  it('spells a Chinese title in pinyin, a word per hyphen', () => {
    // Where words split is ICU's call (手记 may come out as shou-ji): the letters are pinyin's.
    const slug = slugFromTitle('记者手记：夜班码头的灯光');
    expect(slug.replaceAll('-', '')).toBe('jizheshoujiyebanmatoudedengguang');
    expect(slug).toMatch(/^jizhe-.*-matou-de-dengguang$/);
    expect(slugFromTitle('厦门A股LPR下调，3月起执行').replaceAll('-', '')).toBe(
      'xiamenagulprxiatiao3yueqizhixing',
    );
  });

  it('always gives a valid slug, cut at a word within the limit', () => {
    const long = slugFromTitle(
      '国务院常务会议部署进一步稳外贸稳外资措施推动经济高质量发展'.repeat(3),
    );
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(SLUG_PATTERN);
    for (const title of ['“绿色”债券！', 'ABC  def', '２０２１年（全角）']) {
      expect(slugFromTitle(title), title).toMatch(SLUG_PATTERN);
    }
    expect(slugFromTitle('２０２１年')).toBe('2021-nian');
    expect(slugFromTitle('！！！')).toBe('');
  });
});
