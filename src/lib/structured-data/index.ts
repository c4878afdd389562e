/**
 * JSON-LD (schema.org) for every page, built from the pipeline's `Timeline`. Pure; no Astro.
 *
 * - Timeline and day pages: a `CollectionPage` whose `mainEntity` is an `ItemList` of the events.
 *   Each event is a `CreativeWork` (schema.org's `Event` has no `citation`) with its calendar day
 *   (or local date-time) in `temporalCoverage`, the people and organisations it names in
 *   `mentions`, and its sources in `citation`: `NewsArticle` nodes (headline, publisher
 *   Organization, author Person, datePublished, url), given once in the `@graph` and referenced
 *   by `@id`.
 * - Article pages: a `WebPage` whose `mainEntity` is the `NewsArticle`, our quoted copy: `isBasedOn`
 *   the original URL when it is known.
 * - Any other page: a `WebPage` in the `WebSite`.
 * Serialise with `jsonForScript` (in ../feeds/escape.ts) so no article text can close the script.
 */
import { TZDate } from '@date-fns/tz';
import type { AnalyzedArticle, Timeline, TimelineEvent } from '../../timeline/types.ts';
import { articlePath, eventPath, normalizeBase, safeHref } from '../view/urls.ts';
import { eventWhen, rfc3339When } from '../feeds/dates.ts';
import { oneLine, truncate } from '../feeds/escape.ts';
import { absolute, articleIndex, siteRoot, type FeedSite } from '../feeds/items.ts';

export type JsonLdNode = Record<string, unknown>;
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/** Google truncates longer headlines; schema.org itself sets no limit. */
const HEADLINE_MAX = 110;

export interface PageInfo {
  /** Absolute URL of the page. */
  url: string;
  name: string;
  description?: string | undefined;
}

export function websiteId(site: FeedSite): string {
  return `${siteRoot(site)}#website`;
}

function websiteNode(site: FeedSite): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': websiteId(site),
    url: siteRoot(site),
    name: site.title,
    description: site.description,
    inLanguage: site.language,
  };
}

