import { pinyin } from 'pinyin-pro';

/**
 * URL slugs for articles written in the admin: the title in pinyin, a word per hyphen
 * (记者手记：夜班码头的灯光 → jizhe-shouji-yeban-matou-de-dengguang), as readable in a shared link as
 * the old site's pinyin source names. Words come from the ICU word segmenter; Latin letters and
 * digits are kept, lower-cased.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function slugFromTitle(title: string, max = SLUG_MAX): string {
  const words: string[] = [];
  for (const { segment } of segmenter.segment(title.normalize('NFKC'))) {
    const word = HAN.test(segment)
      ? pinyin(segment, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).join('')
      : segment;
    words.push(
      ...word
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
  }
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, max);
}
