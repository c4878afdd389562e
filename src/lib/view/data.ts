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

let articles: Promise<Map<string, ArticleView>> | undefined;

/** Full article views (body blocks and sentences, cited sentences linked to their events), by slug. */
export function getArticleViews(): Promise<Map<string, ArticleView>> {
  articles ??= getSite().then(({ timeline }) => {
    const cites = citationIndex(timeline.events);
    return new Map(timeline.articles.map((a) => [a.input.slug, articleView(a, cites.get(a.input.slug))]));
  });
  return articles;
}
