/**
 * The records of the full-text search index (Pagefind custom records), one per event and one per article.
 * Handed to the search-index integration (`src/integrations/search-index.ts`) when the timeline is
 * built, and turned into `dist/pagefind/` during `astro build`. Pure: the base path is passed in.
 */
import type { Timeline } from '../../timeline/types.ts';
import { articlePath, eventPath } from '../view/urls.ts';
import { eventActors, eventOutlets, outletName } from './index.ts';

export interface SearchRecord {
  url: string;
  /** Plain text to index (never HTML). */
  content: string;
  /** Shown with a result. `day` is an ISO calendar day the search page formats in the reader's language. */
  meta: {
    title: string;
    type: 'event' | 'article';
    day: string;
    outlet: string;
    kind?: string;
    time?: string;
    timeZone?: string;
    partOfDay?: string;
  };
  filters: { type: string[]; outlet: string[]; actor: string[]; kind?: string[] };
  sort: { day: string };
}

export function searchRecords(timeline: Timeline, base: string): SearchRecord[] {
  const articles = timeline.articles;
  const events: SearchRecord[] = timeline.events.map((event) => {
    const outlets = eventOutlets(event, articles).map((o) => o.name);
    const actors = eventActors(event).map((a) => a.name);
    const sentences = [...new Set(event.citations.map((c) => c.sentence))];
    return {
      url: eventPath(event, base),
      content: [event.title, ...sentences, actors.join(', '), outlets.join(', ')].filter(Boolean).join('\n'),
      meta: {
        title: event.title,
        type: 'event',
        day: event.date,
        outlet: outlets.join(', '),
        kind: event.kind,
        ...(event.time ? { time: event.time } : {}),
        ...(event.time && event.timeZone ? { timeZone: event.timeZone } : {}),
        ...(event.partOfDay ? { partOfDay: event.partOfDay } : {}),
      },
      filters: { type: ['event'], outlet: outlets, actor: actors, kind: [event.kind] },
      sort: { day: event.date },
    };
  });
  const docs: SearchRecord[] = articles.map((article) => {
    const outlet = outletName(article) ?? '';
    return {
      url: articlePath(article.input.slug, base),
      content: [article.headline, article.input.subtitle ?? '', article.text, article.input.authors.join(', ')]
        .filter(Boolean)
        .join('\n'),
      meta: { title: article.headline, type: 'article', day: article.date.day, outlet },
      filters: { type: ['article'], outlet: outlet ? [outlet] : [], actor: [] },
      sort: { day: article.date.day },
    };
  });
  return [...events, ...docs];
}
