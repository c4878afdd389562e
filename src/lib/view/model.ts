/**
 * View models: everything pages and components show, prepared from the pipeline's `Timeline`.
 * Pages never group, merge or format themselves. Pure functions, no Astro imports.
 */
import type { AnalyzedArticle, Block, BlockKind, Citation, EventKind, Timeline, TimelineEvent } from '../../timeline/types.ts';
import { formatArticleDate, formatDay, formatEventTime, type ArticleDateView, type WhenView } from './dates.ts';
import { articlePath, dayPath, eventPath, originalSentenceUrl, safeHref, sentenceId, sentencePath } from './urls.ts';
import { actorPath, eventActors, outletNameOf, outletPath, slugify } from '../facets/index.ts';

/** A named link: an actor's or an outlet's page. */
export interface FacetLink {
  name: string;
  slug: string;
  href: string;
}

export interface ArticleSummary {
  slug: string;
  href: string;
  headline: string;
  headlineInferred: boolean;
  subtitle?: string | undefined;
  outlet?: string | undefined;
  /** The outlet's page (`/outlets/<slug>/`): by publisher, or by the original URL's host when no publisher is given. */
  outletLink?: FacetLink | undefined;
  authors: string[];
  /** The original article, when known (http/https only). */
  url?: string | undefined;
  date: ArticleDateView;
  dateline?: string | undefined;
}

export interface CitationView {
  article: ArticleSummary;
  sentenceIndex: number;
  sentence: string;
  expression: string | null;
  /** The sentence split around its dating expression (`expr: true`), for highlighting it. */
  quote: { text: string; expr: boolean }[];
  match: Citation['match'];
  /** This sentence on our article page. */
  href: string;
  /** The sentence on the original page (with a text fragment), when the original URL is known. */
  originalHref?: string | undefined;
}

export interface RelatedDayView {
  date: string;
  label: string;
  href: string;
}

export interface EventView {
  id: string;
  date: string;
  kind: EventKind;
  scheduled: boolean;
  title: string;
  when?: WhenView | undefined;
  actors: string[];
  /** The actors with their pages (`/actors/<slug>/`), deduplicated. */
  actorLinks: FacetLink[];
  /** The outlets of the cited articles with their pages, in citation order, deduplicated. */
  outlets: FacetLink[];
  /** Distinct source articles. */
  sourceCount: number;
  citations: CitationView[];
  related: RelatedDayView[];
  /** The event on its day page. */
  href: string;
}

export interface DayView {
  date: string;
  /** "Monday, March 17, 2025" */
  label: string;
  /** "Mar 14" */
  shortLabel: string;
  href: string;
  events: EventView[];
  /** Distinct source articles over the day's events. */
  sourceCount: number;
}

export interface DayNeighbours {
  previous?: DayView | undefined;
  next?: DayView | undefined;
}

export function summarizeArticle(article: AnalyzedArticle): ArticleSummary {
  const input = article.input;
  const outletName = outletNameOf(input.publisher, input.url);
  return {
    outletLink: outletName ? { name: outletName, slug: slugify(outletName), href: outletPath(outletName) } : undefined,
    slug: input.slug,
    href: articlePath(input.slug),
    headline: article.headline,
    headlineInferred: article.headlineInferred,
    subtitle: input.subtitle,
    outlet: input.publisher,
    authors: input.authors,
    url: safeHref(input.url) ?? undefined,
    date: formatArticleDate(article.date, input.timezone),
    dateline: input.dateline,
  };
}

/** Splits a sentence around the first occurrence of its expression. */
export function splitExpression(sentence: string, expression: string | null): { text: string; expr: boolean }[] {
  const at = expression ? sentence.indexOf(expression) : -1;
  if (!expression || at < 0) return [{ text: sentence, expr: false }];
  return [
    { text: sentence.slice(0, at), expr: false },
    { text: expression, expr: true },
    { text: sentence.slice(at + expression.length), expr: false },
  ].filter((p) => p.text.length > 0);
}

export function eventView(event: TimelineEvent, articles: ReadonlyMap<string, ArticleSummary>): EventView {
  const citations: CitationView[] = [];
  for (const c of event.citations) {
    const article = articles.get(c.article);
    if (!article) continue; // the pipeline only cites known articles; never crash a page on it
    citations.push({
      article,
      sentenceIndex: c.sentenceIndex,
      sentence: c.sentence,
      expression: c.expression,
      quote: splitExpression(c.sentence, c.expression),
      match: c.match,
      href: sentencePath(c.article, c.sentenceIndex),
      originalHref: article.url ? originalSentenceUrl(article.url, c.sentence) : undefined,
    });
  }
  const related = [...new Set(event.related ?? [])]
    .filter((d) => d !== event.date)
    .sort()
    .map((d) => ({ date: d, label: formatDay(d, 'full'), href: dayPath(d) }));
  return {
    id: event.id,
    date: event.date,
    kind: event.kind,
    scheduled: event.kind === 'scheduled',
    title: event.title,
    when: formatEventTime(event),
    actors: event.actors,
    actorLinks: eventActors(event).map((a) => ({ ...a, href: actorPath(a.slug) })),
    outlets: [...new Map(citations.flatMap((c) => (c.article.outletLink ? [[c.article.outletLink.slug, c.article.outletLink] as const] : []))).values()],
    sourceCount: new Set(event.citations.map((c) => c.article)).size,
    citations,
    related,
    href: eventPath(event),
  };
}

