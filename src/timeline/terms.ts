/**
 * Content words of a sentence for matching reports of the same happening: lower-cased, function
 * words and date words removed, a light plural/possessive folding. Weighted by rarity (IDF) over the
 * sentences of a quarter's news (see src/timeline/merge.ts).
 *
 * Terms are interned as small integers (term ids) and vectors are parallel typed arrays in the order
 * their terms were met: the merge stage compares hundreds of thousands of them, and indexing arrays
 * by id is far cheaper than hashing the term strings again at each comparison.
 */
import { EVENT_CONCEPTS, STOP_WORDS } from './constants.ts';

/** Fold a word: lower case, possessive and simple plural removed, curly apostrophes straightened. */
export function foldWord(w: string): string {
  let s = w.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  return s;
}

/** Term → id, for the life of the process (like the word memo below: the vocabulary of news repeats). */
const termIds = new Map<string, number>();

/** Id → term. */
const termTexts: string[] = [];

function intern(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    termIds.set(term, (id = termIds.size));
    termTexts.push(term);
  }
  return id;
}

/** The id of a term, or undefined when no text has had it yet. */
export function termId(term: string): number | undefined {
  return termIds.get(term);
}

/**
 * What a word contributes: the ids of its folded term and of its event concept, or null for numbers,
 * stop words and one-letter words. Memoised per raw word: news vocabulary repeats, and this runs on
 * every sentence of the collection at each build.
 */
const wordTerms = new Map<string, readonly number[] | null>();

function termsOfWord(raw: string): readonly number[] | null {
  let t = wordTerms.get(raw);
  if (t !== undefined) return t;
  t = null;
  if (!/^\d+$/.test(raw)) {
    const w = foldWord(raw);
    const lower = raw.toLowerCase();
    if (w.length >= 2 && !STOP_WORDS.has(w) && !STOP_WORDS.has(lower)) {
      const concept = EVENT_CONCEPTS.get(lower) ?? EVENT_CONCEPTS.get(w);
      t = concept ? [intern(w), intern(concept)] : [intern(w)];
    }
  }
  wordTerms.set(raw, t);
  return t;
}

/** ASCII characters that start a word (letters, digits: 1) or may only continue one (' and -: 2). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) ASCII_CLASS[c] = 1;
ASCII_CLASS["'".charCodeAt(0)] = ASCII_CLASS['-'.charCodeAt(0)] = 2;
const RIGHT_QUOTE = 0x2019;

/** Letters and digits beyond ASCII, by code point (memoised: a text repeats its few accented letters). */
const letterOrDigit = new Map<number, boolean>();

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return ASCII_CLASS[cp] === 1;
  let v = letterOrDigit.get(cp);
  if (v === undefined) letterOrDigit.set(cp, (v = /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp))));
  return v;
}

/**
 * Words are what /[\p{L}\p{N}][\p{L}\p{N}’'-]*\/gu matches: a letter or digit, then letters, digits,
 * apostrophes (straight or curly) and hyphens. Scanned by hand (`wordStart`, `wordEnd`) because a
 * regular expression's match objects cost more than the rest of the tokenising.
 */

