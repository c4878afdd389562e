import { describe, expect, it } from 'vitest';
import { coarseCount, contentTerms, foldWord, needleTest, needleText, termId, termNeedles, TermStats, wordEnd, wordStart } from '../../../src/timeline/terms.ts';
import { EVENT_CONCEPTS, STOP_WORDS } from '../../../src/timeline/constants.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

function scanned(text: string): string[] {
  const words: string[] = [];
  for (let i = wordStart(text, 0); i < text.length; i = wordStart(text, wordEnd(text, i))) words.push(text.slice(i, wordEnd(text, i)));
  return words;
}

/** Random text over letters, digits, apostrophes, hyphens, accented and astral letters, emoji, a lone surrogate. */
function randomText(seed: number): string {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const parts = ['a', 'Z', '7', ' ', ' ', "'", '’', '-', '—', 'é', 'Ø', 'ß', '²', '𝐀', '😀', '\ud800', '.', ',', 'ü', '中'];
  let s = '';
  for (let i = 0; i < 60; i++) s += parts[Math.floor(rnd() * parts.length)];
  return s;
}

describe('words', () => {
  it('are what the word pattern matches', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed);
      expect(scanned(text), JSON.stringify(text)).toEqual(text.match(WORD) ?? []);
    }
  });
});

describe('contentTerms', () => {
  it('gives the distinct folded terms and concepts of the words, in first-occurrence order', () => {
    const text = "The ministers’ 3 meetings were cancelled; Ministers said the meeting's agenda, and Café-owners' strikes, 2024 — strikes again.";
    const expected: string[] = [];
    for (const raw of text.match(WORD) ?? []) {
      if (/^\d+$/.test(raw)) continue;
      const w = foldWord(raw);
      if (w.length < 2 || STOP_WORDS.has(w) || STOP_WORDS.has(raw.toLowerCase())) continue;
      const concept = EVENT_CONCEPTS.get(raw.toLowerCase()) ?? EVENT_CONCEPTS.get(w);
      for (const t of concept ? [w, concept] : [w]) if (!expected.includes(t)) expected.push(t);
    }
    const terms = contentTerms(text);
    expect(terms).toEqual(expected.map((t) => termId(t)));
    expect(expected).toContain('minister');
    expect(contentTerms(text)).toEqual(terms);
  });
});

describe('term needles', () => {
  const texts = [
    "The cities' mayors met O’Brien’s negotiators; talks resumed after the Mayor's statement.",
    // a final sigma reads as sigma before '.' and a letter: the word alone ends in final sigma
    'ΟΔΟΣ.Α ΠΟΛΙΣ’Α news: İstanbul’s İZMİR officials',
    'Strikes struck DEPOTS overnight; the companies were attacked, the Party voted.',
  ];
  it('are found in every text that has one of their terms', () => {
    const all = [...texts, ...Array.from({ length: 300 }, (_, k) => randomText(k + 1))];
    for (const text of all) {
      const lowered = needleText(text);
      for (const t of contentTerms(text)) expect(needleTest(termNeedles([t]))(lowered), `${JSON.stringify(text)}: term ${t}`).toBe(true);
    }
  });
  it('are missing from a text without the terms, so that it needs no tokenising', () => {
    const terms = contentTerms('The mayors met about the cities');
    const needles = termNeedles(terms);
    // "met" is a meeting concept: its other surface words count too
    expect(needles).toEqual(expect.arrayContaining(['mayor', 'met', 'talks', 'negotiation', 'cit']));
    expect(needleTest(needles)(needleText('Prices rose in March, the bank said.'))).toBe(false);
    expect(needleTest(needles)(needleText('Negotiations resumed'))).toBe(true);
    // needles are literal text, whatever characters they hold
    expect(needleTest(['a.b', 'c|d', '(e'])('axb cxd e')).toBe(false);
    expect(needleTest(['a.b', 'c|d', '(e'])('x (e')).toBe(true);
  });
});

describe('term weights', () => {
  it('count exactly up to 16, then on a scale of 10% steps that never reverses', () => {
    for (let x = 0; x <= 16; x++) expect(coarseCount(x)).toBe(x);
    expect([17, 18, 19, 20, 21, 23, 26].map(coarseCount)).toEqual([18, 18, 19, 19, 21, 23, 26]);
    let last = 16;
    for (let x = 17; x < 200_000; x += x < 2000 ? 1 : 997) {
      const c = coarseCount(x);
      expect(c).toBeGreaterThanOrEqual(last);
      expect(Math.abs(c - x)).toBeLessThanOrEqual(0.049 * x + 0.5);
      last = c;
    }
  });

  it('tell which terms changed weight since stored statistics', () => {
    const [common, rare, fresh] = contentTerms('commonword rareword freshword');
    const before = new TermStats();
    for (let i = 0; i < 400; i++) before.add(i < 200 ? [common!] : []);
    before.add([rare!]);
    const stored = before.toStored();
    const after = TermStats.fromStored(stored);
    expect(after.changedSince(stored)).toEqual(new Set());
    // one sentence more: the rare word's exact count changes, the common one's stays on its step,
    // the new word is new, and the sentence count (401 → 402) stays on its step
    after.add([common!, rare!, fresh!]);
    expect(after.changedSince(stored)).toEqual(new Set([rare, fresh]));
    expect(after.idf(common!)).toBe(before.idf(common!));
    expect(after.idf(rare!)).toBeLessThan(before.idf(rare!));
    // many sentences more: every weight may change
    for (let i = 0; i < 60; i++) after.add([]);
    expect(after.changedSince(stored)).toBe('all');
  });
});
