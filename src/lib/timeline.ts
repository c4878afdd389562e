/**
 * The seam between Astro and the pure pipeline: `getTimeline()` reads the `articles` collection,
 * runs the pipeline once per build (memoised) and returns the `Timeline` the pages render.
 *
 * The collection's loader (src/loaders/articles.ts) keeps each article's analysis in its analysis
 * cache (src/loaders/analysis-cache.ts), keyed by the entry's content digest, so a build
 * re-analyses only changed articles. Here only the articles without a cached analysis (those
 * without a stated date: their year is recovered from the whole collection) are analysed, then
 * everything is merged. In `astro dev` those analyses are also cached by digest.
 */
import { fromFrontmatter } from '../loaders/files.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleInput, Timeline } from '../timeline/types.ts';
import { ANALYSIS_VERSION, analyzeArticle, buildTimeline, collectionContext, type ArticleAnalysis } from '../timeline/pipeline.ts';
import { expandAnalysis } from '../loaders/stored.ts';
import { sharedAnalysisCache } from '../loaders/analysis-cache.ts';
import { pipelineTimings, timed } from './build/timings.ts';
import { searchSink } from './build/search-sink.ts';
import { searchRecords } from './facets/search.ts';

let memo: Promise<Timeline> | undefined;
const cache = new Map<string, ArticleAnalysis>();

/** The article as the pipeline receives it (the same mapping as for files read outside Astro). */
export function toArticleInput(entry: CollectionEntry<'articles'>): ArticleInput {
  return fromFrontmatter(entry.id, entry.filePath ?? `${entry.id}.md`, entry.data, entry.body ?? '');
}

/** The timeline of the whole collection, built once per build. */
export function getTimeline(): Promise<Timeline> {
  memo ??= (async () => {
    const entries = [...(await getCollection('articles'))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const inputs = entries.map(toArticleInput);
    const ctx = collectionContext(inputs);
    const analyses = sharedAnalysisCache();
    const analyzed = entries.map((entry, i) => {
      const input = inputs[i]!;
      const stored = analyses?.get(entry.id, entry.digest);
      // Segmenting the body again is part of the pipeline's time on every build.
      if (stored && stored.version === ANALYSIS_VERSION) return timed('analysisMs', () => expandAnalysis(stored, input));
      const stated = Boolean(input.published ?? input.updated);
      const key = `${ANALYSIS_VERSION}:${entry.id}:${entry.digest ?? JSON.stringify(input)}:${stated ? '' : ctx.knownDays.join(',')}`;
      let a = cache.get(key);
      if (!a) {
        a = timed('analysisMs', () => analyzeArticle(input, ctx));
        pipelineTimings().analysed++;
        cache.set(key, a);
      }
      return a;
    });
    const timeline = timed('mergeMs', () => buildTimeline(analyzed));
    // During `astro build`, hand the search records to the search-index integration now, so that
    // Pagefind indexes while the pages render (no-op elsewhere).
    searchSink()?.submit(searchRecords(timeline, '/'));
    return timeline;
  })();
  return memo;
}
