/** `/scheduled.xml`: RSS 2.0 of scheduled items only (deadlines, planned talks). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { rssFeed } from '../lib/feeds/rss.ts';
import { FEED_PATHS } from '../lib/feeds/discovery.ts';
import { CONTENT_TYPES, feedSite } from '../lib/feeds/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const fs = feedSite(site, import.meta.env.BASE_URL);
  const body = await rssFeed(await getTimeline(), fs, {
    selfPath: FEED_PATHS.scheduledRss,
    kind: 'scheduled',
    title: `${fs.title}: scheduled`,
    description: 'Deadlines, planned talks and other things due, with their sources.',
  });
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.rss } });
};
