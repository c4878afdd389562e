/**
 * The seam between Astro and the pure pipeline: `getTimeline()` reads the `articles` collection,
 * runs the pipeline once per build (memoised) and returns the `Timeline` the pages render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleInput, Timeline } from '../timeline/types.ts';
import { analyzeAll, buildTimeline } from '../timeline/pipeline.ts';

let memo: Promise<Timeline> | undefined;

/** The article as the pipeline receives it. */
export function toArticleInput(entry: CollectionEntry<'articles'>): ArticleInput {
  const d = entry.data;
  return {
    slug: entry.id,
    file: entry.filePath ?? `${entry.id}.md`,
    title: d.title,
    subtitle: d.subtitle,
    publisher: d.publisher,
    authors: d.authors,
    url: d.url,
    published: d.published,
    updated: d.updated,
    timezone: d.timezone,
    dateline: d.dateline,
    captions: d.captions,
    body: entry.body ?? '',
  };
}

/** The timeline of the whole collection, built once per build. */
export function getTimeline(): Promise<Timeline> {
  memo ??= (async () => {
    const entries = await getCollection('articles');
    return buildTimeline(analyzeAll(entries.map(toArticleInput)));
  })();
  return memo;
}
