/**
 * The seam between embeds and Astro: the absolute site root from `site` (NEWS_TIMELINE_SITE) and
 * `base` (NEWS_TIMELINE_BASE), and the embed info of a target from the site's view models.
 */
import { getSite } from '../view/data.ts';
import { TIMELINE, dayTarget, siteRoot } from './snippet.ts';
import { embedInfo, type EmbedInfo } from './view.ts';

export function rootFrom(site: URL | undefined): string {
  return siteRoot(site, import.meta.env.BASE_URL);
}

/** The embed info of the whole timeline, or of one day when `date` is given. */
export async function getEmbedInfo(site: URL | undefined, date?: string | undefined): Promise<EmbedInfo> {
  const view = await getSite();
  return embedInfo(rootFrom(site), date ? dayTarget(date) : TIMELINE, view.days);
}
