import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../src/lib/feeds/escape.ts';
import { eventListJsonLd, schemaDate, type JsonLdNode } from '../../../src/lib/structured-data/index.ts';
import { pageHead, pageKind } from '../../../src/lib/meta/page.ts';
import { dayDescription, shareTags } from '../../../src/lib/meta/index.ts';
import { fixtureSite, fixtureTimeline } from '../feeds/fixture.ts';

type Node = JsonLdNode & { '@type': string; '@id'?: string };

function graphOf(doc: unknown): Map<string, Node> {
  const parsed = JSON.parse(jsonForScript(doc)) as { '@context': string; '@graph': Node[] };
  expect(parsed['@context']).toBe('https://schema.org');
  return new Map(parsed['@graph'].map((n, i) => [n['@id'] ?? `#${i}`, n]));
}

function byType(graph: Map<string, Node>, type: string): Node[] {
  return [...graph.values()].filter((n) => n['@type'] === type);
}

/** What the issue asks of a cited source: headline, publisher, author, datePublished, url. */
function expectNewsArticle(node: Node) {
  expect(node['@type']).toBe('NewsArticle');
  expect(typeof node.headline).toBe('string');
  expect((node.headline as string).length).toBeLessThanOrEqual(110);
  expect(node.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/);
  expect(node.url).toMatch(/^https?:\/\//);
}

const url = (path: string) => new URL(path, 'https://timeline.example.org').href;

describe('JSON-LD', () => {
  it('escapes < so article text cannot close the script element', () => {
    const text = jsonForScript({ headline: 'vote </script><script>alert(1)</script> & more' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text).headline).toBe('vote </script><script>alert(1)</script> & more');
  });

  it('describes events in full as an ItemList of events with their dates and cited NewsArticles (the detail of day pages)', () => {
    const graph = graphOf(eventListJsonLd(fixtureTimeline, fixtureTimeline.events, { url: url('/news/days/2024-03-11/'), name: 'Timeline' }, fixtureSite));
    expect(byType(graph, 'WebSite')).toHaveLength(1);
    const page = byType(graph, 'CollectionPage')[0]!;
    const list = graph.get((page.mainEntity as { '@id': string })['@id'])!;
    expect(list['@type']).toBe('ItemList');
    expect(list.numberOfItems).toBe(4);
    const elements = list.itemListElement as { '@type': string; position: number; item: Node }[];
    expect(elements.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    for (const { item, ['@type']: type } of elements) {
      expect(type).toBe('ListItem');
      expect(item['@type']).toBe('CreativeWork');
      expect(item.name).toBeTruthy();
      expect(item.url).toMatch(/^https:\/\/timeline\.example\.org\/news\/days\/\d{4}-\d{2}-\d{2}\/#/);
      expect(item.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}/);
      const citations = item.citation as { '@id': string }[];
      expect(citations.length).toBeGreaterThan(0);
      for (const c of citations) expectNewsArticle(graph.get(c['@id'])!);
    }
    expect(elements[1]!.item.temporalCoverage).toBe('2024-03-11T21:25:00-04:00');
    const ledger = byType(graph, 'NewsArticle').find((n) => n.url === 'https://news.example.com/2024/03/12/port-strike-talks')!;
    expect(ledger.publisher).toEqual({ '@type': 'Organization', name: 'The Coastal Ledger' });
    expect(ledger.author).toEqual([
      { '@type': 'Person', name: 'Dana Whitfield' },
      { '@type': 'Person', name: 'Omar Haddad' },
    ]);
    expect(ledger.datePublished).toBe('2024-03-12T18:40:00-04:00');
  });

  it('lists the timeline page\'s latest events by reference to their day pages', () => {
    const head = pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/', url: url('/news/'), title: 'Timeline' });
    const graph = graphOf(head.jsonLd);
    const list = byType(graph, 'ItemList')[0]!;
    expect(list.numberOfItems).toBe(4);
    for (const { item } of list.itemListElement as { item: Node }[]) {
      expect(item['@id']).toMatch(/^https:\/\/timeline\.example\.org\/news\/days\/\d{4}-\d{2}-\d{2}\/#/);
      expect(item.citation).toBeUndefined();
    }
    expect(byType(graph, 'NewsArticle')).toEqual([]);
  });

  it('lists only the day’s events on a day page, and describes them', () => {
    const head = pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/days/2024-03-11/', url: url('/news/days/2024-03-11/'), title: 'Monday, March 11, 2024' });
    const list = byType(graphOf(head.jsonLd), 'ItemList')[0]!;
    expect(list.numberOfItems).toBe(2);
    const description = head.tags.find((t) => t.key === 'og:description')!.content;
    expect(description).toContain('Union and port operators meet for the first time since the walkout');
    expect(description).toContain('Mayor Ortiz says');
  });

  it('marks an article page as a NewsArticle based on the original', () => {
    const head = pageHead(fixtureTimeline, fixtureSite, {
      pathname: '/news/articles/port-strike-talks-resume/',
      url: url('/news/articles/port-strike-talks-resume/'),
      title: 'Port Strike Talks Resume as Deadline Nears',
    });
    const article = byType(graphOf(head.jsonLd), 'NewsArticle')[0]!;
    expectNewsArticle(article);
    expect(article.isBasedOn).toBe('https://news.example.com/2024/03/12/port-strike-talks');
    expect(article.url).toBe(url('/news/articles/port-strike-talks-resume/'));
    expect(head.tags.find((t) => t.key === 'og:type')!.content).toBe('article');
    expect(head.tags.find((t) => t.key === 'article:published_time')!.content).toBe('2024-03-12T18:40:00-04:00');
  });

  it('lists the events of an actor, an outlet and a month as an ItemList', () => {
    const actor = pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/actors/lena-ortiz/', url: url('/news/actors/lena-ortiz/'), title: 'Lena Ortiz' });
    expect(byType(graphOf(actor.jsonLd), 'ItemList')[0]!.numberOfItems).toBe(1);
    expect(actor.tags.find((t) => t.key === 'og:description')!.content).toContain('naming Lena Ortiz');
    const outlet = pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/outlets/coastal-ledger/', url: url('/news/outlets/coastal-ledger/'), title: 'The Coastal Ledger' });
    expect(byType(graphOf(outlet.jsonLd), 'ItemList')[0]!.numberOfItems).toBe(3);
    const month = pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/months/2024-03/', url: url('/news/months/2024-03/'), title: 'March 2024' });
    expect(byType(graphOf(month.jsonLd), 'ItemList')[0]!.numberOfItems).toBe(4);
    const unknown = pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/actors/nobody/', url: url('/news/actors/nobody/'), title: 'Nobody' });
    expect(byType(graphOf(unknown.jsonLd), 'WebPage')).toHaveLength(1);
  });

  it('falls back to a WebPage on any other page, and for an article without original url omits isBasedOn', () => {
    const other = graphOf(pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/search/', url: url('/news/search/'), title: 'Search' }).jsonLd);
    expect(byType(other, 'WebPage')).toHaveLength(1);
    const hostile = graphOf(
      pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/articles/union-vote-scheduled/', url: url('/news/articles/union-vote-scheduled/'), title: 'x' }).jsonLd,
    );
    const article = byType(hostile, 'NewsArticle')[0]!;
    expect(article.isBasedOn).toBeUndefined();
    expect(article.headline as string).toMatch(/…$/);
    expect(article.datePublished).toBe('2024-03-13');
  });

  it('gives date-only article dates the offset of their zone when known, and never invents one', () => {
    expect(schemaDate('2025-11-23', 'America/New_York')).toBe('2025-11-23T00:00:00-05:00');
    expect(schemaDate('2025-11-23')).toBe('2025-11-23');
    expect(schemaDate('2025-11-23T21:25:00-05:00', 'Europe/Zurich')).toBe('2025-11-23T21:25:00-05:00');
  });

  it('lists events on archive pages by reference to their day page, without repeating their sources', () => {
    const full = eventListJsonLd(fixtureTimeline, fixtureTimeline.events, { url: url('/news/'), name: 'Timeline' }, fixtureSite);
    const summary = eventListJsonLd(fixtureTimeline, fixtureTimeline.events, { url: url('/news/months/2024-03/'), name: 'March 2024' }, fixtureSite, 'summary');
    const items = (doc: unknown) =>
      (byType(graphOf(doc), 'ItemList')[0]!.itemListElement as { item: Node }[]).map((x) => x.item);
    expect(byType(graphOf(summary), 'NewsArticle')).toEqual([]);
    expect(items(summary)).toEqual(
      items(full).map((e) => ({ '@type': 'CreativeWork', '@id': e['@id'], url: e.url, name: e.name, temporalCoverage: e.temporalCoverage })),
    );
    for (const e of items(summary)) expect(e['@id']).toMatch(/\/news\/days\/\d{4}-\d{2}-\d{2}\/#./);
    const actorHead = pageHead(fixtureTimeline, fixtureSite, { pathname: '/news/actors/x/', url: url('/news/actors/x/'), title: 'X' });
    expect(JSON.stringify(actorHead.jsonLd)).not.toContain('NewsArticle');
  });

  it('includes each cited article once however many events cite it', () => {
    const doc = eventListJsonLd(fixtureTimeline, fixtureTimeline.events, { url: url('/news/'), name: 'Timeline' }, fixtureSite);
    expect(byType(graphOf(doc), 'NewsArticle')).toHaveLength(2);
  });
});

describe('share tags', () => {
  it('has og:title, og:description, og:type, absolute og:url and twitter:card on every page', () => {
    for (const pathname of ['/news/', '/news/days/2024-03-15/', '/news/articles/port-strike-talks-resume/', '/news/actors/x/']) {
      const tags = pageHead(fixtureTimeline, fixtureSite, { pathname, url: url(pathname), title: 'T' }).tags;
      const get = (k: string) => tags.find((t) => t.key === k)?.content;
      expect(get('og:title')).toBe('T');
      expect(get('og:description')!.length).toBeGreaterThan(10);
      expect(get('og:type')).toMatch(/^(website|article)$/);
      expect(get('og:url')).toBe(url(pathname));
      expect(get('twitter:card')).toBe('summary');
      expect(tags.find((t) => t.key === 'og:title')!.attr).toBe('property');
      expect(tags.find((t) => t.key === 'twitter:card')!.attr).toBe('name');
    }
  });

  it('cuts long descriptions at a word', () => {
    const d = dayDescription('2024-03-11', Array.from({ length: 30 }, (_, i) => ({ title: `Event number ${i} happened`, kind: 'occurred' as const })));
    expect(d.length).toBeLessThanOrEqual(200);
    expect(d.startsWith('Monday, March 11, 2024, 30 events: Event number 0 happened;')).toBe(true);
    expect(shareTags({ title: 'x', description: 'y', url: 'https://e/', type: 'website', siteName: 's', image: { url: 'https://e/i.png', alt: 'a' } }).find((t) => t.key === 'twitter:card')!.content).toBe('summary_large_image');
  });

  it('recognises page kinds under the base path', () => {
    expect(pageKind('/news/', '/news')).toEqual({ kind: 'timeline' });
    expect(pageKind('/news', '/news/')).toEqual({ kind: 'timeline' });
    expect(pageKind('/news/days/2024-03-11/', '/news/')).toEqual({ kind: 'day', date: '2024-03-11', part: 1 });
    expect(pageKind('/news/days/2024-03-11/3/', '/news/')).toEqual({ kind: 'day', date: '2024-03-11', part: 3 });
    expect(pageKind('/news/days/2024-03-11/0/', '/news/')).toEqual({ kind: 'other' });
    expect(pageKind('/news/articles/a%20b/', '/news/')).toEqual({ kind: 'article', slug: 'a b' });
    expect(pageKind('/days/2024-03-11/', '/')).toEqual({ kind: 'day', date: '2024-03-11', part: 1 });
    expect(pageKind('/days/2024-03-11', '/')).toEqual({ kind: 'day', date: '2024-03-11', part: 1 });
    expect(pageKind('/news/actors/x/', '/news/')).toEqual({ kind: 'actor', slug: 'x' });
    expect(pageKind('/news/outlets/the-ledger/', '/news/')).toEqual({ kind: 'outlet', slug: 'the-ledger' });
    expect(pageKind('/news/months/2024-03/', '/news/')).toEqual({ kind: 'month', month: '2024-03' });
    expect(pageKind('/news/search/', '/news/')).toEqual({ kind: 'other' });
  });
});

describe('JSON-LD at archive scale', () => {
  it('lists only the most recent events on the timeline page', () => {
    const many = {
      ...fixtureTimeline,
      events: Array.from({ length: 120 }, (_, i) => ({ ...fixtureTimeline.events[0]!, id: `e-${i}`, date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) })),
    };
    const head = pageHead(many, fixtureSite, { pathname: '/news/', url: url('/news/'), title: 'Timeline' });
    const list = byType(graphOf(head.jsonLd), 'ItemList')[0]!;
    expect(list.numberOfItems).toBe(50);
    expect((list.itemListElement as { item: { '@id': string } }[])[49]!.item['@id']).toContain('#e-119');
  });
});
