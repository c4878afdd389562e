/** Where each feed and export lives (under the base path), and the autodiscovery links for every page head. */
import { withBase } from '../view/urls.ts';

export const FEED_PATHS = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  json: 'feed.json',
  scheduledRss: 'scheduled.xml',
  scheduledJson: 'scheduled.json',
  calendar: 'calendar.ics',
  timelineJs: 'timelinejs.json',
  data: 'timeline.json',
} as const;

export interface AlternateLink {
  rel: 'alternate';
  type: string;
  title: string;
  href: string;
}

/** `<link rel="alternate">` for each feed, base-relative (browsers and readers resolve them). */
export function feedLinks(siteTitle: string, base?: string): AlternateLink[] {
  const at = (path: string) => withBase(path, base);
  return [
    { rel: 'alternate', type: 'application/rss+xml', title: `${siteTitle} (RSS)`, href: at(FEED_PATHS.rss) },
    { rel: 'alternate', type: 'application/atom+xml', title: `${siteTitle} (Atom)`, href: at(FEED_PATHS.atom) },
    { rel: 'alternate', type: 'application/feed+json', title: `${siteTitle} (JSON Feed)`, href: at(FEED_PATHS.json) },
    { rel: 'alternate', type: 'application/rss+xml', title: `${siteTitle}: scheduled (RSS)`, href: at(FEED_PATHS.scheduledRss) },
    { rel: 'alternate', type: 'application/feed+json', title: `${siteTitle}: scheduled (JSON Feed)`, href: at(FEED_PATHS.scheduledJson) },
    { rel: 'alternate', type: 'text/calendar', title: `${siteTitle} (iCalendar)`, href: at(FEED_PATHS.calendar) },
  ];
}
