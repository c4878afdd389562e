import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { rssFeed } from '../../../src/lib/feeds/rss.ts';
import { atomFeed } from '../../../src/lib/feeds/atom.ts';
import { jsonFeed } from '../../../src/lib/feeds/jsonfeed.ts';
import { feedItems } from '../../../src/lib/feeds/items.ts';
import { rfc3339When, rfc822, eventWhen } from '../../../src/lib/feeds/dates.ts';
import { robotsTxt } from '../../../src/lib/feeds/robots.ts';
import { feedLinks } from '../../../src/lib/feeds/discovery.ts';
import { fixtureSite, fixtureTimeline } from './fixture.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, jpath) => ['rss.channel.item', 'rss.channel.item.category', 'feed.entry', 'feed.link', 'feed.entry.category'].includes(String(jpath)) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

/** HTML as a feed reader would receive it must carry no live markup from article text. */
function expectNoLiveMarkup(html: string) {
  expect(html).not.toMatch(/<\s*\/?\s*(script|img|iframe)\b/i);
  expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
}

describe('feed items', () => {
  const items = feedItems(fixtureTimeline, fixtureSite);

  it('lists events newest first, by day then time', () => {
    expect(items.map((i) => i.id)).toEqual([
      'port-strike-talks-resume-s1',
      'union-vote-scheduled-s0',
      'port-strike-talks-resume-s2',
      'port-strike-talks-resume-s0',
    ]);
  });

  it('links each item to its place on its day page, under the base path', () => {
    expect(items[0]!.url).toBe('https://timeline.example.org/news/days/2024-03-15/#port-strike-talks-resume-s1');
    expect(items[0]!.guid).toBe(items[0]!.url);
  });

  it('dates all-day events at 00:00 UTC of their day and timed ones at their instant', () => {
    expect(rfc822(eventWhen({ date: '2024-03-15' }).ms)).toBe('Fri, 15 Mar 2024 00:00:00 GMT');
    const timed = eventWhen({ date: '2024-03-11', time: '21:25', timeZone: 'America/New_York' });
    expect(timed.timed).toBe(true);
    expect(rfc3339When(timed)).toBe('2024-03-11T21:25:00-04:00');
    expect(rfc822(timed.ms)).toBe('Tue, 12 Mar 2024 01:25:00 GMT');
    // A time without a zone is not an instant: the day stands.
    expect(eventWhen({ date: '2024-03-11', time: '21:25' }).timed).toBe(false);
  });

  it('quotes every citation with its outlet and links, escaped', () => {
    const deadline = items[0]!;
    expect(deadline.citations).toHaveLength(2);
    expect(deadline.contentHtml).toContain('The Coastal Ledger, by Dana Whitfield and Omar Haddad');
    expect(deadline.contentHtml).toContain('href="https://timeline.example.org/news/articles/port-strike-talks-resume/#s-1"');
    expect(deadline.contentHtml).toContain('https://news.example.com/2024/03/12/port-strike-talks#:~:text=');
    expect(deadline.contentHtml).toContain('Harbor &lt;Wire&gt; &amp; Co');
    expect(deadline.contentHtml).toContain('(date inferred)');
    expectNoLiveMarkup(deadline.contentHtml);
    expect(deadline.contentHtml).not.toContain('\u0007');
  });
});

describe('RSS 2.0', async () => {
  const xml = await rssFeed(fixtureTimeline, fixtureSite, { selfPath: 'rss.xml' });
  const doc = parser.parse(xml);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/<script|<img/i);
  });

  it('has the channel elements and one item per event, newest first', () => {
    const channel = doc.rss.channel;
    expect(doc.rss['@version']).toBe('2.0');
    expect(channel.title).toBe('News Timeline');
    expect(channel.link).toBe('https://timeline.example.org/news/');
    expect(channel.language).toBe('en');
    expect(channel['atom:link']['@href']).toBe('https://timeline.example.org/news/rss.xml');
    // Deterministic: the newest article date, not the build clock.
    expect(channel.lastBuildDate).toBe('Wed, 13 Mar 2024 00:00:00 GMT');
    expect(channel.item).toHaveLength(4);
    const first = channel.item[0];
    expect(first.title).toBe('Scheduled: Deadline for the union to respond to the operators’ offer');
    expect(first.pubDate).toBe('Fri, 15 Mar 2024 00:00:00 GMT');
    expect(first.guid['#text']).toBe('https://timeline.example.org/news/days/2024-03-15/#port-strike-talks-resume-s1');
    expect(first.category).toContain('Scheduled');
  });

  it('carries escaped HTML content that decodes to safe markup', () => {
    const hostile = doc.rss.channel.item.find((i: { guid: { '#text': string } }) => i.guid['#text'].endsWith('union-vote-scheduled-s0'));
    expect(hostile.title).toBe('Union says it will vote </script><b>soon</b>');
    expect(hostile['content:encoded']).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
    expectNoLiveMarkup(hostile['content:encoded']);
  });

  it('can be limited to scheduled items', async () => {
    const scheduled = parser.parse(await rssFeed(fixtureTimeline, fixtureSite, { selfPath: 'scheduled.xml', kind: 'scheduled' }));
    expect(scheduled.rss.channel.item).toHaveLength(1);
  });
});

