/**
 * Temporal expressions of one article, from the temporal stage (`src/timeline/temporal/`), resolved
 * against the article's date. The extractor is passed in (`AnalyzeContext.extractTimexes`) so the
 * pipeline stays testable with hand-made expressions.
 */
import type { ArticleDate, BuildWarning } from './types.ts';
import type { RejectedTimex, Timex } from './temporal/index.ts';

/** The temporal stage's entry point: `extractTimexes(text, { dct, onReject })`. */
export type TimexExtractor = (text: string, options: { dct: string; onReject?: (r: RejectedTimex) => void }) => Timex[];

export function extractArticleTimexes(
  file: string,
  text: string,
  date: ArticleDate,
  extract: TimexExtractor | undefined,
): { timexes: Timex[]; rejected: RejectedTimex[]; warnings: BuildWarning[] } {
  const warnings: BuildWarning[] = [];
  const rejected: RejectedTimex[] = [];
  if (!extract) return { timexes: [], rejected, warnings };
  // Refused expressions ('Feb. 30', 'in 3025') are kept for the build report, never placed.
  const timexes = [...extract(text, { dct: date.value, onReject: (r) => rejected.push(r) })].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const t of timexes) {
    if (t.start < 0 || t.end > text.length || t.end <= t.start) {
      warnings.push({ file, message: `temporal expression out of range (${t.start}–${t.end}); ignored` });
    }
  }
  return {
    // The CLI's provenance (`rule`, `direction`) is not kept: the build never reads it, and every
    // article's expressions are stored and held in memory for the whole build.
    timexes: timexes.filter((t) => t.start >= 0 && t.end <= text.length && t.end > t.start).map(({ rule: _r, direction: _d, ...t }) => t),
    rejected: rejected.filter((r) => r.start >= 0 && r.end <= text.length && r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end),
    warnings,
  };
}
