/**
 * Temporal expressions of one article, from the temporal stage (`src/timeline/temporal/`).
 * TODO(skeleton): wire `extractTimexes` once the temporal stage lands on main.
 */
import type { ArticleDate, ArticleInput, BuildWarning } from './types.ts';
import type { Timex } from './temporal/index.ts';

export function extractArticleTimexes(_input: ArticleInput, _text: string, _date: ArticleDate): { timexes: Timex[]; warnings: BuildWarning[] } {
  return { timexes: [], warnings: [] };
}
