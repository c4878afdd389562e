/**
 * The contract of the pure pipeline (segment → temporal → events → merge).
 * No Astro imports here or anywhere under src/timeline/: the pipeline runs in tests, the CLI
 * and the benchmark exactly as in the build.
 */
import type { RejectedTimex, Timex } from './temporal/index.ts';

/** One article as the pipeline receives it (frontmatter already validated). */
export interface ArticleInput {
  /** Stable identifier: the file name without extension. */
  slug: string;
  /** Path of the source file, for messages ("content/articles/foo.md"). */
  file: string;
  title?: string | undefined;
  subtitle?: string | undefined;
  publisher?: string | undefined;
  authors: string[];
  url?: string | undefined;
  published?: string | undefined;
  updated?: string | undefined;
  timezone?: string | undefined;
  dateline?: string | undefined;
  captions: string[];
  /** The Markdown body, frontmatter removed. */
  body: string;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'blockquote' | 'code' | 'html' | 'table' | 'thematicBreak';

/** A block of the body after Markdown parsing; `text` is its plain text (inline markup removed, raw HTML kept as text). */
export interface Block {
  kind: BlockKind;
  /** Heading depth (1–6) for headings. */
  depth?: number;
  text: string;
  /** Offsets of `text` in `AnalyzedArticle.text`. */
  start: number;
  end: number;
  /** Links inside the block, offsets in `AnalyzedArticle.text`; `href` is kept only when it is http(s) or mailto. */
  links: { start: number; end: number; href: string | null }[];
}

export interface Sentence {
  /** 0-based index in the article, stable for a given body: used as anchor `#s-<index>`. */
  index: number;
  text: string;
  /** Offsets in `AnalyzedArticle.text`. */
  start: number;
  end: number;
  /** Index of the block it belongs to. */
  block: number;
}

export type DatePrecision = 'minute' | 'day' | 'month' | 'year';

/** The date an article's relative expressions are resolved against. */
export interface ArticleDate {
  /** ISO date (`2024-03-14`) or date-time with offset (`2024-03-14T21:25:00-05:00`). */
  value: string;
  /** The local calendar day of `value` in the article's own zone/offset (never UTC, never the machine's zone). */
  day: string;
  precision: DatePrecision;
  /** Where it came from. */
  source: 'published' | 'updated' | 'inferred';
  /** For inferred dates: what it was inferred from, in words, for the reader ("'Monday, March 17' reported in the past tense"). */
  evidence?: string;
}

export type EventKind = 'occurred' | 'scheduled';
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export interface Citation {
  /** Article slug. */
  article: string;
  /** Sentence index in that article. */
  sentenceIndex: number;
  /** The full sentence as in the article. */
  sentence: string;
  /** The temporal expression that dated it, as written; null when matched by content. */
  expression: string | null;
  /** Offsets of the expression inside the article text, when there is one. */
  expressionStart?: number;
  expressionEnd?: number;
  /** How this citation was attached to the event. */
  match: 'date' | 'content';
}

export interface TimelineEvent {
  /** Stable id derived from the event's first citation; adding unrelated articles never changes it. */
  id: string;
  /** Calendar day, YYYY-MM-DD. */
  date: string;
  kind: EventKind;
  partOfDay?: PartOfDay;
  /** Local time HH:MM when known, with its zone. */
  time?: string;
  timeZone?: string;
  /** Short title made from the sentence. */
  title: string;
  /** People and organisations named in the citations. */
  actors: string[];
  citations: Citation[];
  /** Other days this event points to (the day a deadline was set ↔ the day it falls). */
  related: string[];
}

export interface BuildWarning {
  file: string;
  message: string;
  /** What the editor should do about it. */
  hint?: string;
}

/** Everything the pipeline knows about one article; cacheable per article by content digest. */
export interface AnalyzedArticle {
  input: ArticleInput;
  /** Plain text of the body: blocks joined by blank lines. All offsets index this string. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  date: ArticleDate;
  timexes: Timex[];
  /** Date expressions the temporal stage recognised but refused (impossible or implausible dates): reported, never placed. */
  rejectedTimexes?: RejectedTimex[];
  /** Headline to show: the title, or the first sentence when the article has none. */
  headline: string;
  headlineInferred: boolean;
  warnings: BuildWarning[];
}

export interface Timeline {
  articles: AnalyzedArticle[];
  /** Events sorted by date, then time, then id. */
  events: TimelineEvent[];
  warnings: BuildWarning[];
}
