/** `dist/timeline.json`: the whole timeline in the documented schema (see README). */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { toTimelineJson } from '../timeline/json.ts';

export const GET: APIRoute = async () => {
  const timeline = await getTimeline();
  const body = JSON.stringify(toTimelineJson(timeline, import.meta.env.BASE_URL), null, 2) + '\n';
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
