// Dates in the old site are wall-clock times in Asia/Shanghai. China has a fixed UTC+8 offset with
// no daylight saving, so arithmetic on the offset is exact and far cheaper than Intl per call.
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export interface ShanghaiParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** Wall-clock parts of an instant in Asia/Shanghai, zero-padded. */
export function shanghaiParts(date: Date): ShanghaiParts {
  const iso = new Date(date.getTime() + SHANGHAI_OFFSET_MINUTES * 60_000).toISOString();
  return {
    year: iso.slice(0, 4),
    month: iso.slice(5, 7),
    day: iso.slice(8, 10),
    hour: iso.slice(11, 13),
    minute: iso.slice(14, 16),
    second: iso.slice(17, 19),
  };
}

/** The Beijing day of an instant, `2021-12-21`: how day pages are addressed. */
export function shanghaiDayKey(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `2021-12-21T15:37:38+08:00`: W3C/ISO 8601 with the site's offset, as sitemaps and JSON-LD want. */
export function toW3CDateTime(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+08:00`;
}

/** `2021-12-21 15:37` for readers. */
export function formatShanghaiDateTime(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** `2021-12-21T15:37:38`: an instant as the value of an <input type="datetime-local"> in Beijing time. */
export function shanghaiDateTimeInput(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** `2021年12月21日` for headings. */
export function formatShanghaiDate(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a Jekyll front-matter date (`2021-12-21 15:37:38 +0800`, `2021-12-08 10:46:18`, `2021-12-08`,
 * ISO 8601). A missing offset means Asia/Shanghai, the old site's time zone. Returns null for an empty
 * or impossible date (2021-02-30, 25:00) rather than letting Date roll it over.
 */
export function parseSiteDate(value: string): Date | null {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const offsetMinutes = zone ? zoneOffsetMinutes(zone) : SHANGHAI_OFFSET_MINUTES;
  if (offsetMinutes === null) return null;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
  return new Date(utc);
}

function zoneOffsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (Number(m[2]) > 14 || Number(m[3]) > 59) return null;
  return m[1] === '-' ? -minutes : minutes;
}
