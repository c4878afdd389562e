/** RSS 2.0 through @astrojs/rss: events newest first, full citations in `content:encoded`. */
import { getRssString } from '@astrojs/rss';
import type { Timeline } from '../../timeline/types.ts';
import { escapeHtml, escapeXml } from './escape.ts';
import { rfc822 } from './dates.ts';
import { FEED_ITEM_LIMIT, contentUpdatedMs, feedItems, siteRoot, siteUrl, type FeedItem, type FeedItemOptions, type FeedSite } from './items.ts';

export interface RssOptions extends FeedItemOptions {
  /** The feed's own path under the base (`rss.xml`), for its `atom:link rel="self"`. */
  selfPath: string;
  /** Overrides the site title (e.g. "… — scheduled"). */
  title?: string;
  description?: string;
}

/** Title shown in feed readers: scheduled items say so. */
export function itemTitle(item: Pick<FeedItem, 'kind' | 'title'>): string {
  return item.kind === 'scheduled' ? `Scheduled: ${item.title}` : item.title;
}

export async function rssFeed(timeline: Timeline, site: FeedSite, options: RssOptions): Promise<string> {
  const items = feedItems(timeline, site, { ...options, limit: options.limit ?? FEED_ITEM_LIMIT });
  const self = siteUrl(site, options.selfPath);
  return getRssString({
    title: options.title ?? site.title,
    description: options.description ?? site.description,
    site: siteRoot(site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${escapeXml(site.language)}</language>`,
      `<lastBuildDate>${rfc822(contentUpdatedMs(timeline))}</lastBuildDate>`,
      `<generator>news-timeline</generator>`,
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: itemTitle(item),
      link: item.url,
      pubDate: new Date(item.when.ms),
      // RSS 2.0 <description> is HTML (entity-encoded): the plain-text summary is escaped as HTML
      // first, so that article text such as "<script>" reaches the reader as text, not markup.
      description: escapeHtml(item.summary),
      content: item.contentHtml,
      categories: [item.kind === 'scheduled' ? 'Scheduled' : 'Occurred', ...item.actors],
    })),
  });
}
