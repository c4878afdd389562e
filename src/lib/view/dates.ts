/**
 * Date formatting for pages. Every value is treated as a calendar value written in a string
 * (`2024-03-04`, `21:25`, `2024-03-03T21:25:00-05:00`): nothing here reads the clock or the
 * machine's time zone. Calendar days are turned into an instant at noon UTC only to let `Intl`
 * spell them, and always formatted with `timeZone: 'UTC'`, so the printed day is the written day.
 */
import type { ArticleDate, PartOfDay } from '../../timeline/types.ts';

/** The language pages are written in (the static HTML cannot know the reader's). */
export const LOCALE = 'en-US';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD`; throws on anything else (a programming error, not reader input). */
export function parseDay(day: string): CalendarDay {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`expected a calendar day YYYY-MM-DD, got ${JSON.stringify(day)}`);
  const value = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const probe = new Date(Date.UTC(value.year, value.month - 1, value.day));
  if (probe.getUTCMonth() !== value.month - 1 || probe.getUTCDate() !== value.day) {
    throw new Error(`not a real calendar day: ${day}`);
  }
  return value;
}

/** Noon UTC of a calendar day: formatted with `timeZone: 'UTC'` it is that day everywhere. */
function noonUtc(day: string): Date {
  const { year, month, day: d } = parseDay(day);
  const date = new Date(Date.UTC(2000, month - 1, d, 12));
  date.setUTCFullYear(year); // years 0–99 stay literal
  return date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE, options);
    formatters.set(key, f);
  }
  return f;
}

export type DayStyle = 'full' | 'long' | 'medium' | 'short' | 'weekday';

const DAY_STYLES: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  /** Monday, March 17, 2025 */
  full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  /** March 17, 2025 */
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  /** Thu, Mar 14, 2024 */
  medium: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  /** Mar 14 */
  short: { month: 'short', day: 'numeric' },
  /** Monday */
  weekday: { weekday: 'long' },
};

/** Spells a calendar day (`2024-03-04`) in one of the styles above, independent of the machine's zone. */
export function formatDay(day: string, style: DayStyle = 'full'): string {
  return formatter({ ...DAY_STYLES[style], timeZone: 'UTC' }).format(noonUtc(day));
}

/** Two calendar days as one range ("March 14 – 20, 2025"), independent of the machine's zone. */
export function formatDayRange(first: string, last: string): string {
  if (first === last) return formatDay(first, 'long');
  return formatter({ ...DAY_STYLES.long, timeZone: 'UTC' }).formatRange(noonUtc(first), noonUtc(last));
}

/** `2024-03` → `March 2024`. */
export function formatMonth(month: string): string {
  return formatter({ year: 'numeric', month: 'long', timeZone: 'UTC' }).format(noonUtc(`${month}-01`));
}

/** Adds whole days to a calendar day, in calendar arithmetic (no zone, no DST). */
export function addDays(day: string, days: number): string {
  const date = noonUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Short name of a zone on a given day ("EST", "GMT+1"), or undefined when the zone is unknown. */
export function zoneName(timeZone: string, day: string): string | undefined {
  const key = `${timeZone}|${day}`;
  if (zoneNames.has(key)) return zoneNames.get(key);
  let name: string | undefined;
  try {
    name = formatter({ timeZone, timeZoneName: 'short' }).formatToParts(noonUtc(day)).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    name = undefined;
  }
  zoneNames.set(key, name);
  return name;
}

/** Zone names by zone and day: every timed event on every page asks. */
const zoneNames = new Map<string, string | undefined>();

/** `21:25` → `9:25 PM` (the clock time as written; no conversion). */
export function formatClock(time: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!m) return time;
  const date = new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])));
  return formatter({ hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date);
}

/** `-05:00` → `UTC−5`, `+05:30` → `UTC+5:30`, `Z` → `UTC`. */
export function formatOffset(offset: string): string {
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC';
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) return offset;
  const hours = String(Number(m[2]));
  return `UTC${m[1] === '-' ? '−' : '+'}${hours}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

export const PART_OF_DAY_LABEL: Record<PartOfDay, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  night: 'Night',
};

export interface WhenView {
  /** What to print: "9:25 PM EST", "Morning". */
  label: string;
  /** A valid `<time datetime>` value when there is a clock time (`2024-03-04T09:25`), else undefined. */
  datetime?: string | undefined;
}

/** The time of an event within its day, when known: a clock time with its zone, or a part of the day. */
export function formatEventTime(event: { date: string; time?: string | undefined; timeZone?: string | undefined; partOfDay?: PartOfDay | undefined }): WhenView | undefined {
  if (event.time && /^\d{1,2}:\d{2}/.test(event.time)) {
    const zone = event.timeZone ? zoneName(event.timeZone, event.date) : undefined;
    const hhmm = event.time.slice(0, 5).padStart(5, '0');
    return { label: zone ? `${formatClock(event.time)} ${zone}` : formatClock(event.time), datetime: `${event.date}T${hhmm}` };
  }
  if (event.partOfDay) return { label: PART_OF_DAY_LABEL[event.partOfDay] };
  return undefined;
}

export interface ArticleDateView {
  /** "March 16, 2024, 9:25 PM EDT", "March 2024". */
  label: string;
  /** A valid `<time datetime>` value. */
  datetime: string;
  inferred: boolean;
  /** Why it was inferred, for the reader. */
  evidence?: string | undefined;
}

/** Formats an article's date at its precision, in its own offset or zone (never the machine's). */
export function formatArticleDate(date: ArticleDate, timeZone?: string): ArticleDateView {
  const inferred = date.source === 'inferred';
  const base = { inferred, evidence: date.evidence };
  const dt = DATETIME_RE.exec(date.value);
  const day = date.day && DAY_RE.test(date.day) ? date.day : date.value.slice(0, 10);
  if (date.precision === 'year') return { ...base, label: day.slice(0, 4), datetime: day.slice(0, 4) };
  if (date.precision === 'month') return { ...base, label: formatMonth(day.slice(0, 7)), datetime: day.slice(0, 7) };
  if (date.precision === 'minute' && dt) {
    const zone = (timeZone && zoneName(timeZone, day)) || formatOffset(dt[6]!);
    return { ...base, label: `${formatDay(day, 'long')}, ${formatClock(`${dt[4]}:${dt[5]}`)} ${zone}`, datetime: date.value };
  }
  return { ...base, label: formatDay(day, 'long'), datetime: day };
}
