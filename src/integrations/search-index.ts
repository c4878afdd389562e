/**
 * Astro integration: the Pagefind full-text index, `dist/pagefind/`, written during `astro build`.
 *
 * At `astro:build:start` it opens the search sink (src/lib/build/search-sink.ts); `getTimeline()`
 * (src/lib/timeline.ts) submits one record per event and per article as soon as the timeline is
 * built, and Pagefind indexes them in its own process while Astro renders the pages.
 * `astro:build:done` waits for the index, then drops Pagefind's prebuilt UIs (the search page has
 * its own small, CSP-clean UI). A build whose pages never submitted records, or whose index fails,
 * stops with a message.
 *
 * Pagefind holds a whole index in memory until it writes it, about 75 times the text indexed (some
 * 2.5 GB for 10,000 articles, beside Astro's own memory). So an archive is indexed in shards of at
 * most `shardChars()` characters of text, one Pagefind process after the other: the first shard
 * is the index in `dist/pagefind/`, the others go to `dist/pagefind/shards/<n>/` (data only; they
 * use the first one's code), listed in `dist/pagefind/shards.json`, and the search page merges
 * them into its searches (Pagefind's `mergeIndex`). Search memory then stays bounded whatever the
 * archive's size.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/facets/search.ts';
import { setSearchSink } from '../lib/build/search-sink.ts';

/** Pagefind files the site does not use. */
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

/** What a shard other than the first leaves out besides the UIs: the search code, which the first shard's loads for all. */
const CODE = ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind'];

/** Records are sent to Pagefind this many at a time. */
const BATCH = 200;

/** Characters of text per shard (about 850 articles of 700 words: some 300 MB for Pagefind). */
export const SHARD_CHARS = 4_000_000;

/** The shard size: `NEWS_TIMELINE_SEARCH_SHARD_CHARS` (a positive integer) or SHARD_CHARS. */
export function shardChars(env: Record<string, string | undefined> = process.env): number {
  const raw = env['NEWS_TIMELINE_SEARCH_SHARD_CHARS'];
  if (raw === undefined || raw === '') return SHARD_CHARS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`NEWS_TIMELINE_SEARCH_SHARD_CHARS must be a positive integer (characters of text per search-index shard), not '${raw}'`);
  return n;
}

/**
 * The records cut, in order, into the fewest shards of at most `maxChars` characters of content (a
 * longer record is a shard of its own), as even in size as the order allows.
 */
export function shardRecords(records: SearchRecord[], maxChars: number): SearchRecord[][] {
  const shards = packed(records, maxChars);
  if (shards.length <= 1) return shards;
  // As many shards as that needs, but as even as they can be: the smallest size that still needs no
  // more of them (Pagefind's memory follows the largest shard; the search page loads every one).
  let total = 0;
  for (const r of records) total += r.content.length;
  let lo = Math.ceil(total / shards.length);
  let hi = maxChars;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (packed(records, mid).length <= shards.length) hi = mid;
    else lo = mid + 1;
  }
  return packed(records, lo);
}

/** The records in order, a new shard whenever the next record would take this one past `maxChars`. */
function packed(records: SearchRecord[], maxChars: number): SearchRecord[][] {
  const shards: SearchRecord[][] = [];
  let current: SearchRecord[] = [];
  let chars = 0;
  for (const r of records) {
    if (current.length > 0 && chars + r.content.length > maxChars) {
      shards.push(current);
      current = [];
      chars = 0;
    }
    current.push(r);
    chars += r.content.length;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/** Where shard `n` goes, relative to the site's root (the first is the index the search page loads). */
export function shardPath(n: number): string {
  return n === 0 ? 'pagefind/' : `pagefind/shards/${n}/`;
}

/** One shard in a Pagefind process of its own, closed when it is written (which gives its memory back). */
async function writeShard(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; '));
  try {
    for (let i = 0; i < records.length; i += BATCH) {
      const results = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord({ ...r, language: 'en' })));
      results.forEach((res, k) => {
        if (res.errors.length) throw new Error(`${records[i + k]!.url}: ${res.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

async function writeIndex(records: SearchRecord[], outDir: string, maxChars: number): Promise<{ records: number; shards: number }> {
  const shards = shardRecords(records, maxChars);
  const root = join(outDir, shardPath(0));
  await rm(root, { recursive: true, force: true });
  for (const [n, shard] of shards.entries()) {
    const dir = join(outDir, shardPath(n));
    await writeShard(shard, dir);
    await Promise.all((n === 0 ? UNUSED : [...UNUSED, ...CODE]).map((file) => rm(join(dir, file), { force: true })));
  }
  await writeFile(join(root, 'shards.json'), `${JSON.stringify(shards.slice(1).map((_, k) => shardPath(k + 1)))}\n`);
  return { records: records.length, shards: shards.length };
}

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  let pending: Promise<{ records: number; shards: number }> | undefined;
  return {
    name: 'news-timeline:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        pending = undefined;
        const maxChars = shardChars();
        setSearchSink({
          submit(records) {
            // Once per build: the data layer is memoised, later submissions would be the same records.
            pending ??= writeIndex(records, outDir, maxChars);
            // Failures are reported when the build is done, not as an unhandled rejection meanwhile.
            pending.catch(() => {});
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        setSearchSink(undefined);
        if (!pending) throw new Error('search index: no page submitted the search records (getTimeline() in src/lib/timeline.ts submits them when the timeline is built)');
        try {
          const { records, shards } = await pending;
          logger.info(`${records} records (events and articles) indexed in ${join(outDir, 'pagefind')}/${shards > 1 ? ` (${shards} shards)` : ''}`);
        } catch (error) {
          throw new Error(`search index: Pagefind failed: ${(error as Error).message}`);
        }
      },
    },
  };
}