describe('Atom', () => {
  const xml = atomFeed(fixtureTimeline, fixtureSite, { selfPath: 'atom.xml' });
  const doc = parser.parse(xml);

  it('is well-formed and has the required feed and entry elements (RFC 4287)', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://timeline.example.org/news/atom.xml');
    expect(feed.title).toBe('News Timeline');
    expect(feed.updated).toBe('2024-03-13T00:00:00Z');
    expect(feed.author.name).toBe('News Timeline');
    expect(feed.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate']);
    expect(feed.entry).toHaveLength(4);
    const ids = new Set<string>();
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\//);
      ids.add(entry.id);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.published).toMatch(RFC3339);
      expect(entry.content['@type']).toBe('html');
      expectNoLiveMarkup(entry.content['#text']);
    }
    expect(ids.size).toBe(4);
    const timed = feed.entry.find((e: { id: string }) => e.id.endsWith('-s2'));
    expect(timed.published).toBe('2024-03-11T21:25:00-04:00');
    expect(timed.updated).toBe('2024-03-12T22:40:00Z');
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(JSON.stringify(jsonFeed(fixtureTimeline, fixtureSite, { selfPath: 'feed.json' })));

  it('has the required top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('News Timeline');
    expect(feed.home_page_url).toBe('https://timeline.example.org/news/');
    expect(feed.feed_url).toBe('https://timeline.example.org/news/feed.json');
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('has items with id, url, content and RFC 3339 dates', () => {
    expect(feed.items).toHaveLength(4);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toMatch(/^https:\/\/timeline\.example\.org\/news\/days\//);
      expect(typeof item.content_html).toBe('string');
      expect(typeof item.content_text).toBe('string');
      expect(item.date_published).toMatch(RFC3339);
      expect(item.date_modified).toMatch(RFC3339);
      expectNoLiveMarkup(item.content_html);
      for (const key of Object.keys(item)) expect(['id', 'url', 'title', 'content_html', 'content_text', 'summary', 'date_published', 'date_modified', 'tags'].includes(key) || key.startsWith('_')).toBe(true);
    }
    expect(new Set(feed.items.map((i: { id: string }) => i.id)).size).toBe(4);
  });
});

describe('robots.txt and autodiscovery', () => {
  it('announces the sitemap index with an absolute URL', () => {
    expect(robotsTxt(fixtureSite)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://timeline.example.org/news/sitemap-index.xml\n');
  });

  it('lists every feed under the base path', () => {
    const links = feedLinks('News Timeline', '/news/');
    expect(links.map((l) => l.href)).toEqual([
      '/news/rss.xml',
      '/news/atom.xml',
      '/news/feed.json',
      '/news/scheduled.xml',
      '/news/scheduled.json',
      '/news/calendar.ics',
    ]);
    expect(links.map((l) => l.type)).toContain('application/feed+json');
  });
});

describe('at archive scale', () => {
  const many = {
    ...fixtureTimeline,
    events: Array.from({ length: 250 }, (_, i) => ({
      ...fixtureTimeline.events[0]!,
      id: `e-${String(i).padStart(3, '0')}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    })),
  };

  it('RSS, Atom and JSON Feed carry the newest 100 events', async () => {
    const rss = parser.parse(await rssFeed(many, fixtureSite, { selfPath: 'rss.xml' }));
    expect(rss.rss.channel.item).toHaveLength(100);
    expect(rss.rss.channel.item[0].link).toContain('#e-249');
    expect(parser.parse(atomFeed(many, fixtureSite, { selfPath: 'atom.xml' })).feed.entry).toHaveLength(100);
    expect(jsonFeed(many, fixtureSite, { selfPath: 'feed.json' }).items).toHaveLength(100);
    expect(feedItems(many, fixtureSite)).toHaveLength(250);
  });
});