/** Groups events by calendar day, days ascending; within a day the pipeline's order is kept. */
export function groupByDay<E extends { date: string }>(events: readonly E[]): { date: string; events: E[] }[] {
  const byDay = new Map<string, E[]>();
  for (const e of events) {
    const list = byDay.get(e.date);
    if (list) list.push(e);
    else byDay.set(e.date, [e]);
  }
  return [...byDay.keys()].sort().map((date) => ({ date, events: byDay.get(date)! }));
}

export function dayView(date: string, events: EventView[]): DayView {
  return {
    date,
    label: formatDay(date, 'full'),
    shortLabel: formatDay(date, 'short'),
    href: dayPath(date),
    events,
    sourceCount: new Set(events.flatMap((e) => e.citations.map((c) => c.article.slug))).size,
  };
}

export function neighbours(days: readonly DayView[], date: string): DayNeighbours {
  const i = days.findIndex((d) => d.date === date);
  if (i < 0) return {};
  return { previous: days[i - 1], next: days[i + 1] };
}

// ---------------------------------------------------------------- article bodies

/** A run of text inside a sentence or between sentences: plain, or a link kept from the article. */
export type InlinePart = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

export interface SentenceCite {
  eventId: string;
  date: string;
  title: string;
  /** "Mar 14" */
  label: string;
  href: string;
}

export type InlineView =
  | { type: 'gap'; parts: InlinePart[] }
  | { type: 'sentence'; index: number; id: string; parts: InlinePart[]; cites: SentenceCite[] };

export interface BlockView {
  kind: BlockKind;
  /** Heading level to render (the article headline is the page's h1, so body headings start at h2). */
  level?: number | undefined;
  inlines: InlineView[];
}

/** Consecutive list items are grouped into one list. */
export type BodyNode = { type: 'block'; block: BlockView } | { type: 'list'; items: BlockView[] };

export interface ArticleView extends ArticleSummary {
  captions: string[];
  body: BodyNode[];
  /** Sentences cited by at least one event. */
  citedCount: number;
  eventCount: number;
}

/** Events citing each sentence of each article: slug → sentence index → cites. */
export function citationIndex(events: readonly TimelineEvent[]): Map<string, Map<number, SentenceCite[]>> {
  const index = new Map<string, Map<number, SentenceCite[]>>();
  for (const event of events) {
    for (const c of event.citations) {
      let bySentence = index.get(c.article);
      if (!bySentence) index.set(c.article, (bySentence = new Map()));
      const cites = bySentence.get(c.sentenceIndex) ?? [];
      if (!cites.some((x) => x.eventId === event.id)) {
        cites.push({ eventId: event.id, date: event.date, title: event.title, label: formatDay(event.date, 'short'), href: eventPath(event) });
      }
      bySentence.set(c.sentenceIndex, cites);
    }
  }
  return index;
}

