/**
 * The hand-over of the search records from the pages' data layer to the search-index integration
 * (`src/integrations/search-index.ts`). Both run in the one `astro build` process but in different
 * module graphs, so they meet on `globalThis`. During a build the integration opens the sink; the
 * data layer submits the records as soon as the timeline exists, and Pagefind (a process of its
 * own) indexes them on another core while Astro renders the pages. Outside a build (dev server,
 * tests) there is no sink and nothing is indexed.
 */
import type { SearchRecord } from '../facets/search.ts';
import { processSlot } from './slot.ts';

export interface SearchSink {
  submit(records: SearchRecord[]): void;
}

const sink = processSlot<SearchSink>('search-sink');

export function searchSink(): SearchSink | undefined {
  return sink.get();
}

export function setSearchSink(value: SearchSink | undefined): void {
  sink.set(value);
}
