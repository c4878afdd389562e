/** `/timelinejs.json`: the timeline in TimelineJS3's JSON format (src/lib/feeds/timelinejs.ts). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { timelineJsString } from '../lib/feeds/timelinejs.ts';
import { CONTENT_TYPES, feedSite } from '../lib/feeds/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = timelineJsString(await getTimeline(), feedSite(site, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.data } });
};
