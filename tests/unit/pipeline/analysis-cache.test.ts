/** The loader's analysis cache: by id and content digest, persisted in shards atomically, robust to a bad shard. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisCache, SHARDS, shardOf } from '../../../src/loaders/analysis-cache.ts';
import type { StoredAnalysis } from '../../../src/loaders/stored.ts';

const dirs: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'analysis-cache-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const analysis = (n: number) => ({ version: n, headline: `h${n}` }) as unknown as StoredAnalysis;

describe('AnalysisCache', () => {
  it('gives an analysis back only for the digest it was stored with', () => {
    const c = new AnalysisCache(null);
    c.set('a', 'd1', analysis(1));
    expect(c.get('a', 'd1')).toEqual(analysis(1));
    expect(c.get('a', 'd2')).toBeUndefined();
    expect(c.get('a', undefined)).toBeUndefined();
    expect(c.get('b', 'd1')).toBeUndefined();
  });

  it('keeps the versions it replaced or deleted (the first of each) until they are taken, for the merge', () => {
    const c = new AnalysisCache(null);
    c.set('a', 'd1', analysis(1));
    c.set('b', 'd1', analysis(2));
    c.set('c', 'd1', analysis(3));
    expect(c.takeReplaced().size).toBe(0); // new entries replace nothing
    c.set('a', 'd1', analysis(1)); // the same digest again: nothing replaced
    c.set('a', 'd2', analysis(4));
    c.set('a', 'd3', analysis(5)); // the version the last merge counted is still d1's
    c.retain(new Set(['a', 'c']));
    const gone = c.takeReplaced();
    expect([...gone.keys()].sort()).toEqual(['a', 'b']);
    expect(gone.get('a')).toEqual({ digest: 'd1', analysis: analysis(1) });
    expect(gone.get('b')).toEqual({ digest: 'd1', analysis: analysis(2) });
    expect(c.takeReplaced().size).toBe(0);
    c.set('c', 'd2', analysis(6));
    c.release();
    expect(c.takeReplaced().size).toBe(0);
  });

  it('persists, reloads and drops entries no longer in the collection', () => {
    const folder = join(dir(), 'nested');
    const c = AnalysisCache.load(folder);
    c.set('b', 'x', analysis(2));
    c.set('a', 'y', analysis(1));
    expect(c.save()).toBeNull();
    expect(readdirSync(folder).every((f) => /^analyses-\d\d\.json$/.test(f))).toBe(true);
    const back = AnalysisCache.load(folder);
    expect(back.size).toBe(2);
    expect(back.get('a', 'y')).toEqual(analysis(1));
    back.retain(new Set(['a']));
    expect(back.save()).toBeNull();
    expect(AnalysisCache.load(folder).size).toBe(1);
    expect(AnalysisCache.load(folder).get('b', 'x')).toBeUndefined();
  });

  it('rewrites only the shards that changed', () => {
    const folder = dir();
    const c = AnalysisCache.load(folder);
    const ids = Array.from({ length: 200 }, (_, i) => `article-${i}`);
    for (const id of ids) c.set(id, 'd', analysis(1));
    expect(c.save()).toBeNull();
    const shards = readdirSync(folder).sort();
    expect(shards.length).toBeGreaterThan(SHARDS / 2);
    // Plant a marker in every shard file, then change one article: only its shard is written again.
    for (const f of shards) writeFileSync(join(folder, f), readFileSync(join(folder, f), 'utf8').replace('{"format":1', '{"marker":1,"format":1'));
    const again = AnalysisCache.load(folder);
    again.set('article-7', 'd2', analysis(2));
    expect(again.save()).toBeNull();
    const rewritten = shards.filter((f) => !readFileSync(join(folder, f), 'utf8').includes('"marker"'));
    expect(rewritten).toEqual([`analyses-${String(shardOf('article-7')).padStart(2, '0')}.json`]);
    expect(AnalysisCache.load(folder).get('article-7', 'd2')).toEqual(analysis(2));
  });

  it('ignores a damaged shard (its articles are analysed again) and replaces it on save', () => {
    const folder = dir();
    const c = AnalysisCache.load(folder);
    c.set('a', 'd', analysis(1));
    c.set('zz', 'd', analysis(3));
    c.save();
    const shard = join(folder, `analyses-${String(shardOf('a')).padStart(2, '0')}.json`);
    writeFileSync(shard, '{"format": 1, "entries": {"a": ');
    const back = AnalysisCache.load(folder);
    expect(back.get('a', 'd')).toBeUndefined();
    expect(back.get('zz', 'd')).toEqual(shardOf('zz') === shardOf('a') ? undefined : analysis(3));
    expect(back.save()).toBeNull();
    // The damaged shard is gone (nothing of it could be read) or, if 'zz' shares it, valid again.
    if (shardOf('zz') === shardOf('a')) expect(() => JSON.parse(readFileSync(shard, 'utf8'))).not.toThrow();
    else expect(existsSync(shard)).toBe(false);
    expect(existsSync(`${shard}.tmp`)).toBe(false);
  });

  it('reports, rather than throws, when the cache cannot be written', () => {
    const d = dir();
    const blocker = join(d, 'file');
    writeFileSync(blocker, '');
    const c = new AnalysisCache(join(blocker, 'cache'));
    c.set('a', 'd', analysis(1));
    expect(c.save()).toMatch(/ENOTDIR|EEXIST|not a directory/i);
  });
});
