/**
 * The seam between Astro and the pure pipeline: `getTimeline()` reads the `articles` collection,
 * runs the pipeline once per build (memoised) and returns the `Timeline` the pages render.
 *
 * Loader choice: the collection keeps Astro's own `glob()` loader (content.config.ts, honouring
 * NEWS_TIMELINE_CONTENT); per-article analysis is cached here keyed by the entry's content digest
 * (plus the analysis version and, for articles whose date is inferred, the collection's known days),
 * so `astro dev` re-analyses only the articles that changed. A custom loader persisting analyses in
 * the content-layer store was judged too fragile for now (analyses depend on the whole collection
 * for inferred dates, and the store holds schema-validated data only).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleInput, Timeline } from '../timeline/types.ts';
import { ANALYSIS_VERSION, analyzeArticle, buildTimeline, collectionContext, type ArticleAnalysis } from '../timeline/pipeline.ts';

let memo: Promise<Timeline> | undefined;
const cache = new Map<string, ArticleAnalysis>();

/** The article as the pipeline receives it. */
export function toArticleInput(entry: CollectionEntry<'articles'>): ArticleInput {
  const d = entry.data;
  return {
    slug: entry.id,
    file: entry.filePath ?? `${entry.id}.md`,
    title: d.title,
    subtitle: d.subtitle,
    publisher: d.publisher,
    authors: d.authors,
    url: d.url,
    published: d.published,
    updated: d.updated,
    timezone: d.timezone,
    dateline: d.dateline,
    captions: d.captions,
    body: entry.body ?? '',
  };
}

/** The timeline of the whole collection, built once per build. */
export function getTimeline(): Promise<Timeline> {
  memo ??= (async () => {
    const entries = [...(await getCollection('articles'))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const inputs = entries.map(toArticleInput);
    const ctx = collectionContext(inputs);
    const analyzed = entries.map((entry, i) => {
      const input = inputs[i]!;
      const stated = Boolean(input.published ?? input.updated);
      const key = `${ANALYSIS_VERSION}:${entry.id}:${entry.digest ?? JSON.stringify(input)}:${stated ? '' : ctx.knownDays.join(',')}`;
      let a = cache.get(key);
      if (!a) {
        a = analyzeArticle(input, ctx);
        cache.set(key, a);
      }
      return a;
    });
    return buildTimeline(analyzed);
  })();
  return memo;
}
