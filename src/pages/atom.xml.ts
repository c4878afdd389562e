/** `/atom.xml`: Atom 1.0 of every event, newest first (src/lib/feeds/atom.ts). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { atomFeed } from '../lib/feeds/atom.ts';
import { FEED_PATHS } from '../lib/feeds/discovery.ts';
import { CONTENT_TYPES, feedSite } from '../lib/feeds/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = atomFeed(await getTimeline(), feedSite(site, import.meta.env.BASE_URL), { selfPath: FEED_PATHS.atom });
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.atom } });
};
