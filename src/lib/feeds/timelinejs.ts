/**
 * TimelineJS3 export (https://timeline.knightlab.com/docs/json-format.html): `{ title, events }`
 * with slide objects `{ start_date: {year, month, day[, hour, minute]}, text: {headline, text},
 * group, unique_id }`. TimelineJS renders `headline` and `text` as HTML, so all article text is
 * escaped; dates are the events' calendar days (and local time when known).
 */
import type { Timeline } from '../../timeline/types.ts';
import { escapeHtml } from './escape.ts';
import { parseDay } from './dates.ts';
import { feedItems, siteRoot, type FeedSite } from './items.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  display_date?: string;
}

export interface TimelineJsDocument {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
  scale: 'human';
}

/**
 * TimelineJS draws every slide it loads; past a few hundred it is slow and no reader steps through
 * them. The export holds the most recent events (the whole archive is `timeline.json`).
 */
export const TIMELINEJS_MAX_EVENTS = 500;

export function timelineJs(timeline: Timeline, site: FeedSite): TimelineJsDocument {
  const root = siteRoot(site);
  const events = feedItems(timeline, site)
    .slice(0, TIMELINEJS_MAX_EVENTS)
    .reverse()
    .map((item): TimelineJsSlide => {
      const { year, month, day } = parseDay(item.date);
      const start: TimelineJsDate = { year, month, day };
      if (item.when.timed && item.time) {
        const [h, m] = item.time.split(':').map(Number);
        start.hour = h ?? 0;
        start.minute = m ?? 0;
      }
      return {
        start_date: start,
        text: { headline: escapeHtml(item.kind === 'scheduled' ? `Scheduled: ${item.title}` : item.title), text: item.contentHtml },
        group: item.kind === 'scheduled' ? 'Scheduled' : 'Occurred',
        unique_id: item.id,
      };
    });
  return {
    title: {
      text: {
        headline: escapeHtml(site.title),
        text: `<p>${escapeHtml(site.description)}</p><p><a href="${escapeHtml(root)}">${escapeHtml(root)}</a></p>`,
      },
    },
    events,
    scale: 'human',
  };
}

export function timelineJsString(timeline: Timeline, site: FeedSite): string {
  return `${JSON.stringify(timelineJs(timeline, site))}\n`;
}
