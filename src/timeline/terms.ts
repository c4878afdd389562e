/**
 * Content words of a sentence for matching reports of the same happening: lower-cased, function
 * words and date words removed, a light plural/possessive folding. Weighted by rarity (IDF) over the
 * sentences of the whole corpus.
 */
import { EVENT_CONCEPTS, STOP_WORDS } from './constants.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** Fold a word: lower case, possessive and simple plural removed, curly apostrophes straightened. */
export function foldWord(w: string): string {
  let s = w.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  return s;
}

/**
 * What a word contributes: its folded term and its event concept, or null for numbers, stop words
 * and one-letter words. Memoised per raw word: news vocabulary repeats, and this runs on every
 * sentence of the collection at each build.
 */
const wordTerms = new Map<string, readonly string[] | null>();

function termsOfWord(raw: string): readonly string[] | null {
  let t = wordTerms.get(raw);
  if (t !== undefined) return t;
  t = null;
  if (!/^\d+$/.test(raw)) {
    const w = foldWord(raw);
    const lower = raw.toLowerCase();
    if (w.length >= 2 && !STOP_WORDS.has(w) && !STOP_WORDS.has(lower)) {
      const concept = EVENT_CONCEPTS.get(lower) ?? EVENT_CONCEPTS.get(w);
      t = concept ? [w, concept] : [w];
    }
  }
  wordTerms.set(raw, t);
  return t;
}

/** Distinct content terms of a text, optionally skipping the character ranges of date expressions. */
export function contentTerms(text: string, skip: [number, number][] = []): string[] {
  const out = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = m.index;
    if (skip.length && skip.some(([s, e]) => at >= s && at < e)) continue;
    const terms = termsOfWord(m[0]);
    if (terms) for (const t of terms) out.add(t);
  }
  return [...out];
}

/** Document frequencies (over sentences) and the IDF they give. */
export class TermStats {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(terms: Iterable<string>): void {
    this.n++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  idf(term: string): number {
    return Math.log((this.n + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  /** An L2-normalised IDF-weighted vector: `core` terms at full weight, the other terms of the sentence at `rest`. */
  weightedVector(core: Iterable<string>, all: Iterable<string>, rest: number): Map<string, number> {
    const coreSet = new Set(core);
    const v = new Map<string, number>();
    for (const t of coreSet) v.set(t, this.idf(t));
    for (const t of all) if (!coreSet.has(t)) v.set(t, this.idf(t) * rest);
    let norm = 0;
    for (const w of v.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }

  /** An L2-normalised IDF-weighted vector of the terms. */
  vector(terms: Iterable<string>): Map<string, number> {
    const v = new Map<string, number>();
    let norm = 0;
    for (const t of terms) {
      const w = this.idf(t);
      v.set(t, (v.get(t) ?? 0) + w);
    }
    for (const w of v.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }
}
