/**
 * The pipeline's own time in a build: per-article analysis in the content loader and the
 * collection-wide merge in `getTimeline()`. Both run in the one `astro build` process (the loader
 * during content sync, the merge when the first page renders), in different module graphs, so
 * the figures meet on `globalThis`. The build-report integration prints them and, when
 * `NEWS_TIMELINE_TIMINGS` names a file, writes them there as JSON (the benchmark reads it).
 * Nothing here reaches `dist/`: timings are not part of the reproducible output.
 */
import { processSlot } from './slot.ts';

export interface PipelineTimings {
  /** Milliseconds spent analysing articles (segment, article date, temporal, events). */
  analysisMs: number;
  /** Articles analysed in this build. */
  analysed: number;
  /** Articles whose stored analysis was reused (content digest unchanged). */
  reused: number;
  /** Milliseconds spent merging the collection into the timeline (`buildTimeline`). */
  mergeMs: number;
  /**
   * Milliseconds spent reading and writing the caches that let a rebuild skip that work (the
   * analyses and the merge's per-day results, in Astro's cache directory): file I/O and JSON, kept
   * apart from the pipeline's own work above, like Astro's reading of its own data store.
   */
  cacheMs: number;
  /** Days the merge clustered, and how many of them it took from the previous build's memo. */
  mergedDays?: number;
  reusedDays?: number;
  /** Articles whose undated sentences were matched to events by content, and how many of those matches were reused. */
  matchedArticles?: number;
  reusedMatches?: number;
  /** Days clustered again whose reports read as before (their content matches stay), and articles matched again against the changed days only. */
  sameDays?: number;
  partlyMatchedArticles?: number;
  /** Quarters whose word statistics were updated by the articles that changed, and those counted again. */
  updatedQuarters?: number;
  countedQuarters?: number;
}

/** The timed fields of `PipelineTimings`. */
export type TimedField = 'analysisMs' | 'mergeMs' | 'cacheMs';

const totals = processSlot<PipelineTimings>('pipeline-timings');

/** This process's running totals (created on first use). */
export function pipelineTimings(): PipelineTimings {
  let t = totals.get();
  if (!t) totals.set((t = { analysisMs: 0, analysed: 0, reused: 0, mergeMs: 0, cacheMs: 0 }));
  return t;
}

/** Runs `fn`, adding its wall time to `field`. */
export function timed<T>(field: TimedField, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    pipelineTimings()[field] += performance.now() - t0;
  }
}

/** Runs the asynchronous `fn`, adding its wall time (until it settles) to `field`. */
export async function timedAsync<T>(field: TimedField, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    pipelineTimings()[field] += performance.now() - t0;
  }
}
