/** `/feed.json`: JSON Feed 1.1 of every event, newest first (src/lib/feeds/jsonfeed.ts). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { jsonFeedString } from '../lib/feeds/jsonfeed.ts';
import { FEED_PATHS } from '../lib/feeds/discovery.ts';
import { CONTENT_TYPES, feedSite } from '../lib/feeds/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = jsonFeedString(await getTimeline(), feedSite(site, import.meta.env.BASE_URL), { selfPath: FEED_PATHS.json });
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.json } });
};
