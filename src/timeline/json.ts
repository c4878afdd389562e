/**
 * The public `timeline.json` shape (see README / issue 2) and the site paths it links to.
 * Pure: the base path is passed in (Astro's `import.meta.env.BASE_URL` in the build).
 */
import type { Timeline, TimelineEvent } from './types.ts';

export interface TimelineJson {
  articles: {
    slug: string;
    title: string;
    publisher: string | null;
    authors: string[];
    url: string | null;
    published: string;
    publishedPrecision: string;
    dateInferred: boolean;
    path: string;
  }[];
  events: {
    id: string;
    date: string;
    kind: string;
    partOfDay?: string;
    time?: string;
    title: string;
    actors: string[];
    path: string;
    citations: { article: string; sentence: string; expression: string | null; path: string }[];
  }[];
}

/** `base` with exactly one trailing slash ("/" or "/timeline/"). */
function normBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

export function dayPath(base: string, day: string): string {
  return `${normBase(base)}days/${day}/`;
}
export function eventPath(base: string, event: Pick<TimelineEvent, 'id' | 'date'>): string {
  return `${dayPath(base, event.date)}#${event.id}`;
}
export function articlePath(base: string, slug: string): string {
  return `${normBase(base)}articles/${slug}/`;
}
export function sentencePath(base: string, slug: string, sentenceIndex: number): string {
  return `${articlePath(base, slug)}#s-${sentenceIndex}`;
}

/** The JSON document, with a stable key and item order. */
export function toTimelineJson(timeline: Timeline, base: string): TimelineJson {
  return {
    articles: timeline.articles.map((a) => ({
      slug: a.input.slug,
      title: a.headline,
      publisher: a.input.publisher ?? null,
      authors: a.input.authors,
      url: a.input.url ?? null,
      published: a.date.value,
      publishedPrecision: a.date.precision,
      dateInferred: a.date.source === 'inferred',
      path: articlePath(base, a.input.slug),
    })),
    events: timeline.events.map((e) => ({
      id: e.id,
      date: e.date,
      kind: e.kind,
      ...(e.partOfDay ? { partOfDay: e.partOfDay } : {}),
      ...(e.time ? { time: e.time } : {}),
      title: e.title,
      actors: e.actors,
      path: eventPath(base, e),
      citations: e.citations.map((c) => ({
        article: c.article,
        sentence: c.sentence,
        expression: c.expression,
        path: sentencePath(base, c.article, c.sentenceIndex),
      })),
    })),
  };
}
