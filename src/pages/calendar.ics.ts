/** `/calendar.ics`: every event as an iCalendar VEVENT (src/lib/feeds/ical.ts). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { icalendar } from '../lib/feeds/ical.ts';
import { CONTENT_TYPES, feedSite } from '../lib/feeds/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = icalendar(await getTimeline(), feedSite(site, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.calendar } });
};
