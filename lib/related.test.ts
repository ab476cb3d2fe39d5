import { describe, expect, it } from 'vitest';
import { rankRelated } from './related';

const article = {
  id: 1,
  title: '厦门海沧港区集装箱吞吐量创新高',
  sourceSlug: 'xm',
  tags: ['港口'],
};

describe('rankRelated', () => {
  it('puts titles that share words first, then shared tags and source break ties', () => {
    const ranked = rankRelated(
      article,
      [
        { id: 2, title: '央行宣布降准', sourceSlug: 'xm', tags: ['港口'] },
        { id: 3, title: '海沧港区吞吐量再创新高', sourceSlug: 'other', tags: [] },
        { id: 4, title: '集装箱吞吐量同比增长', sourceSlug: 'xm', tags: ['港口'] },
        { id: 5, title: '厦门港集装箱航线增加', sourceSlug: 'xm', tags: [] },
      ],
      3,
    );
    expect(ranked.map((r) => r.id)).toEqual([3, 4, 5]);
  });

  it('leaves out the article itself, duplicates of a title and unrelated titles', () => {
    const ranked = rankRelated(
      article,
      [
        { ...article },
        { id: 6, title: article.title, sourceSlug: 'xm', tags: [] },
        { id: 7, title: '海沧港区吞吐量再创新高', sourceSlug: 'xm', tags: [] },
        { id: 7, title: '海沧港区吞吐量再创新高', sourceSlug: 'xm', tags: [] },
        { id: 8, title: '股市收盘', sourceSlug: 'xm', tags: ['港口'] },
      ],
      5,
    );
    expect(ranked.map((r) => r.id)).toEqual([7]);
  });
});
