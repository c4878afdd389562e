/** `/robots.txt`: allow all, announce the sitemap index (written by @astrojs/sitemap). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/feeds/robots.ts';
import { CONTENT_TYPES, feedSite } from '../lib/feeds/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(feedSite(site, import.meta.env.BASE_URL)), { headers: { 'Content-Type': CONTENT_TYPES.text } });
