/**
 * The seam between Astro and the pure pipeline: `getTimeline()` reads the `articles` collection,
 * runs the pipeline once per build (memoised) and returns the `Timeline` the pages render.
 *
 * The collection's loader (src/loaders/articles.ts) keeps each article's analysis in its analysis
 * cache (src/loaders/analysis-cache.ts), keyed by the entry's content digest, so a build
 * re-analyses only changed articles. Here only the articles without a cached analysis (those
 * without a stated date: their year is recovered from the whole collection) are analysed, then
 * everything is merged. In `astro dev` those analyses are also cached by digest.
 *
 * The merge is incremental: it remembers each day's clusters and each article's content matches
 * under the keys of what they were computed from (src/timeline/merge.ts), in `merge.json` beside
 * the analysis cache, and a rebuild recomputes only what an edit touched. Reading and writing both
 * caches is timed apart from the pipeline's work (`cacheMs`).
 */
import { readFileSync } from 'node:fs';
import { fromFrontmatter, splitFrontmatter } from '../loaders/files.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleInput, Timeline } from '../timeline/types.ts';
import { ANALYSIS_VERSION, analyzeArticle, buildTimelineIncremental, collectionContext, type ArticleAnalysis } from '../timeline/pipeline.ts';
import type { MergeMemo, ReplacedArticle } from '../timeline/merge.ts';
import { readMergeMemo, writeMergeMemo } from '../loaders/merge-memo.ts';
import { expandAnalysis, storedSentences } from '../loaders/stored.ts';
import { sharedAnalysisCache } from '../loaders/analysis-cache.ts';
import { primeFromProcess } from '../loaders/start-words.ts';
import { pipelineTimings, timed } from './build/timings.ts';
import { searchSink } from './build/search-sink.ts';
import { searchRecords } from './facets/search.ts';

let memo: Promise<Timeline> | undefined;
const cache = new Map<string, ArticleAnalysis>();
/** The last merge's memo in this process (`astro dev` rebuilds without reading the file again). */
let lastMerge: MergeMemo | undefined;

/**
 * The article as the pipeline receives it (the same mapping as for files read outside Astro). For an
 * article with a stated date the store has no body (its analysis holds the text): `body` is ''.
 */
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
    // this module instance's rules start from the loader's start words, for the undated articles
    primeFromProcess();
    // Each article's content key: what its analysis is a function of (for the incremental merge).
    const keys = new Map<string, string>();
    const analyzed = entries.map((entry, i) => {
      const input = inputs[i]!;
      const stated = Boolean(input.published ?? input.updated);
      const key = `${ANALYSIS_VERSION}:${entry.id}:${entry.digest ?? JSON.stringify(input)}:${stated ? '' : ctx.knownDays.join(',')}`;
      keys.set(input.slug, key);
      const stored = analyses?.get(entry.id, entry.digest);
      // The stored analysis gives the text, blocks and sentences back as slices: no segmenting again.
      if (stored && stored.version === ANALYSIS_VERSION) return timed('analysisMs', () => expandAnalysis(stored, input));
      let a = cache.get(key);
      if (!a) {
        // Not analysed by the loader although dated (its analysis could not be kept): the store has
        // no body for it, the file has.
        const full = entry.body === undefined && entry.filePath ? { ...input, body: splitFrontmatter(readFileSync(entry.filePath, 'utf8')).body.trim() } : input;
        a = timed('analysisMs', () => analyzeArticle(full, ctx));
        pipelineTimings().analysed++;
        cache.set(key, a);
      }
      return a;
    });
    // The versions of edited and removed articles that the last build merged: the merge takes them
    // out of their quarter's term statistics instead of counting the quarter again. After a change
    // to many articles (the pipeline's own sources, say) counting again is what it does anyway.
    const gone = analyses?.takeReplaced() ?? new Map();
    const replaced: ReplacedArticle[] = [];
    if (gone.size <= Math.max(16, entries.length / 8)) {
      for (const [id, e] of gone) {
        if (e.analysis.version !== ANALYSIS_VERSION) continue;
        replaced.push({ slug: id, key: `${ANALYSIS_VERSION}:${id}:${e.digest}:`, analysis: timed('mergeMs', () => storedSentences(e.analysis)) });
      }
    }
    // In a build nothing reads the stored analyses again (they are saved already): let them go.
    if (analyses?.releaseAfterUse) analyses.release();
    const dir = analyses?.dir;
    const previous = lastMerge ?? timed('cacheMs', () => readMergeMemo(dir));
    const { timeline, memo: next, reuse } = timed('mergeMs', () => buildTimelineIncremental(analyzed, { keys, previous, replaced }));
    Object.assign(pipelineTimings(), { mergedDays: reuse.days, reusedDays: reuse.reusedDays, matchedArticles: reuse.articles, reusedMatches: reuse.reusedArticles, updatedQuarters: reuse.updatedQuarters, countedQuarters: reuse.countedQuarters, sameDays: reuse.sameDays, partlyMatchedArticles: reuse.partlyMatchedArticles });
    if (next) {
      lastMerge = next;
      const error = timed('cacheMs', () => writeMergeMemo(dir, next));
      if (error) console.warn(`[news-timeline] the merge could not be remembered for the next build (${error}); it will merge every day again.`);
    }
    // During `astro build`, hand the search records to the search-index integration now, so that
    // Pagefind indexes while the pages render (no-op elsewhere).
    searchSink()?.submit(searchRecords(timeline, '/'));
    return timeline;
  })();
  return memo;
}
