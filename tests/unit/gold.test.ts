/**
 * The pipeline (not Astro) on content/articles/*.md against the gold timeline
 * (tests/fixtures/seed-timeline.json); the checks are in support/gold-suite.ts.
 */
import { describe, expect, it } from 'vitest';
import { goldSuite } from './support/gold-suite.ts';

const { timeline } = goldSuite('seed articles', 'content/articles', 'tests/fixtures/seed-timeline.json');

describe('seed articles without a stated date', () => {
  it('are dated from their text', () => {
    const inferred = timeline.articles.filter((a) => a.date.source === 'inferred').map((a) => a.date.day).sort();
    expect(inferred).toEqual(['2025-11-23', '2025-11-24']);
  });
});
