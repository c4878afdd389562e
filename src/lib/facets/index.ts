/**
 * Facets of the timeline: who is named in events (actors) and which outlets reported them.
 * Pure functions over the pipeline's types; pages under /actors/ and /outlets/ and the timeline filter use them.
 */
import type { AnalyzedArticle, TimelineEvent } from '../../timeline/types.ts';
import { slugify } from './slug.ts';
import { withBase } from '../view/urls.ts';

export { slugify } from './slug.ts';

export type FacetKind = 'actor' | 'outlet';

/** A named facet value and its URL slug. */
export interface FacetRef {
  slug: string;
  name: string;
}

export interface Facet extends FacetRef {
  kind: FacetKind;
  /** Events naming the actor / citing the outlet, in timeline order. */
  events: TimelineEvent[];
  /** For outlets: its articles (slugs), in input order. Empty for actors. */
  articles: string[];
}

/** What the facets need of an article. */
export type FacetArticle = Pick<AnalyzedArticle, 'input'>;

/** The outlet an article belongs to: its publisher, or failing that its URL's host ("apnews.com"); null when neither is known. */
export function outletName(article: FacetArticle): string | null {
  return outletNameOf(article.input.publisher, article.input.url);
}

/** The same from a publisher and a URL, either possibly missing. */
export function outletNameOf(publisher: string | null | undefined, url: string | null | undefined): string | null {
  const name = publisher?.trim();
  if (name) return name;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '') || null;
    } catch {
      return null;
    }
  }
  return null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The spelling shown for a facet: the most frequent one, then the longest, then the first in code-point order. */
function pickName(counts: Map<string, number>): string {
  return [...counts.entries()].sort(
    ([a, ca], [b, cb]) => cb - ca || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  )[0]![0];
}

interface Acc {
  names: Map<string, number>;
  events: TimelineEvent[];
  articles: string[];
}

function finish(kind: FacetKind, acc: Map<string, Acc>): Facet[] {
  return [...acc.entries()]
    .map(([slug, a]) => ({ kind, slug, name: pickName(a.names), events: a.events, articles: a.articles }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

function bump(acc: Map<string, Acc>, name: string): Acc {
  const slug = slugify(name);
  let a = acc.get(slug);
  if (!a) acc.set(slug, (a = { names: new Map(), events: [], articles: [] }));
  a.names.set(name, (a.names.get(name) ?? 0) + 1);
  return a;
}

/** Actors named in events, one facet per slug (spellings differing only in case, accents or punctuation merged), sorted by name. */
export function actorFacets(events: readonly TimelineEvent[]): Facet[] {
  const acc = new Map<string, Acc>();
  for (const event of events) {
    const seen = new Set<string>();
    for (const actor of event.actors) {
      const name = actor.trim();
      if (!name) continue;
      const a = bump(acc, name);
      const slug = slugify(name);
      if (!seen.has(slug)) {
        seen.add(slug);
        a.events.push(event);
      }
    }
  }
  return finish('actor', acc);
}

/** Outlets of the articles, each with the events citing them, sorted by name. Articles with no known outlet belong to none. */
export function outletFacets(articles: readonly FacetArticle[], events: readonly TimelineEvent[]): Facet[] {
  const acc = new Map<string, Acc>();
  const outletOf = new Map<string, string>();
  for (const article of articles) {
    const name = outletName(article);
    if (!name) continue;
    bump(acc, name).articles.push(article.input.slug);
    outletOf.set(article.input.slug, slugify(name));
  }
  for (const event of events) {
    const slugs = new Set(event.citations.map((c) => outletOf.get(c.article)).filter((s): s is string => !!s));
    for (const slug of slugs) acc.get(slug)!.events.push(event);
  }
  return finish('outlet', acc);
}

/** The actors of one event as links, deduplicated by slug, in the event's order. */
export function eventActors(event: Pick<TimelineEvent, 'actors'>): FacetRef[] {
  const out = new Map<string, FacetRef>();
  for (const actor of event.actors) {
    const name = actor.trim();
    if (name && !out.has(slugify(name))) out.set(slugify(name), { slug: slugify(name), name });
  }
  return [...out.values()];
}

/** Articles by slug, once per list of articles (every event asks). */
const articlesBySlug = new WeakMap<readonly FacetArticle[], Map<string, FacetArticle>>();

/** The outlets cited by one event, deduplicated, in citation order. */
export function eventOutlets(event: Pick<TimelineEvent, 'citations'>, articles: readonly FacetArticle[]): FacetRef[] {
  let bySlug = articlesBySlug.get(articles);
  if (!bySlug) articlesBySlug.set(articles, (bySlug = new Map(articles.map((a) => [a.input.slug, a]))));
  const out = new Map<string, FacetRef>();
  for (const citation of event.citations) {
    const article = bySlug.get(citation.article);
    const name = article ? outletName(article) : null;
    if (name && !out.has(slugify(name))) out.set(slugify(name), { slug: slugify(name), name });
  }
  return [...out.values()];
}

/** `/actors/<slug>/` under the site's base (the configured one by default). */
export function actorPath(nameOrSlug: string, base?: string): string {
  return withBase(`actors/${encodeURIComponent(slugify(nameOrSlug))}/`, base);
}

/** `/outlets/<slug>/` under the site's base. */
export function outletPath(nameOrSlug: string, base?: string): string {
  return withBase(`outlets/${encodeURIComponent(slugify(nameOrSlug))}/`, base);
}

/** The actors index lists everyone up to this many actors; past it, the most named and a page per initial letter. */
export const ACTOR_INDEX_MAX = 300;

/** An index letter of a name: its first letter without accents, A–Z, or '#' for anything else. */
export function indexLetter(name: string): string {
  const c = name.trim().normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return c >= 'A' && c <= 'Z' ? c : '#';
}

/** The URL segment of an index letter: 'a'…'z', or 'other'. */
export function letterSlug(letter: string): string {
  return letter === '#' ? 'other' : letter.toLowerCase();
}

/** Facets by index letter, letters in order ('#' last), each list in the facets' order. */
export function byLetter<F extends { name: string }>(facets: readonly F[]): { letter: string; slug: string; facets: F[] }[] {
  const groups = new Map<string, F[]>();
  for (const f of facets) {
    const l = indexLetter(f.name);
    const g = groups.get(l);
    if (g) g.push(f);
    else groups.set(l, [f]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map((letter) => ({ letter, slug: letterSlug(letter), facets: groups.get(letter)! }));
}

/** The `n` facets with the most events (ties in the facets' order). */
export function mostNamed<F extends { events: readonly unknown[] }>(facets: readonly F[], n: number): F[] {
  return facets
    .map((f, i) => [f, i] as const)
    .sort((a, b) => b[0].events.length - a[0].events.length || a[1] - b[1])
    .slice(0, n)
    .map(([f]) => f);
}

/** The page of the actors whose names begin with an index letter (`/actors/letter/a/`, `/actors/letter/other/`). */
export function actorLetterPath(letter: string, base?: string): string {
  return withBase(`actors/letter/${letterSlug(letter)}/`, base);
}
