/** Busy days on several pages: whole events, a citation limit per page, the limit from the environment. */
import { describe, expect, it } from 'vitest';
import { DAY_PART_CITATIONS, dayPartLimit, dayParts } from '../../../src/lib/view/dayparts.ts';
import { dayPartPath } from '../../../src/lib/view/urls.ts';

const ev = (id: string, citations: number) => ({ id, citations: Array.from({ length: citations }, (_, i) => i) });
const ids = (parts: { id: string }[][]) => parts.map((p) => p.map((e) => e.id));

describe('dayParts', () => {
  it('keeps an ordinary day on one page', () => {
    expect(ids(dayParts([ev('a', 3), ev('b', 5)], 120))).toEqual([['a', 'b']]);
    expect(dayParts([], 120)).toEqual([]);
  });

  it('splits between whole events, in order, at most the limit of citations a page', () => {
    const parts = dayParts([ev('a', 4), ev('b', 4), ev('c', 3), ev('d', 1), ev('e', 9)], 8);
    expect(ids(parts)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    for (const p of parts.filter((p) => p.length > 1)) expect(p.reduce((n, e) => n + e.citations.length, 0)).toBeLessThanOrEqual(8);
  });

  it('gives an event with more citations than the limit a page of its own, never splitting it', () => {
    expect(ids(dayParts([ev('a', 2), ev('big', 30), ev('c', 2)], 10))).toEqual([['a'], ['big'], ['c']]);
  });

  it('reads the limit from NEWS_TIMELINE_DAY_PAGE_CITATIONS, and refuses nonsense', () => {
    expect(dayPartLimit({})).toBe(DAY_PART_CITATIONS);
    expect(dayPartLimit({ NEWS_TIMELINE_DAY_PAGE_CITATIONS: '25' })).toBe(25);
    expect(() => dayPartLimit({ NEWS_TIMELINE_DAY_PAGE_CITATIONS: '0' })).toThrow(/at least 1/);
    expect(() => dayPartLimit({ NEWS_TIMELINE_DAY_PAGE_CITATIONS: 'lots' })).toThrow(/NEWS_TIMELINE_DAY_PAGE_CITATIONS/);
  });

  it('puts part 1 on the day page and the others below it', () => {
    expect(dayPartPath('2024-03-11', 1, '/')).toBe('/days/2024-03-11/');
    expect(dayPartPath('2024-03-11', 3, '/news/')).toBe('/news/days/2024-03-11/3/');
  });
});
