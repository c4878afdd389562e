import type { TimelineEvent } from './types.ts';
import type { ArticleAnalysis } from './pipeline.ts';

export function mergeEvents(_articles: ArticleAnalysis[]): TimelineEvent[] {
  return [];
}
