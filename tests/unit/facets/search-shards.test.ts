import { describe, expect, it } from 'vitest';
import { shardChars, shardPath, shardRecords, SHARD_CHARS } from '../../../src/integrations/search-index.ts';
import type { SearchRecord } from '../../../src/lib/facets/search.ts';

const record = (url: string, chars: number): SearchRecord => ({
  url,
  content: 'x'.repeat(chars),
  meta: { title: url, type: 'article', day: '2024-01-01', outlet: '' },
  filters: { type: ['article'], outlet: [], actor: [] },
  sort: { day: '2024-01-01' },
});

describe('search index shards', () => {
  it('cuts the records, in order, into shards of at most the size in characters', () => {
    const records = [record('a', 40), record('b', 40), record('c', 30), record('d', 90), record('e', 10)];
    const shards = shardRecords(records, 100);
    expect(shards.map((s) => s.map((r) => r.url))).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(shards.flat()).toEqual(records);
  });
  it('as few shards as the size allows, as even as they can be (not one full and one nearly empty)', () => {
    const ten = Array.from({ length: 10 }, (_, i) => record(`r${i}`, 50));
    const sizes = (shards: SearchRecord[][]) => shards.map((s) => s.reduce((n, r) => n + r.content.length, 0));
    expect(sizes(shardRecords(ten, 400))).toEqual([250, 250]);
    // four shards either way; the largest is as small as four shards allow
    expect(sizes(shardRecords(ten, 180))).toEqual([150, 150, 150, 50]);
    for (const max of [60, 100, 130, 180, 260, 400, 499]) {
      const shards = shardRecords(ten, max);
      expect(shards.flat()).toEqual(ten);
      expect(Math.max(...sizes(shards))).toBeLessThanOrEqual(max);
      // no more shards than filling each to the size would make
      expect(shards.length).toBe(Math.ceil(500 / (Math.floor(max / 50) * 50)));
    }
  });
  it('a record longer than a shard is a shard of its own; no empty shards', () => {
    expect(shardRecords([record('a', 500), record('b', 5)], 100).map((s) => s.length)).toEqual([1, 1]);
    expect(shardRecords([], 100)).toEqual([]);
  });
  it('everything fits one shard below the size, so a small site has the one index it always had', () => {
    expect(shardRecords([record('a', 10), record('b', 10)], SHARD_CHARS)).toHaveLength(1);
  });
  it('the first shard is the index the search page loads; the others are under it', () => {
    expect([0, 1, 12].map(shardPath)).toEqual(['pagefind/', 'pagefind/shards/1/', 'pagefind/shards/12/']);
  });
  it('NEWS_TIMELINE_SEARCH_SHARD_CHARS sets the size; anything but a positive integer is refused with what to write', () => {
    expect(shardChars({})).toBe(SHARD_CHARS);
    expect(shardChars({ NEWS_TIMELINE_SEARCH_SHARD_CHARS: '250000' })).toBe(250_000);
    for (const bad of ['0', '-5', '1.5', 'lots']) {
      expect(() => shardChars({ NEWS_TIMELINE_SEARCH_SHARD_CHARS: bad })).toThrow(/NEWS_TIMELINE_SEARCH_SHARD_CHARS must be a positive integer/);
    }
  });
});
