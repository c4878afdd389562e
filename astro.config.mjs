// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import buildReport from './src/integrations/build-report-integration.ts';
import searchIndex from './src/integrations/search-index.ts';

/** The deployed site's origin; overridable so one build can be published anywhere. */
const site = process.env.NEWS_TIMELINE_SITE ?? 'http://localhost:4321';
/** A sub-path to deploy under, e.g. `/timeline`. */
const base = process.env.NEWS_TIMELINE_BASE ?? '/';
/**
 * Where Astro keeps its content-layer data store between builds. Tests that build fixture corpora
 * point it at a temporary directory so that concurrent builds of different content never share it.
 */
const cacheDir = process.env.NEWS_TIMELINE_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  cacheDir,
  output: 'static',
  trailingSlash: 'always',
  // Never inline CSS as <style>: the site runs under a strict CSP (style-src 'self').
  // `concurrency`: pages render while earlier ones are still being written (the build waits on the
  // disk for thousands of small files); the output is the same, the sitemap sorts its URLs.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { plugins: [tailwindcss()] },
  integrations: [
    // sitemap-index.xml + sitemap-N.xml, split every 50,000 URLs (the protocol's limit); announced in robots.txt.
    // Embed frames (`noindex`: /embed/ and /embed/days/<day>/) are left out; tests/e2e/feeds.spec.ts
    // checks that no listed page is noindex.
    sitemap({ entryLimit: 50_000, filter: (page) => !/\/embed\/(days\/[^/]+\/)?$/.test(new URL(page).pathname) }),
    // Prints the build summary and stops the build if an article went missing; the report itself,
    // dist/build-report.json, comes from src/pages/build-report.json.ts.
    buildReport(),
    // dist/pagefind/: the full-text index, written by Pagefind while the pages render.
    searchIndex(),
  ],
});
