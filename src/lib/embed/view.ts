/**
 * What embeds show, prepared from the site's view models (src/lib/view/): titles, summaries and
 * the URLs of each embeddable target. Pure functions, no Astro imports.
 */
import type { DayView } from '../view/model.ts';
import { formatDay } from '../view/dates.ts';
import { dayRange, plural } from '../view/text.ts';
import { SITE_NAME } from '../view/site.ts';
import { embedUrls, oembedResponse, type EmbedTarget, type EmbedUrls, type OEmbedRich } from './snippet.ts';

/** The accessible name of an embed (iframe title, oEmbed title, fallback link text). */
export function embedTitle(day?: Pick<DayView, 'label'>): string {
  return day ? `${SITE_NAME}: ${day.label}` : `${SITE_NAME}: the timeline`;
}

/** "12 events on 4 days, Mar 11 – 17, 2024"; "3 events" for a single day. */
export function embedSummary(days: readonly Pick<DayView, 'date' | 'events'>[]): string {
  const events = plural(days.reduce((n, d) => n + d.events.length, 0), 'event');
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return 'No events yet';
  if (first === last) return events;
  return `${events} on ${plural(days.length, 'day')}, ${dayRange(first.date, last.date)}`;
}

export interface EmbedInfo {
  target: EmbedTarget;
  title: string;
  urls: EmbedUrls;
  oembed: OEmbedRich;
}

/** Everything the Embed button, the oEmbed link and the oEmbed response need for one target. */
export function embedInfo(root: string, target: EmbedTarget, days: readonly Pick<DayView, 'date' | 'label' | 'events'>[]): EmbedInfo {
  const shown = target.kind === 'day' ? days.filter((d) => d.date === target.date) : days;
  const title = embedTitle(target.kind === 'day' ? shown[0] ?? { label: formatDay(target.date, 'full') } : undefined);
  const urls = embedUrls(root, target);
  const events = shown.reduce((n, d) => n + d.events.length, 0);
  return { target, title, urls, oembed: oembedResponse({ urls, root, title, providerName: SITE_NAME, days: shown.length, events }) };
}
