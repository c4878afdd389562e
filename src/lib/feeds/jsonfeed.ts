/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), served as `application/feed+json`. */
import type { Timeline } from '../../timeline/types.ts';
import { rfc3339, rfc3339When } from './dates.ts';
import { FEED_ITEM_LIMIT, feedItems, siteRoot, siteUrl, type FeedItemOptions, type FeedSite } from './items.ts';
import { itemTitle } from './rss.ts';

export const JSON_FEED_TYPE = 'application/feed+json';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  content_text: string;
  summary: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  _news_timeline: { event: string; date: string; kind: string; citations: number };
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedOptions extends FeedItemOptions {
  selfPath: string;
  title?: string;
  description?: string;
}

export function jsonFeed(timeline: Timeline, site: FeedSite, options: JsonFeedOptions): JsonFeed {
  const root = siteRoot(site);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title ?? site.title,
    home_page_url: root,
    feed_url: siteUrl(site, options.selfPath),
    description: options.description ?? site.description,
    language: site.language,
    authors: [{ name: site.title, url: root }],
    items: feedItems(timeline, site, { ...options, limit: options.limit ?? FEED_ITEM_LIMIT }).map((item) => {
      return {
        id: item.guid,
        url: item.url,
        title: itemTitle(item),
        content_html: item.contentHtml,
        content_text: item.contentText,
        summary: item.summary,
        date_published: rfc3339When(item.when),
        date_modified: rfc3339(item.updatedMs),
        tags: [item.kind === 'scheduled' ? 'Scheduled' : 'Occurred', ...item.actors],
        _news_timeline: { event: item.id, date: item.date, kind: item.kind, citations: item.citations.length },
      };
    }),
  };
}

export function jsonFeedString(timeline: Timeline, site: FeedSite, options: JsonFeedOptions): string {
  return `${JSON.stringify(jsonFeed(timeline, site, options), null, 2)}\n`;
}
