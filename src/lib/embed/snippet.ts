/**
 * Embeds: the URLs of the embeddable pages, the copy-paste snippets and the oEmbed responses.
 * Pure functions, no Astro imports: pages pass the site's absolute root
 * (`new URL(import.meta.env.BASE_URL, Astro.site)`), so everything honours `site` and `base`.
 */

/** What can be embedded: the whole timeline, or one day of it. */
export type EmbedTarget = { kind: 'timeline' } | { kind: 'day'; date: string };

export const TIMELINE: EmbedTarget = { kind: 'timeline' };

export function dayTarget(date: string): EmbedTarget {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a YYYY-MM-DD day: ${date}`);
  return { kind: 'day', date };
}

/**
 * The iframe sandbox: scripts (options and auto-height) on its own origin, links that open the
 * full site on top (only on a click) or in a new tab, nothing else (no forms, no modals).
 */
export const SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** Default size announced by oEmbed and used by the plain iframe snippet. */
export const DEFAULT_WIDTH = 640;
export const MIN_HEIGHT = 240;
export const MAX_HEIGHT = 1600;

/** The page of the full site that an embed shows, relative to the base (`''`, `days/2024-03-04/`). */
export function pagePath(target: EmbedTarget): string {
  return target.kind === 'day' ? `days/${target.date}/` : '';
}

/** The embeddable page, relative to the base. */
export function embedPath(target: EmbedTarget): string {
  return `embed/${pagePath(target)}`;
}

/** The static oEmbed response, relative to the base. */
export function oembedPath(target: EmbedTarget): string {
  return target.kind === 'day' ? `oembed/days/${target.date}.json` : 'oembed/timeline.json';
}

/** The site's absolute root URL with a trailing slash: `https://news.example/timeline/`. */
export function siteRoot(site: string | URL | undefined, base: string): string {
  if (!site) throw new Error('`site` is not configured: set NEWS_TIMELINE_SITE (or `site` in astro.config.mjs) so embeds get absolute URLs');
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(path, site).href;
}

export interface EmbedUrls {
  /** The full site's page (what the embed shows, where its links lead). */
  page: string;
  /** The embeddable page. */
  embed: string;
  /** Its static oEmbed response. */
  oembed: string;
  /** The loader script. */
  script: string;
}

export function embedUrls(root: string, target: EmbedTarget): EmbedUrls {
  return {
    page: new URL(pagePath(target), root).href,
    embed: new URL(embedPath(target), root).href,
    oembed: new URL(oembedPath(target), root).href,
    script: new URL('embed.js', root).href,
  };
}

/** Escapes text for an HTML attribute value in double quotes or for element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Embed URL options (see docs/embedding.md); only the given ones are added to the query. */
export interface EmbedOptions {
  theme?: 'light' | 'dark' | 'auto' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  event?: string | undefined;
  start?: 'latest' | 'earliest' | undefined;
  compact?: boolean | undefined;
  limit?: number | undefined;
  target?: '_top' | '_blank' | undefined;
}

/** The embed URL with its options in the query string. */
export function withOptions(embedUrl: string, options: EmbedOptions = {}): string {
  const url = new URL(embedUrl);
  const set = (k: string, v: string | undefined) => {
    if (v !== undefined && v !== '') url.searchParams.set(k, v);
  };
  set('theme', options.theme);
  set('from', options.from);
  set('to', options.to);
  set('event', options.event);
  set('start', options.start);
  if (options.compact) set('compact', '1');
  if (options.limit !== undefined && Number.isInteger(options.limit) && options.limit > 0) set('limit', String(options.limit));
  if (options.target === '_blank') set('target', '_blank');
  return url.href;
}

export interface SnippetInput {
  urls: EmbedUrls;
  /** Accessible name of the iframe, and the text of the no-JavaScript fallback link. */
  title: string;
  /** Embed URL with options; defaults to `urls.embed`. */
  src?: string | undefined;
}

/**
 * The recommended snippet: a div the loader turns into an auto-sized iframe, with a plain link
 * to the full page inside it for readers (and feed readers) without JavaScript.
 */
export function loaderSnippet({ urls, title, src }: SnippetInput): string {
  return (
    `<div data-news-timeline="${escapeHtml(src ?? urls.embed)}"><a href="${escapeHtml(urls.page)}">${escapeHtml(title)}</a></div>\n` +
    `<script async src="${escapeHtml(urls.script)}"></script>`
  );
}

/** The same as a custom element, for authors who prefer it. */
export function elementSnippet({ urls, title, src }: SnippetInput): string {
  return (
    `<news-timeline src="${escapeHtml(src ?? urls.embed)}"><a href="${escapeHtml(urls.page)}">${escapeHtml(title)}</a></news-timeline>\n` +
    `<script async src="${escapeHtml(urls.script)}"></script>`
  );
}

/** A plain iframe (no script at all, fixed height): what oEmbed consumers receive. */
export function iframeSnippet({ urls, title, src, width = DEFAULT_WIDTH, height }: SnippetInput & { width?: number; height: number }): string {
  return (
    `<iframe src="${escapeHtml(src ?? urls.embed)}" title="${escapeHtml(title)}" width="${width}" height="${height}" ` +
    `loading="lazy" sandbox="${SANDBOX}" referrerpolicy="strict-origin-when-cross-origin" style="border:0;max-width:100%"></iframe>`
  );
}

/**
 * A height that shows the embed without an inner scrollbar in most cases, for consumers that
 * cannot run the loader: a header and footer plus a card per event and a heading per day.
 */
export function estimateHeight(days: number, events: number): number {
  const h = 120 + days * 56 + events * 104;
  return Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.round(h / 10) * 10));
}

/** https://oembed.com/ §2.3.4, type `rich`. */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

export function oembedResponse(input: {
  urls: EmbedUrls;
  root: string;
  title: string;
  providerName: string;
  days: number;
  events: number;
}): OEmbedRich {
  const height = estimateHeight(input.days, input.events);
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.root,
    html: iframeSnippet({ urls: input.urls, title: input.title, height }),
    width: DEFAULT_WIDTH,
    height,
    cache_age: 3600,
  };
}
