/**
 * The feed model shared by RSS, Atom, JSON Feed, iCalendar and TimelineJS: one item per event,
 * with its citations resolved to their articles and every link made absolute. Pure; no Astro.
 */
import type { AnalyzedArticle, Citation, EventKind, Timeline, TimelineEvent } from '../../timeline/types.ts';
import { absoluteUrl, articlePath, dayPath, eventPath, homePath, normalizeBase, originalSentenceUrl, safeHref, sentencePath } from '../view/urls.ts';
import { escapeHtml, oneLine } from './escape.ts';
import { articleMs, eventWhen, latest, localTime, longDay, type EventWhen } from './dates.ts';

/** Where the site is published: `site` is the origin (astro.config `site`), `base` the sub-path. */
export interface FeedSite {
  site: string | URL;
  base: string;
  title: string;
  description: string;
  /** BCP 47 language of the site's text. */
  language: string;
}

export interface FeedCitation {
  slug: string;
  sentence: string;
  headline: string;
  outlet?: string | undefined;
  authors: string[];
  /** The article's own date as stated or inferred (ISO date or date-time with offset). */
  published: string;
  dateInferred: boolean;
  /** This sentence on our article page (absolute). */
  href: string;
  /** The original article (http/https), when known. */
  originalUrl?: string | undefined;
  /** The original article at this sentence (text fragment), when known. */
  originalHref?: string | undefined;
  match: Citation['match'];
}

export interface FeedItem {
  /** The event id (stable across builds). */
  id: string;
  /** Stable unique id for feed readers: the event's permalink (its place on its day page). */
  guid: string;
  url: string;
  dayUrl: string;
  title: string;
  kind: EventKind;
  date: string;
  /** Local time HH:MM when known. */
  time?: string | undefined;
  when: EventWhen;
  /** Latest of the event's instant and the dates of the articles citing it. */
  updatedMs: number;
  actors: string[];
  citations: FeedCitation[];
  /** One-line plain-text summary. */
  summary: string;
  /** The item as HTML, every piece of article text escaped. */
  contentHtml: string;
  /** The item as plain text (iCalendar description, JSON Feed content_text). */
  contentText: string;
}

/** Absolute URL of a site path. */
export function absolute(site: FeedSite, path: string): string {
  return absoluteUrl(path, site.site);
}

export function siteRoot(site: FeedSite): string {
  return absolute(site, homePath(normalizeBase(site.base)));
}

export function siteUrl(site: FeedSite, path: string): string {
  return absolute(site, `${normalizeBase(site.base)}${path.replace(/^\/+/, '')}`);
}

const articleIndexes = new WeakMap<Timeline, Map<string, AnalyzedArticle>>();

/** Articles by slug (memoised per timeline: every page of a build asks for it). */
export function articleIndex(timeline: Timeline): Map<string, AnalyzedArticle> {
  let index = articleIndexes.get(timeline);
  if (!index) {
    index = new Map(timeline.articles.map((a) => [a.input.slug, a]));
    articleIndexes.set(timeline, index);
  }
  return index;
}

function citationOf(c: Citation, article: AnalyzedArticle | undefined, site: FeedSite): FeedCitation {
  const base = normalizeBase(site.base);
  const original = safeHref(article?.input.url) ?? undefined;
  let originalHref: string | undefined;
  if (original) {
    try {
      originalHref = originalSentenceUrl(original, c.sentence);
    } catch {
      originalHref = original;
    }
  }
  return {
    slug: c.article,
    sentence: oneLine(c.sentence),
    headline: oneLine(article?.headline ?? c.article),
    outlet: article?.input.publisher ? oneLine(article.input.publisher) : undefined,
    authors: (article?.input.authors ?? []).map(oneLine),
    published: article?.date.value ?? '',
    dateInferred: article?.date.source === 'inferred',
    href: absolute(site, article ? sentencePath(c.article, c.sentenceIndex, base) : articlePath(c.article, base)),
    originalUrl: original,
    originalHref,
    match: c.match,
  };
}

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function outlets(citations: FeedCitation[]): string[] {
  return [...new Set(citations.map((c) => c.outlet ?? c.headline))];
}

function citationByline(c: FeedCitation): string {
  const parts = [c.outlet, c.authors.length ? `by ${joinNames(c.authors)}` : undefined, c.published ? `${c.published.slice(0, 10)}${c.dateInferred ? ' (date inferred)' : ''}` : undefined];
  return parts.filter(Boolean).join(', ');
}

