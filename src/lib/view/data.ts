/**
 * The one place pages get their data from: the pipeline's timeline, turned into view models once
 * per build (memoised). Switching the source is a one-line change here.
 */
import type { Timeline } from '../../timeline/types.ts';
import { getTimeline } from '../timeline.ts';
import { articleView, citationIndex, siteView, type ArticleView, type SiteView } from './model.ts';

function loadTimeline(): Promise<Timeline> {
  return getTimeline();
}

let site: Promise<SiteView> | undefined;

/** Every day, event and article summary of the site, built once per build. */
export function getSite(): Promise<SiteView> {
  site ??= loadTimeline().then(siteView);
  return site;
}

let cites: Promise<ReturnType<typeof citationIndex>> | undefined;

/** The slugs of every article page, in the timeline's order. */
export async function getArticleSlugs(): Promise<string[]> {
  return (await getSite()).timeline.articles.map((a) => a.input.slug);
}

/**
 * One article's full view (body blocks and sentences, cited sentences linked to their events),
 * built when its page renders: each article page renders once, and holding the views of a whole
 * archive at once cost about 40 MB per thousand articles.
 */
export async function getArticleView(slug: string): Promise<ArticleView | undefined> {
  const { timeline } = await getSite();
  cites ??= Promise.resolve(citationIndex(timeline.events));
  const article = articleBySlug(timeline).get(slug);
  return article ? articleView(article, (await cites).get(slug)) : undefined;
}

const bySlug = new WeakMap<Timeline, Map<string, Timeline['articles'][number]>>();
function articleBySlug(timeline: Timeline): Map<string, Timeline['articles'][number]> {
  let m = bySlug.get(timeline);
  if (!m) bySlug.set(timeline, (m = new Map(timeline.articles.map((a) => [a.input.slug, a]))));
  return m;
}
