/** Static oEmbed response for each day (discovered from `/days/…/` and `/embed/days/…/`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/view/data.ts';
import { rootFrom } from '../../../lib/embed/astro.ts';
import { embedInfo } from '../../../lib/embed/view.ts';
import { dayTarget } from '../../../lib/embed/snippet.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.days.map((day) => ({ params: { date: day.date }, props: { day } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const day = (props as { day: Parameters<typeof embedInfo>[2][number] }).day;
  const { oembed } = embedInfo(rootFrom(site), dayTarget(day.date), [day]);
  return new Response(`${JSON.stringify(oembed, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
