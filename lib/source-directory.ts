import { pinyin } from 'pinyin-pro';

/**
 * The all-sources page's grouping: by the initial of the name's pinyin (A–Z, read in context, so
 * 重庆 is C and 长沙 is C), names in that pinyin's order within a group; names not starting with a letter
 * or a Chinese character under "#". Pure.
 */
export interface DirectoryGroup<T> {
  initial: string;
  entries: (T & { pinyin: string })[];
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin');

export function pinyinOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase();
}

export function groupByInitial<T extends { name: string }>(entries: T[]): DirectoryGroup<T>[] {
  const groups = new Map<string, (T & { pinyin: string })[]>();
  for (const entry of entries) {
    const spelled = pinyinOf(entry.name);
    const first = spelled[0]?.toUpperCase() ?? '';
    const initial = /^[A-Z]$/.test(first) ? first : '#';
    const group = groups.get(initial) ?? [];
    group.push({ ...entry, pinyin: spelled });
    groups.set(initial, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([initial, group]) => ({
      initial,
      entries: group.sort(
        (a, b) => a.pinyin.localeCompare(b.pinyin) || collator.compare(a.name, b.name),
      ),
    }));
}
