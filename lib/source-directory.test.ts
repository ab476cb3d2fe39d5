import { describe, expect, it } from 'vitest';
import { groupByInitial, pinyinOf } from './source-directory';

describe('groupByInitial', () => {
  it('groups by the pinyin initial read in context, pinyin order inside, # last', () => {
    const groups = groupByInitial(
      ['厦门晚报', '重庆日报', '长沙晚报', 'Emnews', '澎湃新闻', '21世纪经济报道', '财联社'].map(
        (name) => ({ name }),
      ),
    );
    expect(groups.map((g) => [g.initial, g.entries.map((e) => e.name)])).toEqual([
      ['C', ['财联社', '长沙晚报', '重庆日报']],
      ['E', ['Emnews']],
      ['P', ['澎湃新闻']],
      ['X', ['厦门晚报']],
      ['#', ['21世纪经济报道']],
    ]);
  });

  it('spells a name in pinyin for the filter box', () => {
    expect(pinyinOf('厦门晚报')).toBe('xiamenwanbao');
  });
});
