/**
 * Writes the Pagefind full-text index after `astro build`: `node scripts/search-index.ts [dist]`.
 * Reads the records `src/pages/search/records.json.ts` wrote (events and articles with their day and outlet),
 * writes `dist/pagefind/`, then removes the records file, which is not part of the site.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dist = process.argv[2] ?? 'dist';
const recordsFile = join(dist, 'search', 'records.json');

function fail(message: string): never {
  console.error(`search index: ${message}`);
  process.exit(1);
}

let records: { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]>; sort: Record<string, string> }[];
try {
  records = JSON.parse(await readFile(recordsFile, 'utf8'));
} catch (error) {
  fail(`cannot read ${recordsFile} (${(error as Error).message}); run \`astro build\` first`);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors.join('; '));
for (const record of records) {
  const { errors: recordErrors } = await index.addCustomRecord({ ...record, language: 'en' });
  if (recordErrors.length) fail(`${record.url}: ${recordErrors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(written.errors.join('; '));
await pagefind.close();
await rm(recordsFile);
// Only the JS API is used (the search page has its own small UI, CSP-clean): drop Pagefind's prebuilt UIs.
for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
  await rm(join(dist, 'pagefind', file), { force: true });
}
console.log(`search index: ${records.length} records (events and articles) → ${join(dist, 'pagefind')}/`);
