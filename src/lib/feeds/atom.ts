/** Atom 1.0 (RFC 4287): the same items as RSS, content as escaped HTML. */
import type { Timeline } from '../../timeline/types.ts';
import { escapeXml } from './escape.ts';
import { rfc3339, rfc3339When } from './dates.ts';
import { FEED_ITEM_LIMIT, contentUpdatedMs, feedItems, siteRoot, siteUrl, type FeedItemOptions, type FeedSite } from './items.ts';
import { itemTitle } from './rss.ts';

export interface AtomOptions extends FeedItemOptions {
  /** The feed's own path under the base (`atom.xml`). */
  selfPath: string;
  title?: string;
  description?: string;
}

export function atomFeed(timeline: Timeline, site: FeedSite, options: AtomOptions): string {
  const items = feedItems(timeline, site, { ...options, limit: options.limit ?? FEED_ITEM_LIMIT });
  const root = siteRoot(site);
  const self = siteUrl(site, options.selfPath);
  const updated = Math.max(contentUpdatedMs(timeline), 0);
  const x = escapeXml;
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(site.language)}">`,
    `  <id>${x(self)}</id>`,
    `  <title>${x(options.title ?? site.title)}</title>`,
    `  <subtitle>${x(options.description ?? site.description)}</subtitle>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(root)}"/>`,
    `  <author><name>${x(site.title)}</name><uri>${x(root)}</uri></author>`,
    '  <generator>news-timeline</generator>',
  ];
  for (const item of items) {
    out.push(
      '  <entry>',
      `    <id>${x(item.guid)}</id>`,
      `    <title>${x(itemTitle(item))}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(item.url)}"/>`,
      `    <published>${rfc3339When(item.when)}</published>`,
      `    <updated>${rfc3339(item.updatedMs)}</updated>`,
      `    <category term="${item.kind}" label="${item.kind === 'scheduled' ? 'Scheduled' : 'Occurred'}"/>`,
      ...item.actors.map((a) => `    <category term="${x(a)}"/>`),
      `    <summary>${x(item.summary)}</summary>`,
      `    <content type="html">${x(item.contentHtml)}</content>`,
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
