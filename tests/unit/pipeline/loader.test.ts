import { describe, expect, it } from 'vitest';
import { compactAnalysis, expandAnalysis } from '../../../src/loaders/articles.ts';
import { analyzeArticle, collectionContext } from '../../../src/timeline/pipeline.ts';
import { article, fakeExtractor } from './helpers.ts';

describe('stored analysis (content loader)', () => {
  it('round-trips: compact (no input, no duplicated text) then expand gives the analysis back', () => {
    const input = article('a', '# Heading\n\nThe council met on May 2. Mayor Jonas Abernathy said [the vote](https://example.org) was close.\n\n- A list item.', {
      published: '2024-05-06',
    });
    const a = analyzeArticle(input, { ...collectionContext([input]), extractTimexes: fakeExtractor({ 'May 2': '2024-05-02' }) });
    const stored = compactAnalysis(a);
    expect(JSON.stringify(stored)).not.toContain('"input"');
    expect(stored.sentences.every((s) => !('text' in s))).toBe(true);
    expect(expandAnalysis(JSON.parse(JSON.stringify(stored)), input)).toEqual(a);
  });
});