/** Where the next word at or after `from` starts (the text's length if none). */
export function wordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // a lone surrogate stands for itself (not a letter), as it does for a /u regular expression
    const cp = c < 128 ? c : text.codePointAt(i)!;
    if (isLetterOrDigit(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The end of the word starting at `start`. */
export function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_CLASS[c] === 0) break;
      i++;
    } else if (c === RIGHT_QUOTE) i++;
    else {
      const cp = text.codePointAt(i)!;
      if (!isLetterOrDigit(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return i;
}

/**
 * A text as `termNeedles` are looked for in it: lower case, curly apostrophes straightened, and
 * final sigma as sigma (the one letter whose lower case depends on what follows it, so that a word
 * lower-cased alone and inside its text read the same).
 */
export function needleText(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/ς/g, 'σ');
}

/** The surface words of each event concept term ('~meeting' → talks, met, …). */
let conceptWords: Map<string, string[]> | undefined;

/** What a term's words all contain: the term less a final 'y' (which stands for 'ies'). */
function needleOf(term: string): string {
  const t = needleText(term);
  return t.endsWith('y') ? t.slice(0, -1) : t;
}

/**
 * Strings such that a text in which none occurs (`needleText` of it) has none of these terms in
 * `contentTerms` — nor as an actor key given in the text: a cheap test, before tokenising, that
 * the text has none of a few terms. Any word a term comes from contains the term (less a final 'y')
 * once lower-cased: folding only cuts a possessive or a plural off its end; a concept term comes
 * from its surface words, which are looked for instead.
 */
export function termNeedles(terms: Iterable<number>): string[] {
  if (!conceptWords) {
    conceptWords = new Map();
    for (const [word, concept] of EVENT_CONCEPTS) {
      const list = conceptWords.get(concept);
      if (list) list.push(word);
      else conceptWords.set(concept, [word]);
    }
  }
  const out = new Set<string>();
  for (const t of terms) {
    const text = termTexts[t];
    if (text === undefined) continue;
    const words = conceptWords.get(text) ?? [text];
    for (const w of words) out.add(needleOf(w));
  }
  return [...out];
}

/**
 * A test for any of the needles in a `needleText` (true may be a false alarm; false is certain): one
 * regular expression, which scans a text once for all of them. Measured on 4.7 MB of news text:
 * tokenising it took 100 to 130 ms; looking for each needle in turn, 26 ms for 10 needles and 112 ms
 * for 40; the expression, 12 ms for 10 and 49 ms for 160.
 */
export function needleTest(needles: readonly string[]): (text: string) => boolean {
  if (needles.length === 0) return () => false;
  const re = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'));
  return (text) => re.test(text);
}

/** Per-call marks of the term ids already given out by `contentTerms` (index: term id). */
let seenAt = new Int32Array(1 << 14);
let call = 0;

/** Distinct content terms (ids) of a text, in the order of their first occurrence. */
export function contentTerms(text: string): number[] {
  if (++call === 0x7fffffff) {
    seenAt.fill(0);
    call = 1;
  }
  const out: number[] = [];
  for (let i = wordStart(text, 0); i < text.length; ) {
    const end = wordEnd(text, i);
    const terms = termsOfWord(text.slice(i, end));
    if (terms) for (const t of terms) markNew(t, out);
    i = wordStart(text, end);
  }
  return out;
}

function markNew(t: number, out: number[]): void {
  if (t >= seenAt.length) seenAt = grown(seenAt, t);
  if (seenAt[t] === call) return;
  seenAt[t] = call;
  out.push(t);
}

/** A copy of `a` long enough to index `at` (doubling). */
function grown(a: Int32Array<ArrayBuffer>, at: number): Int32Array<ArrayBuffer> {
  let n = a.length;
  while (n <= at) n *= 2;
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

/**
 * Weighted terms: term ids and their weights, in the order the terms were met. Plain arrays: the
 * merge stage makes one per candidate and per undated sentence, and small typed arrays cost the
 * garbage collector far more than their reads save.
 */
export interface TermVector {
  ids: readonly number[];
  weights: readonly number[];
}

/** The vector with its weights divided (in place) by their L2 norm, summed in vector order (1 for an empty vector). */
function normalised(ids: readonly number[], weights: number[]): TermVector {
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
  return { ids, weights };
}

/** The L2-normalised sum of vectors (terms in the order they are first met, sums in vector order). */
export function centroid(vectors: readonly TermVector[]): TermVector {
  const sum = new Map<number, number>();
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) sum.set(v.ids[k]!, (sum.get(v.ids[k]!) ?? 0) + v.weights[k]!);
  return normalised([...sum.keys()], [...sum.values()]);
}

/** Term statistics as text, for keeping between builds: the sentence count and each term's document frequency. */
export interface StoredTermStats {
  n: number;
  terms: string[];
  df: number[];
}

/** Counts up to this are exact in the weights; larger ones are on a geometric scale (`coarseCount`). */
const EXACT_COUNTS = 16;
/** The ratio of one step of that scale to the next. */
const COUNT_STEP = 1.1;
const LOG_STEP = Math.log(COUNT_STEP);
/** `coarseCount` of the counts met so far (0: not yet computed; every coarse count but 0's is positive). */
let coarse = new Int32Array(1 << 12);

/**
 * A count as the term weights see it: exact up to 16, beyond that the nearest step of a scale
 * rising by 10% a step (18, 19, 21, 23, 26, …), rounded to a whole number: within 5% of the count
 * and the rounding, so an IDF moves by 0.1 at most. One article more or less, or one sentence,
 * rarely moves a common term's count or the sentence count to another step, so it leaves the
 * weights of nearly every term of its quarter as they were, and a rebuild only re-merges the days
 * and articles whose words it changed (merge.ts).
 */
export function coarseCount(x: number): number {
  if (x <= EXACT_COUNTS) return x;
  if (x < coarse.length && coarse[x] !== 0) return coarse[x]!;
  const v = Math.round(EXACT_COUNTS * Math.exp(Math.round(Math.log(x / EXACT_COUNTS) / LOG_STEP) * LOG_STEP));
  if (x < 1 << 20) {
    if (x >= coarse.length) coarse = grown(coarse, x);
    coarse[x] = v;
  }
  return v;
}

/**
 * Document frequencies (over sentences) and the IDF they give, from counts on the coarse scale of
 * `coarseCount`.
 */
export class TermStats {
  private df = new Int32Array(1 << 14);
  private n = 0;

  /** The statistics kept by `toStored()` (the same IDF for every term). */
  static fromStored(stored: StoredTermStats): TermStats {
    const stats = new TermStats();
    stats.n = stored.n;
    stored.terms.forEach((term, k) => {
      const t = intern(term);
      if (t >= stats.df.length) stats.df = grown(stats.df, t);
      stats.df[t] = stored.df[k]!;
    });
    return stats;
  }

  toStored(): StoredTermStats {
    const terms: string[] = [];
    const df: number[] = [];
    for (let t = 0; t < this.df.length; t++) {
      if (this.df[t]! > 0) {
        terms.push(termTexts[t]!);
        df.push(this.df[t]!);
      }
    }
    return { n: this.n, terms, df };
  }

  add(terms: readonly number[]): void {
    this.n++;
    for (const t of terms) {
      if (t >= this.df.length) this.df = grown(this.df, t);
      this.df[t]!++;
    }
  }

  /**
   * Takes back a sentence that `add` counted. Returns false, changing nothing, when a count would
   * fall below zero (the sentence was not counted: the statistics cannot be trusted).
   */
  remove(terms: readonly number[]): boolean {
    if (this.n === 0) return false;
    for (const t of terms) if (!((this.df[t] ?? 0) > 0)) return false;
    this.n--;
    for (const t of terms) this.df[t]!--;
    return true;
  }

  idf(term: number): number {
    return Math.log((coarseCount(this.n) + 1) / (coarseCount(this.df[term] ?? 0) + 1)) + 1;
  }

  /**
   * The terms whose weight differs from their weight in `before` (statistics kept by `toStored()`),
   * or 'all' when every weight may differ (the sentence count moved to another step).
   */
  changedSince(before: StoredTermStats): Set<number> | 'all' {
    if (coarseCount(before.n) !== coarseCount(this.n)) return 'all';
    const changed = new Set<number>();
    const had = new Set<number>();
    before.terms.forEach((term, k) => {
      const t = intern(term);
      had.add(t);
      if (coarseCount(before.df[k]!) !== coarseCount(this.df[t] ?? 0)) changed.add(t);
    });
    for (let t = 0; t < this.df.length; t++) if (this.df[t]! > 0 && !had.has(t)) changed.add(t);
    return changed;
  }

  /** The IDF of a term given as text (a term no sentence has is as rare as can be). */
  idfOfTerm(term: string): number {
    const id = termId(term);
    return id === undefined ? this.maxIdf() : this.idf(id);
  }

  /** The IDF of a term that no sentence has: the highest there is. */
  maxIdf(): number {
    return Math.log(coarseCount(this.n) + 1) + 1;
  }

  /**
   * An L2-normalised IDF-weighted vector: `core` terms at full weight, then the other terms of the
   * sentence (`all`) at `rest` (both distinct, as `contentTerms` gives them).
   */
  weightedVector(core: readonly number[], all: readonly number[], rest: number): TermVector {
    const coreSet = new Set(core);
    const ids: number[] = [];
    const weights: number[] = [];
    for (const t of coreSet) {
      ids.push(t);
      weights.push(this.idf(t));
    }
    for (const t of all) {
      if (coreSet.has(t)) continue;
      ids.push(t);
      weights.push(this.idf(t) * rest);
    }
    return normalised(ids, weights);
  }

  /** An L2-normalised IDF-weighted vector of distinct terms. */
  vector(terms: readonly number[]): TermVector {
    return normalised(terms, terms.map((t) => this.idf(t)));
  }
}
