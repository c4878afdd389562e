import { describe, expect, it } from 'vitest';
import { articleDate, recoverYear, ArticleDateError } from '../../../src/timeline/articleDate.ts';
import type { ArticleInput } from '../../../src/timeline/types.ts';

const input = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  slug: 'a',
  file: 'content/articles/a.md',
  authors: [],
  captions: [],
  body: '',
  ...over,
});

describe('articleDate', () => {
  it('uses published, keeping the local day of a date-time in its own offset', () => {
    const d = articleDate(input({ published: '2024-03-10T22:40:00-07:00' }), '', { knownDays: [] });
    expect(d).toMatchObject({ day: '2024-03-10', precision: 'minute', source: 'published' });
  });

  it('falls back to updated, day precision for a date', () => {
    expect(articleDate(input({ updated: '2024-03-11' }), '', { knownDays: [] })).toMatchObject({
      value: '2024-03-11',
      day: '2024-03-11',
      precision: 'day',
      source: 'updated',
    });
  });

  it('infers the latest full date reported in the past, not a deadline', () => {
    const text =
      'The treaty was signed on May 4, 2019. Lawmakers voted on Tuesday, June 11, 2024, to extend it. The extension runs until Dec. 31, 2024.';
    const d = articleDate(input(), text, { knownDays: [] });
    expect(d).toMatchObject({ day: '2024-06-11', precision: 'day', source: 'inferred' });
    expect(d.evidence).toContain('June 11, 2024');
  });

  it('infers from a caption and from numeric dates', () => {
    expect(articleDate(input({ captions: ['Protesters gather in Lisbon, Saturday, April 6, 2024. (AP Photo)'] }), 'Crowds grew.', { knownDays: [] }).day).toBe('2024-04-06');
    expect(articleDate(input(), 'Filed 3/14/2023 by the court clerk.', { knownDays: [] }).day).toBe('2023-03-14');
  });

  it('recovers a missing year from weekday agreement, nearest to the collection', () => {
    const text = 'On the evening of Thursday, March 7, the prime minister resigned.';
    // March 7 is a Thursday in 2019 and 2024 (and 2013, 2030…)
    expect(articleDate(input(), text, { knownDays: ['2024-03-06', '2024-03-08'] }).day).toBe('2024-03-07');
    expect(articleDate(input(), text, { knownDays: ['2019-02-20'] }).day).toBe('2019-03-07');
    expect(recoverYear(3, 7, 4, { knownDays: [] })).toBeNull();
  });

  it('fails clearly when the weekday year cannot be recovered', () => {
    expect(() => articleDate(input(), 'On Thursday, March 7, the prime minister resigned.', { knownDays: [] })).toThrow(/published: "YYYY-MM-DD"/);
  });

  it('reads a dateline', () => {
    const text = 'WASHINGTON, March 3 (Reuters) — The Senate passed the bill on a party-line vote.';
    expect(articleDate(input(), text, { knownDays: ['2025-02-27'] })).toMatchObject({ day: '2025-03-03', source: 'inferred' });
    expect(articleDate(input(), 'NAIROBI — Feb. 2, 2022 — Rains arrived.', { knownDays: [] }).day).toBe('2022-02-02');
  });

  it('throws an error naming the file when nothing dates the article', () => {
    const f = () => articleDate(input({ file: 'content/articles/undated.md' }), 'Officials met on Monday and talked for hours.', { knownDays: [] });
    expect(f).toThrow(ArticleDateError);
    expect(f).toThrow(/content\/articles\/undated\.md.*published: "YYYY-MM-DD"/s);
  });
});
