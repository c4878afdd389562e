/**
 * The seam between embeds and Astro's configuration: the absolute site root from `site`
 * (NEWS_TIMELINE_SITE) and `base` (NEWS_TIMELINE_BASE).
 */
import { siteRoot } from './snippet.ts';

export function rootFrom(site: URL | undefined): string {
  return siteRoot(site, import.meta.env.BASE_URL);
}
