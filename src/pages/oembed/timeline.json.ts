/** Static oEmbed response for the whole timeline (discovered from `/` and `/embed/`). */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/data.ts';
import { rootFrom } from '../../lib/embed/astro.ts';
import { embedInfo } from '../../lib/embed/view.ts';
import { TIMELINE } from '../../lib/embed/snippet.ts';

export const GET: APIRoute = async ({ site }) => {
  const view = await getSite();
  const { oembed } = embedInfo(rootFrom(site), TIMELINE, view.days);
  return new Response(`${JSON.stringify(oembed, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
