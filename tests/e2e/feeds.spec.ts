/**
 * Feeds, exports, share cards and structured data on the built site (`dist/` served by astro preview).
 * Parses every feed with real parsers (the browser's DOMParser and fast-xml-parser for XML,
 * ical.js for iCalendar) and checks them against timeline.json, the data they are made from.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';

/** The RSS, Atom and JSON feeds carry the newest 100 events (src/lib/feeds/items.ts FEED_ITEM_LIMIT). */
const FEED_LIMIT = 100;
const inFeed = (n: number) => Math.min(n, FEED_LIMIT);

interface TimelineJson {
  articles: { slug: string; path: string }[];
  events: { id: string; date: string; kind: string; path: string }[];
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_n, jpath) => ['rss.channel.item', 'feed.entry', 'urlset.url', 'sitemapindex.sitemap'].includes(String(jpath)) });

async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

async function timelineJson(request: APIRequestContext): Promise<TimelineJson> {
  return JSON.parse(await fetchText(request, 'timeline.json')) as TimelineJson;
}

/** Well-formed according to the browser's own XML parser. */
async function expectWellFormed(page: Page, text: string) {
  const error = await page.evaluate((t) => new DOMParser().parseFromString(t, 'application/xml').querySelector('parsererror')?.textContent ?? null, text);
  expect(error).toBeNull();
  expect(XMLValidator.validate(text)).toBe(true);
}

/** Base-relative (`/days/…`) or absolute item links → path for the preview server. */
function localPath(url: string): string {
  const u = new URL(url, 'http://localhost/');
  return `${u.pathname}${u.hash}`;
}

test.describe('feeds and exports', () => {
  test('RSS, Atom and the scheduled feed are well-formed and list the newest events', async ({ page, request }) => {
    await page.goto('./');
    const data = await timelineJson(request);
    const scheduled = data.events.filter((e) => e.kind === 'scheduled');

    const rss = await fetchText(request, 'rss.xml');
    await expectWellFormed(page, rss);
    const channel = xml.parse(rss).rss.channel;
    expect(channel.title).toBeTruthy();
    expect(channel.item ?? []).toHaveLength(inFeed(data.events.length));
    const dates = (channel.item ?? []).map((i: { pubDate: string }) => Date.parse(i.pubDate));
    for (const d of dates) expect(Number.isNaN(d)).toBe(false);

    const atom = await fetchText(request, 'atom.xml');
    await expectWellFormed(page, atom);
    const feed = xml.parse(atom).feed;
    expect(feed.id).toBeTruthy();
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(feed.entry ?? []).toHaveLength(inFeed(data.events.length));

    const sched = await fetchText(request, 'scheduled.xml');
    await expectWellFormed(page, sched);
    expect(xml.parse(sched).rss.channel.item ?? []).toHaveLength(inFeed(scheduled.length));
  });

  test('feed items link to their event on its day page', async ({ page, request }) => {
    const items = xml.parse(await fetchText(request, 'rss.xml')).rss.channel.item ?? [];
    for (const item of items.slice(0, 5) as { link: string }[]) {
      const path = localPath(item.link);
      const [pathname, id] = path.split('#') as [string, string];
      await page.goto(pathname);
      await expect(page.locator(`[id="${decodeURIComponent(id)}"]`)).toHaveCount(1);
    }
  });

  test('JSON Feed 1.1 has its required fields', async ({ request }) => {
    const res = await request.get('feed.json');
    expect(res.status()).toBe(200);
    const feed = await res.json();
    const data = await timelineJson(request);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.home_page_url).toMatch(/^https?:\/\//);
    expect(feed.feed_url).toMatch(/\/feed\.json$/);
    expect(feed.items).toHaveLength(inFeed(data.events.length));
    for (const item of feed.items) {
      expect(item.id).toBeTruthy();
      expect(item.content_html ?? item.content_text).toBeTruthy();
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    }
    const scheduled = await (await request.get('scheduled.json')).json();
    expect(scheduled.items).toHaveLength(inFeed(data.events.filter((e) => e.kind === 'scheduled').length));
  });

  test('calendar.ics parses with ical.js, one VEVENT per event with stable UIDs', async ({ request }) => {
    const text = await fetchText(request, 'calendar.ics');
    const data = await timelineJson(request);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(data.events.length);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids.map((u) => u.replace(/@.*$/, '')).sort()).toEqual(data.events.map((e) => e.id).sort());
    for (const e of events) expect(e.getFirstPropertyValue('dtstart')).toBeTruthy();
  });

  test('timelinejs.json is TimelineJS3 data', async ({ request }) => {
    const doc = await (await request.get('timelinejs.json')).json();
    const data = await timelineJson(request);
    expect(doc.title.text.headline).toBeTruthy();
    // the most recent events, at most 500 (TIMELINEJS_MAX_EVENTS)
    expect(doc.events).toHaveLength(Math.min(500, data.events.length));
    for (const slide of doc.events) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      expect(slide.text.headline).toBeTruthy();
      expect(slide.unique_id).toBeTruthy();
    }
  });

  test('robots.txt points to the sitemap index, which lists the pages', async ({ request }) => {
    const robots = await fetchText(request, 'robots.txt');
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/sitemap-index\.xml$/);
    const index = xml.parse(await fetchText(request, localPath(sitemapUrl!))).sitemapindex.sitemap;
    expect(index.length).toBeGreaterThan(0);
    const urls = xml.parse(await fetchText(request, localPath(index[0].loc))).urlset.url.map((u: { loc: string }) => localPath(u.loc));
    const data = await timelineJson(request);
    const home = new URL(data.events[0]?.path ?? data.articles[0]?.path ?? '/', 'http://localhost/').pathname.replace(/(days|articles)\/.*$/, '');
    expect(urls).toContain(home);
    for (const e of data.events.slice(0, 5)) expect(urls).toContain(localPath(e.path).split('#')[0]);
  });

  test('the sitemap lists no page that asks not to be indexed', async ({ request }) => {
    const index = xml.parse(await fetchText(request, 'sitemap-index.xml')).sitemapindex.sitemap;
    for (const { loc } of index as { loc: string }[]) {
      for (const { loc: page } of xml.parse(await fetchText(request, localPath(loc))).urlset.url as { loc: string }[]) {
        const html = await fetchText(request, localPath(page));
        expect(html, page).not.toMatch(/<meta[^>]+name="robots"[^>]+noindex/i);
      }
    }
  });
});

