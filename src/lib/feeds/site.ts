/** The `FeedSite` of this build, from the configured `site` and base (passed in: no Astro import here). */
import { SITE_NAME, SITE_TAGLINE } from '../view/site.ts';
import type { FeedSite } from './items.ts';

/** Used only when astro.config has no `site` (it always sets one; see NEWS_TIMELINE_SITE). */
const FALLBACK_SITE = 'http://localhost:4321';

export function feedSite(site: URL | string | undefined, base: string): FeedSite {
  return { site: site ? new URL(site).origin : FALLBACK_SITE, base, title: SITE_NAME, description: SITE_TAGLINE, language: 'en' };
}

export const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
  data: 'application/json; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;
