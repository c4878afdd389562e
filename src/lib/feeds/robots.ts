/** robots.txt: everything may be crawled; the sitemap index is announced with its absolute URL. */
import { siteUrl, type FeedSite } from './items.ts';

/** File name @astrojs/sitemap writes at the base path. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

export function robotsTxt(site: Pick<FeedSite, 'site' | 'base'>): string {
  const sitemap = siteUrl({ ...site, title: '', description: '', language: '' }, SITEMAP_INDEX);
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
}
