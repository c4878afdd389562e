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