function renderHtml(event: TimelineEvent, when: EventWhen, citations: FeedCitation[], url: string, dayUrl: string): string {
  const time = localTime(when);
  const head = [
    event.kind === 'scheduled' ? '<strong>Scheduled</strong>' : '',
    `<time datetime="${escapeHtml(event.date)}">${escapeHtml(longDay(event.date))}</time>${time ? `, ${escapeHtml(time)}` : event.partOfDay ? `, ${escapeHtml(event.partOfDay)}` : ''}`,
  ].filter(Boolean);
  const out = [`<p>${head.join(' · ')}</p>`];
  if (event.actors.length) out.push(`<p>Named: ${event.actors.map((a) => escapeHtml(oneLine(a))).join(', ')}</p>`);
  out.push(`<p>${citations.length === 1 ? 'Source' : `Sources (${citations.length})`}:</p>`);
  out.push('<ul>');
  for (const c of citations) {
    const cite = c.originalUrl ? ` cite="${escapeHtml(c.originalUrl)}"` : '';
    const byline = citationByline(c);
    const original = c.originalHref ? ` (<a href="${escapeHtml(c.originalHref)}">original</a>)` : '';
    out.push(
      `<li><blockquote${cite}><p>${escapeHtml(c.sentence)}</p></blockquote>` +
        `<p>— <a href="${escapeHtml(c.href)}">${escapeHtml(c.headline)}</a>${byline ? `, ${escapeHtml(byline)}` : ''}${original}</p></li>`,
    );
  }
  out.push('</ul>');
  out.push(`<p><a href="${escapeHtml(url)}">This event</a> · <a href="${escapeHtml(dayUrl)}">All events of ${escapeHtml(longDay(event.date))}</a></p>`);
  return out.join('\n');
}

function renderText(event: TimelineEvent, when: EventWhen, citations: FeedCitation[], url: string): string {
  const time = localTime(when);
  const lines = [`${event.kind === 'scheduled' ? 'Scheduled. ' : ''}${longDay(event.date)}${time ? `, ${time}` : ''}`];
  if (event.actors.length) lines.push(`Named: ${event.actors.map(oneLine).join(', ')}`);
  for (const c of citations) {
    lines.push('');
    lines.push(`“${c.sentence}”`);
    lines.push(`— ${c.headline}${citationByline(c) ? `, ${citationByline(c)}` : ''}`);
    lines.push(c.originalUrl ?? c.href);
  }
  lines.push('');
  lines.push(url);
  return lines.join('\n');
}

export interface FeedItemOptions {
  /** Only events of this kind (the scheduled feed). */
  kind?: EventKind;
  /** At most this many items (the newest). */
  limit?: number;
}

/** How many items the RSS, Atom and JSON feeds carry: the newest, as feed readers expect (the calendar and TimelineJS export carry all). */
export const FEED_ITEM_LIMIT = 100;

function byNewest(a: { date: string; when: EventWhen; id: string }, b: { date: string; when: EventWhen; id: string }): number {
  return (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || b.when.ms - a.when.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const itemCache = new WeakMap<Timeline, Map<string, FeedItem[]>>();

/**
 * Feed items, newest first: by calendar day, then instant within the day, then id (a stable order).
 * Rendered once per timeline and site (every feed and export of a build shares them), then
 * filtered by kind and cut to the limit.
 */
export function feedItems(timeline: Timeline, site: FeedSite, options: FeedItemOptions = {}): FeedItem[] {
  const key = `${String(site.site)}|${site.base}`;
  let perSite = itemCache.get(timeline);
  if (!perSite) {
    perSite = new Map();
    itemCache.set(timeline, perSite);
  }
  let all = perSite.get(key);
  if (!all) {
    all = renderItems(timeline, site);
    perSite.set(key, all);
  }
  const kind = options.kind;
  const chosen = kind ? all.filter((i) => i.kind === kind) : all.slice();
  return options.limit === undefined ? chosen : chosen.slice(0, Math.max(0, options.limit));
}

function renderItems(timeline: Timeline, site: FeedSite): FeedItem[] {
  const articles = articleIndex(timeline);
  const base = normalizeBase(site.base);
  const ordered = timeline.events.map((event) => ({ event, date: event.date, id: event.id, when: eventWhen(event) })).sort(byNewest);
  return ordered.map(({ event, when }): FeedItem => {
    const url = absolute(site, eventPath(event, base));
    const dayUrl = absolute(site, dayPath(event.date, base));
    const citations = event.citations.map((c) => citationOf(c, articles.get(c.article), site));
    const cited = event.citations.map((c) => articles.get(c.article)).filter((a): a is AnalyzedArticle => !!a);
    const title = oneLine(event.title);
    const sources = outlets(citations);
    const summary = `${event.kind === 'scheduled' ? 'Scheduled: ' : ''}${title} — ${longDay(event.date)}. ${citations.length} ${citations.length === 1 ? 'source' : 'sources'}${sources.length ? `: ${sources.join('; ')}` : ''}.`;
    // Rendered when first read: the feeds carry the newest hundred items, the calendar only the text.
    let html: string | undefined;
    let text: string | undefined;
    return {
      id: event.id,
      guid: url,
      url,
      dayUrl,
      title,
      kind: event.kind,
      date: event.date,
      time: event.time,
      when,
      updatedMs: Math.max(when.ms, latest(cited.map(articleMs))),
      actors: event.actors.map(oneLine),
      citations,
      summary,
      get contentHtml() {
        return (html ??= renderHtml(event, when, citations, url, dayUrl));
      },
      get contentText() {
        return (text ??= renderText(event, when, citations, url));
      },
    };
  });
}

/** The content's own "last changed" instant: the newest article date (never the build clock). */
export function contentUpdatedMs(timeline: Timeline): number {
  return latest(timeline.articles.map(articleMs));
}
