/**
 * The pipeline: `analyzeArticle` (per article, cacheable by content digest) and `buildTimeline`
 * (collection-wide: merge, ids, order).
 */
import type { AnalyzedArticle, ArticleInput, BuildWarning, Timeline } from './types.ts';
import { segment } from './segment.ts';
import { articleDate, statedDate, type CollectionContext } from './articleDate.ts';
import { extractArticleTimexes, type TimexExtractor } from './timexes.ts';
import { extractTimexes as temporalStage } from './temporal/index.ts';
import { candidateEvents, type CandidateEvent } from './events.ts';
import { DEFAULT_MERGE_OPTIONS, mergeTimeline, type MergeIncremental, type MergeMemo, type MergeReuse } from './merge.ts';
import { guessEnglish } from './language.ts';
import { cmp, sortedBy } from './order.ts';
import { unifyActorNames } from './actor-variants.ts';

export { cmp } from './order.ts';

export interface AnalyzeContext extends CollectionContext {
  /** The temporal stage; defaults to `extractTimexes` from `./temporal/index.ts` (tests pass stand-ins). */
  extractTimexes?: TimexExtractor | undefined;
}

/** Bump when the analysis changes shape or rules, so that cached analyses are not reused. */
export const ANALYSIS_VERSION = 5;

/** An analyzed article plus its candidate events (what the merge stage consumes). */
export interface ArticleAnalysis extends AnalyzedArticle {
  candidates: CandidateEvent[];
}

/** Segment, date, find temporal expressions and candidate events of one article. */
export function analyzeArticle(input: ArticleInput, ctx: AnalyzeContext): ArticleAnalysis {
  const seg = segment(input.body);
  const date = articleDate(input, seg.text, ctx);
  const warnings: BuildWarning[] = [];
  if (seg.sentences.length === 0) {
    warnings.push({
      file: input.file,
      message: 'the article has no text: only its headline and details are shown',
      hint: 'add the article text below the frontmatter',
    });
  }
  const language = guessEnglish(seg.text);
  if (!language.english) {
    warnings.push({
      file: input.file,
      message:
        `the text does not look like English (${language.otherWords} common words of other languages, ${language.englishWords} of English, in ${language.words} words): ` +
        'dates are read by English rules, so dates written in another language are not found',
      hint: 'the article keeps its page; to place its events on the timeline, give its text in English',
    });
  }
  if (date.source === 'inferred') {
    warnings.push({
      file: input.file,
      message: `no published date; inferred ${date.day} from ${date.evidence ?? 'the text'}`,
      hint: 'add `published: "YYYY-MM-DD"` to the frontmatter if the inference is wrong',
    });
  }
  const firstSentence = seg.sentences.find((s) => seg.blocks[s.block]?.kind === 'paragraph')?.text ?? seg.sentences[0]?.text ?? input.slug;
  const headline = input.title ?? firstSentence;
  if (!input.title) {
    warnings.push({ file: input.file, message: 'no title; the first sentence stands in for the headline', hint: 'add `title:` to the frontmatter' });
  }
  const { timexes, rejected, warnings: timexWarnings } = extractArticleTimexes(input.file, seg.text, date, ctx.extractTimexes ?? temporalStage);
  warnings.push(...timexWarnings);
  const analyzed: AnalyzedArticle = {
    input,
    text: seg.text,
    blocks: seg.blocks,
    sentences: seg.sentences,
    date,
    timexes,
    rejectedTimexes: rejected,
    headline,
    headlineInferred: !input.title,
    warnings,
  };
  const candidates = candidateEvents(analyzed);
  if (candidates.length === 0) {
    warnings.push({ file: input.file, message: 'no sentence places anything on a day: the article adds no event to the timeline' });
  }
  return { ...analyzed, candidates };
}

/** The collection context from the stated dates of all inputs (for inferring the others' years). */
export function collectionContext(inputs: ArticleInput[], extractTimexes: TimexExtractor = temporalStage): AnalyzeContext {
  const knownDays: string[] = [];
  for (const input of inputs) {
    const d = statedDate(input);
    if (d) knownDays.push(d.day);
  }
  knownDays.sort();
  return { knownDays, extractTimexes };
}

/** Analyze every article of a collection (order-independent result; sorted by slug). */
export function analyzeAll(inputs: ArticleInput[], extractTimexes: TimexExtractor = temporalStage): ArticleAnalysis[] {
  const ctx = collectionContext(inputs, extractTimexes);
  return [...inputs].sort((a, b) => cmp(a.slug, b.slug)).map((input) => analyzeArticle(input, ctx));
}

/** Merge candidates across articles into the timeline; events sorted by date, time, id. */
export function buildTimeline(analyzed: ArticleAnalysis[]): Timeline {
  return buildTimelineIncremental(analyzed).timeline;
}

/**
 * `buildTimeline`, reusing what the previous build's merge left (`incremental.previous`) for the
 * days and articles whose inputs are unchanged (`incremental.keys`: each article's content key);
 * the same timeline as `buildTimeline`, and a memo for the next build.
 */
export function buildTimelineIncremental(
  analyzed: ArticleAnalysis[],
  incremental?: MergeIncremental,
): { timeline: Timeline; memo?: MergeMemo | undefined; reuse: MergeReuse } {
  const articles = sortedBy(analyzed, (a) => [a.date.value.slice(0, 10), a.input.slug]);
  const { events: merged, memo, reuse } = mergeTimeline(articles, DEFAULT_MERGE_OPTIONS, incremental);
  unifyActorNames(merged);
  const events = sortedBy(merged, (e) => [e.date, e.time ?? '', e.id]);
  const warnings = articles.flatMap((a) => a.warnings);
  return { timeline: { articles: articles.map(stripCandidates), events, warnings }, memo, reuse };
}

function stripCandidates(a: ArticleAnalysis): AnalyzedArticle {
  const { candidates: _c, ...rest } = a;
  return rest;
}
