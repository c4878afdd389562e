import { describe, expect, it } from 'vitest';
import { compactAnalysis, expandAnalysis } from '../../../src/loaders/articles.ts';
import { analyzeArticle, collectionContext } from '../../../src/timeline/pipeline.ts';
import { article, fakeExtractor } from './helpers.ts';

describe('stored analysis (content loader)', () => {
  it('round-trips: compact (no input, the text once) then expand gives the analysis back without segmenting again', () => {
    const input = article('a', '# Heading\n\nThe council met on May 2. Mayor Jonas Abernathy said [the vote](https://example.org) was close.\n\n- A list item.', {
      published: '2024-05-06',
    });
    const a = analyzeArticle(input, { ...collectionContext([input]), extractTimexes: fakeExtractor({ 'May 2': '2024-05-02' }) });
    const stored = compactAnalysis(a);
    expect(stored.input).toBeNull();
    expect(stored.text).toBe(a.text);
    expect(stored.blocks.map((b) => b.text)).toEqual(a.blocks.map(() => ''));
    expect(stored.sentences).toEqual([]);
    expect(stored.sentenceSpans).toEqual(a.sentences.flatMap((s) => [s.start, s.end, s.block]));
    expect(stored.timexes.every((t) => t.text === '')).toBe(true);
    expect(stored.candidates.length).toBeGreaterThan(0);
    expect(stored.candidates.every((c) => c.article === '' && c.citation.sentence === '' && c.citation.article === '')).toBe(true);
    // The text is stored once: not again in its blocks, sentences or citations.
    expect(JSON.stringify(stored).split('Mayor Jonas Abernathy said the vote was close.').length).toBe(2);
    // Expanding is slicing: a body that no longer matches is not read at all.
    expect(expandAnalysis(JSON.parse(JSON.stringify(stored)), { ...input, body: '' }).sentences).toEqual(a.sentences);
    const back = expandAnalysis(JSON.parse(JSON.stringify(stored)), input);
    expect(back).toEqual(a);
    // Same keys in the same order: what the pages and exports serialise must not depend on the cache.
    expect(JSON.stringify(back)).toBe(JSON.stringify(a));
  });

  it('round-trips with the real temporal stage, key order included', () => {
    const input = article('b', 'WASHINGTON — The Senate passed the bill late Tuesday, and the House is due to vote on Friday at 9:30 a.m. ET.\n\nNo date here.', {
      published: '2024-05-08T10:00:00-04:00',
    });
    const a = analyzeArticle(input, collectionContext([input]));
    expect(a.timexes.length).toBeGreaterThan(1);
    expect(JSON.stringify(expandAnalysis(JSON.parse(JSON.stringify(compactAnalysis(a))), input))).toBe(JSON.stringify(a));
  });
});
