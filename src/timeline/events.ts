import type { AnalyzedArticle, Citation, EventKind, PartOfDay } from './types.ts';

/** An event as found in one sentence of one article, before merging. */
export interface CandidateEvent {
  article: string;
  date: string;
  kind: EventKind;
  partOfDay?: PartOfDay;
  time?: string;
  timeZone?: string;
  title: string;
  actors: string[];
  citation: Citation;
  related: string[];
}

export function candidateEvents(_a: AnalyzedArticle): CandidateEvent[] {
  return [];
}
