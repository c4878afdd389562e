/** `/rss.xml`: RSS 2.0 of every event, newest first (src/lib/feeds/rss.ts). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { rssFeed } from '../lib/feeds/rss.ts';
import { FEED_PATHS } from '../lib/feeds/discovery.ts';
import { CONTENT_TYPES, feedSite } from '../lib/feeds/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = await rssFeed(await getTimeline(), feedSite(site, import.meta.env.BASE_URL), { selfPath: FEED_PATHS.rss });
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.rss } });
};