function pageNode(type: string, page: PageInfo, site: FeedSite, mainEntity?: string): JsonLdNode {
  return {
    '@type': type,
    '@id': page.url,
    url: page.url,
    name: oneLine(page.name),
    ...(page.description ? { description: oneLine(page.description) } : {}),
    inLanguage: site.language,
    isPartOf: { '@id': websiteId(site) },
    ...(mainEntity ? { mainEntity: { '@id': mainEntity } } : {}),
  };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An article date for schema.org: date-times keep their stated offset; a date-only value gets
 * the offset of midnight in the article's zone when the zone is known, and stays a Date otherwise
 * (we never invent a time or a zone).
 */
export function schemaDate(value: string, zone?: string): string {
  if (!DATE_ONLY.test(value) || !zone) return value;
  // An article is cited on many pages: memoise the zone arithmetic per date and zone.
  const key = `${value}@${zone}`;
  let s = schemaDateCache.get(key);
  if (s === undefined) {
    try {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      s = new TZDate(y, m - 1, d, 0, 0, 0, zone).toISOString().replace(/\.\d{3}(?=[+-]|Z)/, '');
    } catch {
      s = value;
    }
    schemaDateCache.set(key, s);
  }
  return s;
}

const schemaDateCache = new Map<string, string>();

function personList(names: string[]): JsonLdNode[] {
  return names.map((name) => ({ '@type': 'Person', name: oneLine(name) }));
}

/** The id of an article's node when cited from event lists. */
export function sourceId(slug: string, site: FeedSite): string {
  return `${absolute(site, articlePath(slug, normalizeBase(site.base)))}#source`;
}

/** Fields every NewsArticle node carries. */
function articleFields(article: AnalyzedArticle): JsonLdNode {
  const input = article.input;
  return {
    headline: truncate(article.headline, HEADLINE_MAX),
    ...(input.subtitle ? { alternativeHeadline: oneLine(input.subtitle) } : {}),
    datePublished: schemaDate(article.date.value, input.timezone),
    ...(input.updated ? { dateModified: schemaDate(input.updated, input.timezone) } : {}),
    ...(input.authors.length ? { author: personList(input.authors) } : {}),
    ...(input.publisher ? { publisher: { '@type': 'Organization', name: oneLine(input.publisher) } } : {}),
    ...(input.dateline ? { dateline: oneLine(input.dateline) } : {}),
  };
}

/** A source article as cited by events: its url is the original when known, else our copy. */
export function sourceArticleNode(article: AnalyzedArticle, site: FeedSite): JsonLdNode {
  const ours = absolute(site, articlePath(article.input.slug, normalizeBase(site.base)));
  const original = safeHref(article.input.url);
  return {
    '@type': 'NewsArticle',
    '@id': sourceId(article.input.slug, site),
    ...articleFields(article),
    url: original ?? ours,
  };
}

/** One event as a list item's `item`. */
export function eventNode(event: TimelineEvent, site: FeedSite): JsonLdNode {
  const url = absolute(site, eventPath(event, normalizeBase(site.base)));
  const when = eventWhen(event);
  const slugs = [...new Set(event.citations.map((c) => c.article))];
  return {
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: oneLine(event.title),
    temporalCoverage: when.timed ? rfc3339When(when) : event.date,
    genre: event.kind === 'scheduled' ? 'Scheduled' : 'Occurred',
    ...(event.actors.length ? { mentions: event.actors.map((name) => ({ '@type': 'Thing', name: oneLine(name) })) } : {}),
    citation: slugs.map((slug) => ({ '@id': sourceId(slug, site) })),
  };
}

/** An event as a reference to its canonical node on its day page: id, name and day only. */
function eventSummaryNode(event: TimelineEvent, site: FeedSite): JsonLdNode {
  const { '@id': id, url, name, temporalCoverage } = eventNode({ ...event, actors: [], citations: [] }, site);
  return { '@type': 'CreativeWork', '@id': id, url, name, temporalCoverage };
}

/**
 * A page listing events: CollectionPage → ItemList → events. With `detail: 'full'` (day pages, where
 * events are told with their sources) each event carries its actors and its cited NewsArticles;
 * with `detail: 'summary'` (the timeline, archive, actor and outlet pages, which list events told
 * on their day pages) each item names its event, its day and its canonical `@id` on the day page,
 * so a page listing many events does not repeat their sources.
 */
export function eventListJsonLd(
  timeline: Timeline,
  events: TimelineEvent[],
  page: PageInfo,
  site: FeedSite,
  detail: 'full' | 'summary' = 'full',
): JsonLdDocument {
  const listId = `${page.url}#events`;
  const articles = articleIndex(timeline);
  const cited =
    detail === 'full'
      ? [...new Set(events.flatMap((e) => e.citations.map((c) => c.article)))].map((slug) => articles.get(slug)).filter((a): a is AnalyzedArticle => !!a)
      : [];
  const item = detail === 'full' ? (event: TimelineEvent) => eventNode(event, site) : (event: TimelineEvent) => eventSummaryNode(event, site);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      websiteNode(site),
      pageNode('CollectionPage', page, site, listId),
      {
        '@type': 'ItemList',
        '@id': listId,
        name: oneLine(page.name),
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        numberOfItems: events.length,
        itemListElement: events.map((event, i) => ({ '@type': 'ListItem', position: i + 1, item: item(event) })),
      },
      ...cited.map((a) => sourceArticleNode(a, site)),
    ],
  };
}

/** An article page: our quoted copy of a news article. */
export function articleJsonLd(article: AnalyzedArticle, page: PageInfo, site: FeedSite): JsonLdDocument {
  const id = `${page.url}#article`;
  const original = safeHref(article.input.url);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      websiteNode(site),
      pageNode('WebPage', page, site, id),
      {
        '@type': 'NewsArticle',
        '@id': id,
        ...articleFields(article),
        url: page.url,
        mainEntityOfPage: { '@id': page.url },
        inLanguage: site.language,
        ...(original ? { isBasedOn: original } : {}),
      },
    ],
  };
}

/** Any other page. */
export function webPageJsonLd(page: PageInfo, site: FeedSite): JsonLdDocument {
  return { '@context': 'https://schema.org', '@graph': [websiteNode(site), pageNode('WebPage', page, site)] };
}
