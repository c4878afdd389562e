/**
 * Everything a page's <head> carries for sharing and search engines, decided from the page's
 * path: the timeline (`/`), a day (`/days/YYYY-MM-DD/`), an article (`/articles/<slug>/`) or any
 * other page. Pure; the layout passes the pathname, title and description it already has.
 */
import type { AnalyzedArticle, Timeline, TimelineEvent } from '../../timeline/types.ts';
import { normalizeBase } from '../view/urls.ts';
import { articleIndex, type FeedSite } from '../feeds/items.ts';
import { actorFacets, outletFacets, type Facet } from '../facets/index.ts';
import { articleJsonLd, eventListJsonLd, schemaDate, webPageJsonLd, type JsonLdDocument } from '../structured-data/index.ts';
import { DESCRIPTION_MAX, dayDescription, shareTags, timelineDescription, type MetaTag, type ShareMeta } from './index.ts';
import { longDay } from '../feeds/dates.ts';
import { dayParts } from '../view/dayparts.ts';
import { oneLine, truncate } from '../feeds/escape.ts';

export type PageKind =
  | { kind: 'timeline' }
  | { kind: 'day'; date: string; part: number }
  | { kind: 'month'; month: string }
  | { kind: 'article'; slug: string }
  | { kind: 'actor'; slug: string }
  | { kind: 'outlet'; slug: string }
  | { kind: 'other' };

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Which kind of page a pathname is (the scheme of src/lib/view/urls.ts). */
export function pageKind(pathname: string, base: string): PageKind {
  const b = normalizeBase(base);
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname === b.slice(0, -1) ? '' : null;
  if (rest === null) return { kind: 'other' };
  rest = rest.replace(/index\.html$/, '');
  if (rest === '') return { kind: 'timeline' };
  const day = /^days\/(\d{4}-\d{2}-\d{2})\/(?:([1-9]\d*)\/?)?$/.exec(rest) ?? /^days\/(\d{4}-\d{2}-\d{2})$/.exec(rest);
  if (day) return { kind: 'day', date: day[1]!, part: day[2] ? Number(day[2]) : 1 };
  const month = /^months\/(\d{4}-\d{2})\/?$/.exec(rest);
  if (month) return { kind: 'month', month: month[1]! };
  const named = /^(articles|actors|outlets)\/([^/]+)\/?$/.exec(rest);
  if (named) {
    const slug = decoded(named[2]!);
    if (slug === null) return { kind: 'other' };
    return named[1] === 'articles' ? { kind: 'article', slug } : named[1] === 'actors' ? { kind: 'actor', slug } : { kind: 'outlet', slug };
  }
  return { kind: 'other' };
}

/**
 * How many events the timeline page's JSON-LD lists: the most recent ones, like the page itself
 * (an archive of thousands of days would otherwise put megabytes of JSON in one page).
 */
export const TIMELINE_LD_LIMIT = 50;

const dayIndexes = new WeakMap<Timeline, Map<string, TimelineEvent[]>>();

/** Events by day (memoised per timeline: every day page asks). */
function eventsOfDay(timeline: Timeline, day: string): TimelineEvent[] {
  let index = dayIndexes.get(timeline);
  if (!index) {
    index = new Map();
    for (const e of timeline.events) {
      const list = index.get(e.date);
      if (list) list.push(e);
      else index.set(e.date, [e]);
    }
    dayIndexes.set(timeline, index);
  }
  return index.get(day) ?? [];
}

const facetIndexes = new WeakMap<Timeline, Map<string, Facet>>();

/** Actor and outlet facets by `kind:slug` (memoised per timeline). */
function facet(timeline: Timeline, kind: 'actor' | 'outlet', slug: string): Facet | undefined {
  let index = facetIndexes.get(timeline);
  if (!index) {
    index = new Map();
    for (const f of [...actorFacets(timeline.events), ...outletFacets(timeline.articles, timeline.events)]) index.set(`${f.kind}:${f.slug}`, f);
    facetIndexes.set(timeline, index);
  }
  return index.get(`${kind}:${slug}`);
}

