/**
 * The stored form of an article's analysis (what the content loader keeps in its analysis cache) and
 * its expansion back into the analysis the pipeline merges. Shared by the loader, the analysis
 * workers and `getTimeline()`; no Astro imports.
 */
import { ANALYSIS_VERSION, type ArticleAnalysis } from '../timeline/pipeline.ts';
import type { AnalyzedArticle } from '../timeline/types.ts';
import { segment } from '../timeline/segment.ts';

type Candidate = ArticleAnalysis['candidates'][number];
/** `T` with its field `K` emptied: the key stays (in its place), the text it held is given back on expansion. */
type Emptied<T, K extends keyof T> = Omit<T, K> & { [P in K]: '' };

/**
 * What an entry stores besides its frontmatter: the part of the analysis that is costly to compute
 * (article date, temporal expressions, candidate events, warnings), without the input and without
 * what the article body gives back in milliseconds: its text, blocks and sentences come from
 * `segment(body)` again on expansion, expression texts are slices of that text, a candidate's
 * article is the entry's own slug and its citation's sentence one of the article's sentences. The
 * store (and with it the content sync, the bundled data layer and the build's memory) stays about
 * half the size. Emptied fields keep their keys, so an expanded analysis has its keys in the
 * original order and nothing serialised from it depends on whether it came from the cache.
 */
export interface StoredAnalysis
  extends Omit<ArticleAnalysis, 'input' | 'text' | 'blocks' | 'sentences' | 'timexes' | 'candidates'> {
  version: number;
  input: null;
  text: '';
  blocks: [];
  sentences: [];
  timexes: Emptied<AnalyzedArticle['timexes'][number], 'text'>[];
  candidates: (Emptied<Omit<Candidate, 'citation'>, 'article'> & { citation: Emptied<Candidate['citation'], 'article' | 'sentence'> })[];
}


export function compactAnalysis(a: ArticleAnalysis): StoredAnalysis {
  return {
    version: ANALYSIS_VERSION,
    ...a,
    input: null,
    text: '',
    blocks: [],
    sentences: [],
    timexes: a.timexes.map((t) => ({ ...t, text: '' })),
    candidates: a.candidates.map((c) => ({ ...c, article: '', citation: { ...c.citation, article: '', sentence: '' } })),
  };
}

/** The stored analysis with what it left out given back (the body segmented again); keys stay in the order the analysis had them. */
export function expandAnalysis(stored: StoredAnalysis, input: ArticleAnalysis['input']): ArticleAnalysis {
  const { version: _v, ...rest } = stored;
  const { text, blocks, sentences } = segment(input.body);
  return {
    ...rest,
    input,
    text,
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

