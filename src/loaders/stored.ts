/**
 * The stored form of an article's analysis (what the content loader keeps in its analysis cache) and
 * its expansion back into the analysis the pipeline merges. Shared by the loader, the analysis
 * workers and `getTimeline()`; no Astro imports.
 */
import { ANALYSIS_VERSION, type ArticleAnalysis } from '../timeline/pipeline.ts';
import type { AnalyzedArticle } from '../timeline/types.ts';

type Candidate = ArticleAnalysis['candidates'][number];
/** `T` with its field `K` emptied: the key stays (in its place), the text it held is given back on expansion. */
type Emptied<T, K extends keyof T> = Omit<T, K> & { [P in K]: '' };

/**
 * What an entry stores besides its frontmatter: the analysis without the input and without text it
 * holds twice. The article's plain text is stored once; blocks keep their offsets and links with
 * their text emptied, sentences are `sentenceSpans` (start, end, block for each, in order), and
 * expression texts, a candidate's article (the entry's own slug) and its citation's sentence are
 * left out; all of them are slices of the text, given back on expansion without segmenting the body
 * again (a rebuild reuses the analysis of an unchanged article without any of the pipeline's work).
 * Emptied fields keep their keys, so an expanded analysis has its keys in the original order and
 * nothing serialised from it depends on whether it came from the cache.
 */
export interface StoredAnalysis
  extends Omit<ArticleAnalysis, 'input' | 'blocks' | 'sentences' | 'timexes' | 'candidates'> {
  version: number;
  input: null;
  blocks: Emptied<AnalyzedArticle['blocks'][number], 'text'>[];
  sentences: [];
  /** start, end and block index of each sentence, flat. */
  sentenceSpans: number[];
  timexes: Emptied<AnalyzedArticle['timexes'][number], 'text'>[];
  candidates: (Emptied<Omit<Candidate, 'citation'>, 'article'> & { citation: Emptied<Candidate['citation'], 'article' | 'sentence'> })[];
}

export function compactAnalysis(a: ArticleAnalysis): StoredAnalysis {
  const sentenceSpans: number[] = [];
  for (const s of a.sentences) sentenceSpans.push(s.start, s.end, s.block);
  return {
    version: ANALYSIS_VERSION,
    ...a,
    input: null,
    blocks: a.blocks.map((b) => ({ ...b, text: '' })),
    sentences: [],
    sentenceSpans,
    timexes: a.timexes.map((t) => ({ ...t, text: '' })),
    candidates: a.candidates.map((c) => ({ ...c, article: '', citation: { ...c.citation, article: '', sentence: '' } })),
  };
}

/** The stored analysis with what it left out given back (slices of its text); keys stay in the order the analysis had them. */
export function expandAnalysis(stored: StoredAnalysis, input: ArticleAnalysis['input']): ArticleAnalysis {
  const { version: _v, sentenceSpans: _s, ...rest } = stored;
  const text = rest.text;
  const { sentences, blocks } = storedSentences(stored);
  return {
    ...rest,
    input,
    blocks,
    sentences,
    timexes: rest.timexes.map((t) => ({ ...t, text: text.slice(t.start, t.end) })),
    candidates: rest.candidates.map((c) => ({
      ...c,
      article: input.slug,
      citation: { ...c.citation, article: input.slug, sentence: sentences[c.citation.sentenceIndex]?.text ?? '' },
    })),
  };
}

/** Just the sentences and block kinds of a stored analysis (what the merge's term statistics read of an article version that is gone). */
export function storedSentences(stored: StoredAnalysis): Pick<ArticleAnalysis, 'sentences' | 'blocks'> {
  const { text, sentenceSpans } = stored;
  const sentences: ArticleAnalysis['sentences'] = [];
  for (let k = 0; k + 2 < sentenceSpans.length; k += 3) {
    const start = sentenceSpans[k]!;
    const end = sentenceSpans[k + 1]!;
    sentences.push({ index: sentences.length, text: text.slice(start, end), start, end, block: sentenceSpans[k + 2]! });
  }
  return { sentences, blocks: stored.blocks.map((b) => ({ ...b, text: text.slice(b.start, b.end) })) };
}