/** "12 events, March 1, 2024 to May 2, 2024" */
function span(events: TimelineEvent[]): string {
  const count = `${events.length} ${events.length === 1 ? 'event' : 'events'}`;
  if (!events.length) return count;
  const first = events[0]!.date;
  const last = events[events.length - 1]!.date;
  return first === last ? `${count}, ${longDay(first)}` : `${count}, ${longDay(first)} to ${longDay(last)}`;
}

export interface PageHeadInput {
  pathname: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** The page's own title, without the site name. */
  title: string;
  description?: string | undefined;
}

export interface PageHead {
  tags: MetaTag[];
  jsonLd: JsonLdDocument;
}

export function pageHead(timeline: Timeline, site: FeedSite, input: PageHeadInput): PageHead {
  const page = pageKind(input.pathname, site.base);
  const base: Omit<ShareMeta, 'description' | 'type'> = { title: input.title, url: input.url, siteName: site.title };
  const fallback = input.description ?? site.description;

  if (page.kind === 'timeline') {
    const description = input.description ?? timelineDescription(site.description, timeline.events);
    return {
      tags: shareTags({ ...base, type: 'website', description }),
      jsonLd: eventListJsonLd(timeline, timeline.events.slice(-TIMELINE_LD_LIMIT), { url: input.url, name: input.title, description }, site, 'summary'),
    };
  }
  if (page.kind === 'day') {
    // the events of this page of the day (a busy day has several: src/lib/view/dayparts.ts)
    const events = dayParts(eventsOfDay(timeline, page.date))[page.part - 1] ?? [];
    if (events.length) {
      const description = dayDescription(page.date, events);
      return {
        tags: shareTags({ ...base, type: 'website', description }),
        jsonLd: eventListJsonLd(timeline, events, { url: input.url, name: input.title, description }, site),
      };
    }
  }
  if (page.kind === 'month' || page.kind === 'actor' || page.kind === 'outlet') {
    let events: TimelineEvent[] = [];
    let about = '';
    if (page.kind === 'month') {
      events = timeline.events.filter((e) => e.date.startsWith(`${page.month}-`));
    } else {
      const f = facet(timeline, page.kind, page.slug);
      events = f?.events ?? [];
      about = f ? (page.kind === 'actor' ? ` naming ${oneLine(f.name)}` : ` reported by ${oneLine(f.name)}`) : '';
    }
    if (events.length) {
      const titles = events.slice(-3).reverse().map((e) => oneLine(e.title)).join('; ');
      const description = input.description ?? truncate(`${span(events)}${about}. Latest: ${titles}`, DESCRIPTION_MAX);
      return {
        tags: shareTags({ ...base, type: 'website', description }),
        jsonLd: eventListJsonLd(timeline, events.slice(-TIMELINE_LD_LIMIT), { url: input.url, name: input.title, description }, site, 'summary'),
      };
    }
  }
  if (page.kind === 'article') {
    const article: AnalyzedArticle | undefined = articleIndex(timeline).get(page.slug);
    if (article) {
      const outlet = article.input.publisher;
      const description = input.description ?? `${outlet ? `${outlet}: ` : ''}${article.input.subtitle ?? article.headline}`;
      return {
        tags: shareTags({
          ...base,
          type: 'article',
          description,
          publishedTime: schemaDate(article.date.value, article.input.timezone),
          modifiedTime: article.input.updated ? schemaDate(article.input.updated, article.input.timezone) : undefined,
          authors: article.input.authors,
        }),
        jsonLd: articleJsonLd(article, { url: input.url, name: input.title, description }, site),
      };
    }
  }
  return {
    tags: shareTags({ ...base, type: 'website', description: fallback }),
    jsonLd: webPageJsonLd({ url: input.url, name: input.title, description: fallback }, site),
  };
}
