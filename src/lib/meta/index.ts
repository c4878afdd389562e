/**
 * Open Graph and Twitter card tags for every page. Pure; the layout renders the list.
 * Descriptions are meaningful: a day page's is the titles of its events.
 */
import type { TimelineEvent } from '../../timeline/types.ts';
import { longDay } from '../feeds/dates.ts';
import { oneLine, truncate } from '../feeds/escape.ts';

/** OG descriptions beyond ~200 characters are cut by every consumer. */
export const DESCRIPTION_MAX = 200;

export interface ShareMeta {
  /** The page's own title (without the site name). */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  type: 'website' | 'article';
  siteName: string;
  /** e.g. `en_US`. */
  locale?: string | undefined;
  /** For `article`: when it was published / modified (ISO 8601). */
  publishedTime?: string | undefined;
  modifiedTime?: string | undefined;
  authors?: string[] | undefined;
  /** Absolute image URL and its alt text, when the page has one. */
  image?: { url: string; alt: string; width?: number; height?: number } | undefined;
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for Twitter. */
  attr: 'property' | 'name';
  key: string;
  content: string;
}

export function shareTags(meta: ShareMeta): MetaTag[] {
  const og = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attr: 'property', key: `og:${key}`, content }] : []);
  const tw = (key: string, content: string | undefined): MetaTag[] => (content ? [{ attr: 'name', key: `twitter:${key}`, content }] : []);
  const title = oneLine(meta.title);
  const description = truncate(meta.description, DESCRIPTION_MAX);
  return [
    ...og('type', meta.type),
    ...og('site_name', meta.siteName),
    ...og('title', title),
    ...og('description', description),
    ...og('url', meta.url),
    ...og('locale', meta.locale ?? 'en_US'),
    ...(meta.type === 'article'
      ? [
          ...(meta.publishedTime ? [{ attr: 'property' as const, key: 'article:published_time', content: meta.publishedTime }] : []),
          ...(meta.modifiedTime ? [{ attr: 'property' as const, key: 'article:modified_time', content: meta.modifiedTime }] : []),
          ...(meta.authors ?? []).map((a) => ({ attr: 'property' as const, key: 'article:author', content: oneLine(a) })),
        ]
      : []),
    ...(meta.image
      ? [
          ...og('image', meta.image.url),
          ...og('image:alt', meta.image.alt),
          ...og('image:width', meta.image.width?.toString()),
          ...og('image:height', meta.image.height?.toString()),
        ]
      : []),
    ...tw('card', meta.image ? 'summary_large_image' : 'summary'),
    ...tw('title', title),
    ...tw('description', description),
    ...(meta.image ? tw('image:alt', meta.image.alt) : []),
  ];
}

/** "Sunday, March 16, 2025: 3 events — A; B; C" (cut to the description budget). */
export function dayDescription(day: string, events: Pick<TimelineEvent, 'title' | 'kind'>[]): string {
  const titles = events.map((e) => `${e.kind === 'scheduled' ? 'Scheduled: ' : ''}${oneLine(e.title)}`);
  const count = events.length === 1 ? '1 event' : `${events.length} events`;
  return truncate(`${longDay(day)}, ${count}: ${titles.join('; ')}`, DESCRIPTION_MAX);
}

/** The timeline's description: its span and size, then the latest events. */
export function timelineDescription(tagline: string, events: Pick<TimelineEvent, 'title' | 'date'>[]): string {
  if (!events.length) return truncate(tagline, DESCRIPTION_MAX);
  const first = events[0]!.date;
  const last = events[events.length - 1]!.date;
  const span = first === last ? longDay(first) : `${longDay(first)} to ${longDay(last)}`;
  return truncate(`${events.length} ${events.length === 1 ? 'event' : 'events'}, ${span}. ${tagline}`, DESCRIPTION_MAX);
}
