/** The loader's analysis cache: by id and content digest, persisted atomically, robust to a bad file. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../../src/loaders/analysis-cache.ts';
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

  it('persists, reloads and drops entries no longer in the collection', () => {
    const file = join(dir(), 'nested', 'analyses.json');
    const c = AnalysisCache.load(file);
    c.set('b', 'x', analysis(2));
    c.set('a', 'y', analysis(1));
    expect(c.save()).toBeNull();
    expect(existsSync(`${file}.tmp`)).toBe(false);
    const back = AnalysisCache.load(file);
    expect(back.size).toBe(2);
    expect(back.get('a', 'y')).toEqual(analysis(1));
    back.retain(new Set(['a']));
    expect(back.save()).toBeNull();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries)).toEqual(['a']);
  });

  it('ignores a damaged file (everything is analysed again) and replaces it on save', () => {
    const file = join(dir(), 'analyses.json');
    writeFileSync(file, '{"format": 1, "entries": {"a": ');
    const c = AnalysisCache.load(file);
    expect(c.size).toBe(0);
    expect(c.save()).toBeNull();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ format: 1, entries: {} });
  });

  it('reports, rather than throws, when the cache cannot be written', () => {
    const d = dir();
    const blocker = join(d, 'file');
    writeFileSync(blocker, '');
    const c = new AnalysisCache(join(blocker, 'analyses.json'));
    c.set('a', 'd', analysis(1));
    expect(c.save()).toMatch(/ENOTDIR|EEXIST|not a directory/i);
  });
});
