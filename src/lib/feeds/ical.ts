/**
 * iCalendar (RFC 5545) of every event: all-day VEVENTs (`DTSTART;VALUE=DATE`), or timed ones in UTC
 * when the local time and zone are known; scheduled items marked TENTATIVE with their category.
 * UIDs come from event ids, so calendar apps update rather than duplicate. Byte-identical across
 * builds and machine zones: DTSTAMP is the content's newest article date, never the clock.
 */
import type { Timeline } from '../../timeline/types.ts';
import { icalDate, icalUtc, nextDay } from './dates.ts';
import { contentUpdatedMs, feedItems, siteRoot, type FeedSite } from './items.ts';
import { stripInvalidXmlChars } from './escape.ts';

export const ICAL_TYPE = 'text/calendar; charset=utf-8';

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
const ICAL_SPECIAL = /\r\n?|[\n\\;,]/g;

export function icalText(text: string): string {
  return stripInvalidXmlChars(text).replace(ICAL_SPECIAL, (c) => (c === '\\' ? '\\\\' : c === ';' ? '\\;' : c === ',' ? '\\,' : '\\n'));
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  if (line.length <= 18) return line; // ≤ 18 UTF-16 units is ≤ 72 octets
  const parts: string[] = [];
  let start = 0;
  let size = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const n = octets(cp);
    const units = cp > 0xffff ? 2 : 1;
    if (size + n > limit) {
      parts.push(line.slice(start, i));
      start = i;
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    size += n;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

export interface CalendarOptions {
  /** Calendar name shown by apps. */
  name?: string;
}

export function icalendar(timeline: Timeline, site: FeedSite, options: CalendarOptions = {}): string {
  const host = new URL(siteRoot(site)).host;
  const stamp = icalUtc(contentUpdatedMs(timeline));
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//news-timeline//Timeline calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(options.name ?? site.title)}`,
    `X-WR-CALDESC:${icalText(site.description)}`,
    // How often subscribed calendars should check for updates (RFC 7986; the X- form for older apps).
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ];
  // Chronological order reads best in a calendar file (feeds are newest first).
  const items = feedItems(timeline, site).reverse();
  for (const item of items) {
    lines.push('BEGIN:VEVENT', `UID:${icalText(`${item.id}@${host}`)}`, `DTSTAMP:${stamp}`);
    if (item.when.timed) {
      lines.push(`DTSTART:${icalUtc(item.when.ms)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${icalDate(item.date)}`, `DTEND;VALUE=DATE:${icalDate(nextDay(item.date))}`);
    }
    lines.push(
      `SUMMARY:${icalText(item.kind === 'scheduled' ? `Scheduled: ${item.title}` : item.title)}`,
      `DESCRIPTION:${icalText(item.contentText)}`,
      `URL:${item.url}`,
      `STATUS:${item.kind === 'scheduled' ? 'TENTATIVE' : 'CONFIRMED'}`,
      `CATEGORIES:${[item.kind === 'scheduled' ? 'Scheduled' : 'Occurred', ...item.actors].map(icalText).join(',')}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
