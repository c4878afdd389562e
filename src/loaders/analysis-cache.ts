/**
 * The stored analyses, beside the content layer's data store rather than inside it.
 *
 * Astro hands the whole data store to the pages as one JavaScript module, and compiling it grows
 * faster than the store: about 0.45 s for the 12 MB of 1,000 articles, 19 s for the 119 MB of
 * 10,000, most of which were these analyses. So the loader keeps each entry's analysis here, keyed
 * by the entry's id and content digest (the same digest that decides whether the entry changed),
 * and the store holds only what Astro needs: frontmatter (and the body of an article without a
 * stated date, which getTimeline() analyses).
 *
 * - In one process (a build, the dev server) the loader and `getTimeline()` run in different module
 *   graphs; they share the cache on `globalThis`, so a cold build hands its analyses over in memory.
 * - Between builds it persists in Astro's cache directory (`cacheDir`, where the data store lives)
 *   as SHARDS JSON files, an entry in the shard its id hashes to: a rebuild that changed one
 *   article rewrites one shard (about 2.4 MB at 10,000 articles), not the whole cache (150 MB,
 *   the articles' plain text included, so that reusing an analysis needs no segmenting).
 *   A missing, unreadable or stale shard only means more articles are analysed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredAnalysis } from './stored.ts';
import { processSlot } from '../lib/build/slot.ts';

/** How many files the cache is split into. */
export const SHARDS = 64;

/** The shard of an entry id (FNV-1a of its UTF-16 code units). */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

interface Entry {
  digest: string;
  analysis: StoredAnalysis;
}

interface CacheFile {
  format: 1;
  entries: Record<string, Entry>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Shards changed since they were read or written. */
  private readonly dirty = new Set<number>();

  /** The cache persisted in the folder `dir`, or an empty one (a shard that cannot be read is ignored: its articles are analysed again). */
  static load(dir: string | null): AnalysisCache {
    const cache = new AnalysisCache(dir);
    if (!dir) return cache;
    for (let shard = 0; shard < SHARDS; shard++) {
      const file = cache.shardFile(shard);
      if (!existsSync(file)) continue;
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
        if (parsed.format === 1 && parsed.entries && typeof parsed.entries === 'object') {
          for (const [id, e] of Object.entries(parsed.entries)) if (shardOf(id) === shard) cache.entries.set(id, e);
        }
      } catch {
        cache.dirty.add(shard);
      }
    }
    return cache;
  }

  /** The folder of the shards (null: kept in memory only). */
  readonly dir: string | null;

  /**
   * Set by the loader when nothing will ask again (a build, not the dev server): once
   * `getTimeline()` has expanded every analysis it calls `release()`, and the stored forms (some
   * 150 MB at 10,000 articles) stop weighing on the collector while the pages render.
   */
  releaseAfterUse = false;

  /** Forgets every entry in memory (the files stay as they are). */
  release(): void {
    this.entries.clear();
    this.dirty.clear();
    this.replaced.clear();
  }

  constructor(dir: string | null) {
    this.dir = dir;
  }

  private shardFile(shard: number): string {
    return join(this.dir!, `analyses-${String(shard).padStart(2, '0')}.json`);
  }

  /** The analysis stored for the entry `id` at content digest `digest`, if any. */
  get(id: string, digest: string | number | undefined): StoredAnalysis | undefined {
    const e = this.entries.get(id);
    return e && digest !== undefined && e.digest === String(digest) ? e.analysis : undefined;
  }

  set(id: string, digest: string | number, analysis: StoredAnalysis): void {
    this.keepReplaced(id, String(digest));
    this.entries.set(id, { digest: String(digest), analysis });
    this.dirty.add(shardOf(id));
  }

  delete(id: string): void {
    this.keepReplaced(id, undefined);
    if (this.entries.delete(id)) this.dirty.add(shardOf(id));
  }

  /**
   * Entries replaced (by another digest) or deleted since the last `takeReplaced()`, as they were
   * first met: the versions the last merge counted, which the next one takes out of its term
   * statistics instead of counting a quarter again (merge.ts, `MergeIncremental.replaced`).
   */
  private replaced = new Map<string, Entry>();

  private keepReplaced(id: string, digest: string | undefined): void {
    const e = this.entries.get(id);
    if (e && e.digest !== digest && !this.replaced.has(id)) this.replaced.set(id, e);
  }

  /** The replaced and deleted entries since the last call, by id; forgets them. */
  takeReplaced(): Map<string, { digest: string; analysis: StoredAnalysis }> {
    const out = this.replaced;
    this.replaced = new Map();
    return out;
  }

  /** Keeps only the entries of `ids` (the collection as it is now). */
  retain(ids: ReadonlySet<string>): void {
    for (const id of [...this.entries.keys()]) if (!ids.has(id)) this.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes the shards that changed (each atomically: a half-written shard is never read). Returns an error message, or null. */
  save(): string | null {
    if (!this.dir || this.dirty.size === 0) return null;
    try {
      mkdirSync(this.dir, { recursive: true });
      const byShard = new Map<number, [string, Entry][]>();
      for (const shard of this.dirty) byShard.set(shard, []);
      for (const [id, e] of this.entries) byShard.get(shardOf(id))?.push([id, e]);
      for (const [shard, list] of byShard) {
        const file = this.shardFile(shard);
        if (list.length === 0) {
          rmSync(file, { force: true });
          continue;
        }
        list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const body: CacheFile = { format: 1, entries: Object.fromEntries(list) };
        writeFileSync(`${file}.tmp`, JSON.stringify(body));
        renameSync(`${file}.tmp`, file);
      }
      this.dirty.clear();
      return null;
    } catch (e) {
      return (e as Error).message ?? String(e);
    }
  }
}

const shared = processSlot<AnalysisCache>('analysis-cache');

/** This process's cache, as the loader opened it (undefined before the content sync, e.g. in unit tests). */
export function sharedAnalysisCache(): AnalysisCache | undefined {
  return shared.get();
}

export function setSharedAnalysisCache(cache: AnalysisCache | undefined): void {
  shared.set(cache);
}