/** Splits `text[start, end)` into plain and link parts; links other than http(s)/mailto become plain text. */
export function splitLinks(text: string, start: number, end: number, links: Block['links']): InlinePart[] {
  const parts: InlinePart[] = [];
  let cursor = start;
  const inRange = links
    .filter((l) => l.end > start && l.start < end && l.end > l.start)
    .sort((a, b) => a.start - b.start);
  for (const link of inRange) {
    const ls = Math.max(link.start, start, cursor);
    const le = Math.min(link.end, end);
    if (le <= ls) continue;
    if (ls > cursor) parts.push({ type: 'text', text: text.slice(cursor, ls) });
    const href = safeHref(link.href);
    const linkText = text.slice(ls, le);
    parts.push(href ? { type: 'link', text: linkText, href } : { type: 'text', text: linkText });
    cursor = le;
  }
  if (cursor < end) parts.push({ type: 'text', text: text.slice(cursor, end) });
  // merge adjacent text parts
  return parts.reduce<InlinePart[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (p.type === 'text' && last?.type === 'text') last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}

function blockInlines(article: AnalyzedArticle, block: Block, blockIndex: number, cites: ReadonlyMap<number, SentenceCite[]> | undefined, sentencesByBlock: Map<number, AnalyzedArticle['sentences']>): InlineView[] {
  const text = article.text;
  const inlines: InlineView[] = [];
  let cursor = block.start;
  for (const s of sentencesByBlock.get(blockIndex) ?? []) {
    const start = Math.max(s.start, cursor);
    const end = Math.min(s.end, block.end);
    if (end <= start) continue;
    if (start > cursor) inlines.push({ type: 'gap', parts: splitLinks(text, cursor, start, block.links) });
    inlines.push({
      type: 'sentence',
      index: s.index,
      id: sentenceId(s.index),
      parts: splitLinks(text, start, end, block.links),
      cites: cites?.get(s.index) ?? [],
    });
    cursor = end;
  }
  if (cursor < block.end) inlines.push({ type: 'gap', parts: splitLinks(text, cursor, block.end, block.links) });
  return inlines;
}

export function articleView(article: AnalyzedArticle, cites: ReadonlyMap<number, SentenceCite[]> | undefined): ArticleView {
  const sentencesByBlock = new Map<number, AnalyzedArticle['sentences']>();
  for (const s of [...article.sentences].sort((a, b) => a.start - b.start)) {
    const list = sentencesByBlock.get(s.block);
    if (list) list.push(s);
    else sentencesByBlock.set(s.block, [s]);
  }
  const body: BodyNode[] = [];
  // The shallowest body heading becomes h2 (the headline is the page's h1), deeper ones follow.
  const depths = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.depth ?? 1);
  const shift = depths.length ? 2 - Math.min(...depths) : 0;
  article.blocks.forEach((block, i) => {
    const view: BlockView = {
      kind: block.kind,
      level: block.kind === 'heading' ? Math.min(6, Math.max(2, (block.depth ?? 1) + shift)) : undefined,
      inlines: blockInlines(article, block, i, cites, sentencesByBlock),
    };
    const last = body[body.length - 1];
    if (block.kind === 'listItem') {
      if (last?.type === 'list') last.items.push(view);
      else body.push({ type: 'list', items: [view] });
    } else body.push({ type: 'block', block: view });
  });
  const eventIds = new Set<string>();
  let citedCount = 0;
  for (const list of cites?.values() ?? []) {
    if (list.length) citedCount++;
    for (const c of list) eventIds.add(c.eventId);
  }
  return {
    ...summarizeArticle(article),
    captions: article.input.captions ?? [],
    body,
    citedCount,
    eventCount: eventIds.size,
  };
}

// ---------------------------------------------------------------- the whole site

export interface SiteView {
  /** Every day with events, ascending. */
  days: DayView[];
  /** All articles, newest first then by slug. */
  articles: ArticleSummary[];
  eventCount: number;
  /** First and last day with events. */
  range?: { first: string; last: string } | undefined;
  dayByDate: ReadonlyMap<string, DayView>;
  /** The days the home page lists (the most recent stretch) and their dates. */
  home: DayView[];
  onHome: ReadonlySet<string>;
  timeline: Timeline;
}

export function siteView(timeline: Timeline): SiteView {
  const summaries = new Map<string, ArticleSummary>();
  for (const a of timeline.articles) summaries.set(a.input.slug, summarizeArticle(a));
  const events = timeline.events.map((e) => eventView(e, summaries));
  const days = groupByDay(events).map((g) => dayView(g.date, g.events));
  const dayByDate = new Map(days.map((d) => [d.date, d]));
  const articles = [...timeline.articles]
    .sort((a, b) => (b.date.day ?? '').localeCompare(a.date.day ?? '') || a.input.slug.localeCompare(b.input.slug))
    .map((a) => summaries.get(a.input.slug)!);
  const first = days[0];
  const last = days[days.length - 1];
  const home = homeDays({ days }, { maxEvents: HOME_MAX_EVENTS });
  return {
    days,
    home,
    onHome: new Set(home.map((d) => d.date)),
    articles,
    eventCount: events.length,
    range: first && last ? { first: first.date, last: last.date } : undefined,
    dayByDate,
    timeline,
  };
}

/** The home page lists at most this many events (whole days); the archives hold the rest. */
export const HOME_MAX_EVENTS = 60;

export interface HomeOptions {
  /** Show only the most recent N days. */
  recentDays?: number | undefined;
  /** Show only the most recent whole days holding at most this many events (always at least one day). */
  maxEvents?: number | undefined;
}

/** The days the home page lists: all, or the most recent stretch. */
export function homeDays(site: Pick<SiteView, 'days'>, options: HomeOptions = {}): DayView[] {
  let days = site.days;
  const n = options.recentDays;
  if (n && n > 0 && days.length > n) days = days.slice(-n);
  const max = options.maxEvents;
  if (max && max > 0) {
    let count = 0;
    let start = days.length;
    while (start > 0 && (start === days.length || count + days[start - 1]!.events.length <= max)) {
      count += days[start - 1]!.events.length;
      start--;
    }
    days = days.slice(start);
  }
  return days;
}
