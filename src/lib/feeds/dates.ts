/**
 * Dates for feeds and exports, computed from calendar values only: never the machine's clock or
 * zone. An all-day event stands at 00:00 UTC of its calendar day; an event with a known local
 * time and zone at that instant. Articles at their stated (or inferred) date.
 */
import { TZDate } from '@date-fns/tz';
import type { AnalyzedArticle, TimelineEvent } from '../../timeline/types.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

export function parseDay(day: string): { year: number; month: number; day: number } {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a calendar day (YYYY-MM-DD): ${day}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Milliseconds of 00:00 UTC on a calendar day. */
export function dayStartUtc(day: string): number {
  const { year, month, day: d } = parseDay(day);
  return Date.UTC(year, month - 1, d);
}

/** The calendar day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(dayStartUtc(day) + 86_400_000).toISOString().slice(0, 10);
}

const zoneValidity = new Map<string, boolean>();

function isZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(zone, valid);
  }
  return valid;
}

export interface EventWhen {
  /** The instant the feeds use (ms since epoch). */
  ms: number;
  /** True when the event has a local time and a zone, so `ms` is a real instant. */
  timed: boolean;
  /** The zone of a timed event. */
  zone?: string;
}

const timedCache = new Map<string, EventWhen>();

/** When an event stands in feeds: its local time in its zone when both are known, else its day at 00:00 UTC. */
export function eventWhen(event: Pick<TimelineEvent, 'date' | 'time' | 'timeZone'>): EventWhen {
  const t = event.time ? TIME.exec(event.time) : null;
  if (t && isZone(event.timeZone)) {
    // Zone arithmetic is costly and every feed asks again: memoise per local date-time and zone.
    const key = `${event.date}T${event.time}@${event.timeZone}`;
    let when = timedCache.get(key);
    if (!when) {
      const { year, month, day } = parseDay(event.date);
      const local = new TZDate(year, month - 1, day, Number(t[1]), Number(t[2]), 0, event.timeZone);
      when = { ms: local.getTime(), timed: true, zone: event.timeZone };
      timedCache.set(key, when);
    }
    return when;
  }
  return { ms: dayStartUtc(event.date), timed: false };
}

/** An ISO date or date-time with offset, as articles state them, to an instant (date-only: 00:00 UTC). */
export function isoToMs(value: string): number {
  if (DAY.test(value)) return dayStartUtc(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date-time with offset: ${value}`);
  return ms;
}

/** The latest instant an article states for itself (its date, or `updated` when later). */
export function articleMs(article: AnalyzedArticle): number {
  let ms = isoToMs(article.date.value);
  const updated = article.input.updated;
  if (updated) {
    try {
      ms = Math.max(ms, isoToMs(updated));
    } catch {
      /* validated upstream; ignore a malformed value rather than fail the feed */
    }
  }
  return ms;
}

/** RFC 3339 in UTC without fractional seconds: `2024-03-03T00:00:00Z`. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** RFC 3339 in the event's own zone for timed events (`2024-03-03T21:25:00-05:00`), UTC otherwise. */
export function rfc3339When(when: EventWhen): string {
  if (!when.timed || !when.zone) return rfc3339(when.ms);
  // Every page's JSON-LD and every feed asks for the same few instants: memoise the zone arithmetic.
  const key = `${when.ms}@${when.zone}`;
  let s = zonedCache.get(key);
  if (s === undefined) {
    s = new TZDate(when.ms, when.zone).toISOString().replace(/\.\d{3}(?=[+-]|Z)/, '');
    zonedCache.set(key, s);
  }
  return s;
}

const zonedCache = new Map<string, string>();

/** RFC 822 (as RFC 1123, what RSS readers expect): `Sun, 23 Mar 2025 00:00:00 GMT`. */
export function rfc822(ms: number): string {
  return new Date(ms).toUTCString();
}

/** iCalendar UTC date-time: `20251124T022500Z`. */
export function icalUtc(ms: number): string {
  return rfc3339(ms).replace(/[-:]/g, '');
}

/** iCalendar DATE: `20251123`. */
export function icalDate(day: string): string {
  parseDay(day);
  return day.replace(/-/g, '');
}

/** "Sunday, March 16, 2025" — fixed English, computed in UTC so the machine zone never matters. */
const LONG_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
const longDays = new Map<string, string>();

export function longDay(day: string): string {
  let label = longDays.get(day);
  if (label === undefined) {
    label = LONG_DAY.format(dayStartUtc(day));
    longDays.set(day, label);
  }
  return label;
}

/** "9:25 PM EST" for a timed event, in its own zone. */
const timeFormats = new Map<string, Intl.DateTimeFormat>();

export function localTime(when: EventWhen): string | undefined {
  if (!when.timed || !when.zone) return undefined;
  let format = timeFormats.get(when.zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: when.zone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
    timeFormats.set(when.zone, format);
  }
  return format.format(when.ms);
}

/** The newest of some instants, or the epoch when there are none (keeps output deterministic). */
export function latest(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}
