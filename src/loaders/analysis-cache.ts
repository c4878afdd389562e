/**
 * The stored analyses, beside the content layer's data store rather than inside it.
 *
 * Astro hands the whole data store to the pages as one JavaScript module, and compiling it grows
 * faster than the store: about 0.45 s for the 12 MB of 1,000 articles, 19 s for the 119 MB of
 * 10,000, most of which were these analyses. So the loader keeps each entry's analysis here, keyed
 * by the entry's id and content digest (the same digest that decides whether the entry changed),
 * and the store holds only what Astro needs: frontmatter and body.
 *
 * - In one process (a build, the dev server) the loader and `getTimeline()` run in different module
 *   graphs; they share the cache on `globalThis`, so a cold build hands its analyses over in memory.
 * - Between builds it persists as one JSON file in Astro's cache directory (`cacheDir`, where the
 *   data store lives). A missing, unreadable or stale file only means more articles are analysed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoredAnalysis } from './stored.ts';

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
  private dirty = false;

  /** The cache persisted at `file`, or an empty one (a file that cannot be read is ignored: everything is analysed again). */
  static load(file: string | null): AnalysisCache {
    const cache = new AnalysisCache(file);
    if (file && existsSync(file)) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
        if (parsed.format === 1 && parsed.entries && typeof parsed.entries === 'object') {
          for (const [id, e] of Object.entries(parsed.entries)) cache.entries.set(id, e);
        }
      } catch {
        cache.dirty = true;
      }
    }
    return cache;
  }

  readonly file: string | null;

  constructor(file: string | null) {
    this.file = file;
  }

  /** The analysis stored for the entry `id` at content digest `digest`, if any. */
  get(id: string, digest: string | number | undefined): StoredAnalysis | undefined {
    const e = this.entries.get(id);
    return e && digest !== undefined && e.digest === String(digest) ? e.analysis : undefined;
  }

  set(id: string, digest: string | number, analysis: StoredAnalysis): void {
    this.entries.set(id, { digest: String(digest), analysis });
    this.dirty = true;
  }

  delete(id: string): void {
    if (this.entries.delete(id)) this.dirty = true;
  }

  /** Keeps only the entries of `ids` (the collection as it is now). */
  retain(ids: ReadonlySet<string>): void {
    for (const id of [...this.entries.keys()]) if (!ids.has(id)) this.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes the file if anything changed (atomically: a half-written cache is never read). Returns an error message, or null. */
  save(): string | null {
    if (!this.file || !this.dirty) return null;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const body: CacheFile = { format: 1, entries: Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
      const tmp = `${this.file}.tmp`;
      writeFileSync(tmp, JSON.stringify(body));
      renameSync(tmp, this.file);
      this.dirty = false;
      return null;
    } catch (e) {
      return (e as Error).message ?? String(e);
    }
  }
}

const KEY = Symbol.for('news-timeline.analysis-cache');
type Holder = { [KEY]?: AnalysisCache | undefined };

/** This process's cache, as the loader opened it (undefined before the content sync, e.g. in unit tests). */
export function sharedAnalysisCache(): AnalysisCache | undefined {
  return (globalThis as Holder)[KEY];
}

export function setSharedAnalysisCache(cache: AnalysisCache | undefined): void {
  (globalThis as Holder)[KEY] = cache;
}
