/**
 * Astro integration: the Pagefind full-text index, `dist/pagefind/`, written during `astro build`.
 *
 * At `astro:build:start` it opens the search sink (src/lib/build/search-sink.ts); `getTimeline()`
 * (src/lib/timeline.ts) submits one record per event and per article as soon as the timeline is
 * built, and Pagefind indexes them in its own process while Astro renders the pages. `astro:build:done` waits for the index, then drops Pagefind's prebuilt UIs (the search
 * page has its own small, CSP-clean UI). A build whose pages never submitted records, or whose
 * index fails, stops with a message.
 */
import { rm } from 'node:fs/promises';
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

/** Records are sent to Pagefind this many at a time. */
const BATCH = 200;

async function writeIndex(records: SearchRecord[], outputPath: string): Promise<number> {
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
  await Promise.all(UNUSED.map((file) => rm(join(outputPath, file), { force: true })));
  return records.length;
}

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  let pending: Promise<number> | undefined;
  return {
    name: 'news-timeline:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        pending = undefined;
        setSearchSink({
          submit(records) {
            // Once per build: the data layer is memoised, later submissions would be the same records.
            pending ??= writeIndex(records, join(outDir, 'pagefind'));
            // Failures are reported when the build is done, not as an unhandled rejection meanwhile.
            pending.catch(() => {});
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        setSearchSink(undefined);
        if (!pending) throw new Error('search index: no page submitted the search records (getTimeline() in src/lib/timeline.ts submits them when the timeline is built)');
        try {
          const count = await pending;
          logger.info(`${count} records (events and articles) indexed in ${join(outDir, 'pagefind')}/`);
        } catch (error) {
          throw new Error(`search index: Pagefind failed: ${(error as Error).message}`);
        }
      },
    },
  };
}
