/**
 * Build-time only: the search records, read by `scripts/search-index.ts` (run after `astro build`),
 * which writes the Pagefind index to `dist/pagefind/` and removes this file from `dist/`.
 * URLs are from the site root: the search page gives the base to Pagefind as its `baseUrl`.
 */
import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { searchRecords } from '../../lib/facets/search.ts';

export const GET: APIRoute = async () => {
  const records = searchRecords(await getTimeline(), '/');
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