test.describe('page heads', () => {
  async function heads(page: Page, request: APIRequestContext): Promise<string[]> {
    const data = await timelineJson(request);
    const days = [...new Set(data.events.slice(0, 2).map((e) => localPath(e.path).split('#')[0]!))];
    const paths = ['./', ...days, ...data.articles.slice(0, 2).map((a) => localPath(a.path))];
    // Actor and outlet pages, when the site links them from a day page.
    if (days[0]) {
      await page.goto(days[0]);
      for (const facet of ['actors', 'outlets']) {
        const href = await page.locator(`main a[href*="/${facet}/"]:not([href$="/${facet}/"])`).first().getAttribute('href', { timeout: 1000 }).catch(() => null);
        if (href) paths.push(localPath(href));
      }
    }
    await page.goto('./');
    return paths;
  }

  test('every page type has autodiscovery links, share tags and valid JSON-LD', async ({ page, request }) => {
    for (const path of await heads(page, request)) {
      await page.goto(path);
      const head = page.locator('head');
      for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
        const href = await head.locator(`link[rel="alternate"][type="${type}"]`).first().getAttribute('href');
        expect(href, `${path} ${type}`).toBeTruthy();
        expect((await request.get(localPath(href!))).status()).toBe(200);
      }
      for (const property of ['og:title', 'og:description', 'og:type', 'og:url']) {
        expect(await head.locator(`meta[property="${property}"]`).getAttribute('content'), `${path} ${property}`).toBeTruthy();
      }
      expect(await head.locator('meta[property="og:url"]').getAttribute('content')).toMatch(/^https?:\/\//);
      expect(await head.locator('meta[name="twitter:card"]').getAttribute('content')).toMatch(/^summary/);

      const blocks = await head.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks.length, path).toBe(1);
      const doc = JSON.parse(blocks[0]!);
      expect(doc['@context']).toBe('https://schema.org');
      const graph = doc['@graph'] as Record<string, unknown>[];
      const types = graph.map((n) => n['@type']);
      if (path.includes('/articles/')) {
        expect(types).toContain('NewsArticle');
      } else {
        expect(types).toContain('ItemList');
        const byId = new Map(graph.map((n) => [n['@id'], n]));
        const list = graph.find((n) => n['@type'] === 'ItemList') as {
          itemListElement: { item: { '@id': string; name: string; citation?: { '@id': string }[]; temporalCoverage: string } }[];
        };
        // The timeline, actor and outlet pages list events told on their day pages: a reference to the day page's node.
        const summary = !/\/days\//.test(path);
        for (const { item } of list.itemListElement) {
          expect(item.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}/);
          expect(item.name).toBeTruthy();
          if (summary) {
            expect(item['@id']).toMatch(/\/days\/\d{4}-\d{2}-\d{2}\/#/);
            expect(item.citation).toBeUndefined();
            continue;
          }
          expect(item.citation?.length).toBeGreaterThan(0);
          for (const c of item.citation!) {
            const article = byId.get(c['@id']) as Record<string, unknown>;
            expect(article['@type']).toBe('NewsArticle');
            expect(article.headline).toBeTruthy();
            expect(article.datePublished).toBeTruthy();
            expect(article.url).toBeTruthy();
          }
        }
      }
    }
  });
});
