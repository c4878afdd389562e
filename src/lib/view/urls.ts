/**
 * Every internal URL of the site, honouring the deployed base path (`base` in astro.config,
 * `import.meta.env.BASE_URL`). Pages, components, feeds and embeds build links only through these.
 * Works outside Vite too (CLI, benchmark): the base is then `/`.
 */

/** The configured base path, always with a trailing slash (`/`, `/timeline/`). */
export const BASE: string = normalizeBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');

export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** `days/2024-03-04/` → `/timeline/days/2024-03-04/` under base `/timeline`. */
export function withBase(path: string, base: string = BASE): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

export function homePath(base?: string): string {
  return withBase('', base);
}

export function dayPath(day: string, base?: string): string {
  return withBase(`days/${day}/`, base);
}

/** Page `part` of a busy day (see src/lib/view/dayparts.ts): the day's own page is part 1. */
export function dayPartPath(day: string, part: number, base?: string): string {
  return part <= 1 ? dayPath(day, base) : withBase(`days/${day}/${part}/`, base);
}

export function monthPath(month: string, base?: string): string {
  return withBase(`months/${month}/`, base);
}

/** The event's place on its day page. */
export function eventPath(event: { date: string; id: string }, base?: string): string {
  return `${dayPath(event.date, base)}#${encodeURIComponent(event.id)}`;
}

/** An article's page; slugs of articles in sub-folders (`2025/budget`) keep their slashes. */
export function articlePath(slug: string, base?: string): string {
  return withBase(`articles/${slug.split('/').map(encodeURIComponent).join('/')}/`, base);
}

/** Anchor id of a sentence on its article page. */
export function sentenceId(index: number): string {
  return `s-${index}`;
}

export function sentencePath(slug: string, index: number, base?: string): string {
  return `${articlePath(slug, base)}#${sentenceId(index)}`;
}

/** An absolute URL for a site path (feeds, embeds, canonical links), from the configured `site`. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** Only http(s) and mailto links are ever rendered from article content; anything else is null. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

const FRAGMENT_WORDS = 4;

/** Percent-encodes a text-fragment term: like encodeURIComponent, plus `-` (which the syntax reserves). */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Trims leading and trailing characters that are not letters or digits (quotes, dashes, full stops). */
function trimTerm(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
}

/**
 * The `:~:text=` directive that highlights a sentence on the original page: the whole sentence
 * when it is short, else `textStart,textEnd` from its first and last few words.
 * Returns undefined when the sentence has no words.
 */
export function textFragment(sentence: string, words: number = FRAGMENT_WORDS): string | undefined {
  const tokens = sentence.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return undefined;
  if (tokens.length <= words * 2) {
    const whole = trimTerm(tokens.join(' '));
    return whole ? `:~:text=${encodeFragmentTerm(whole)}` : undefined;
  }
  const start = trimTerm(tokens.slice(0, words).join(' '));
  const end = trimTerm(tokens.slice(-words).join(' '));
  if (!start || !end) return undefined;
  return `:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/** The original article's URL pointing at a sentence (any existing fragment replaced). */
export function originalSentenceUrl(url: string, sentence: string): string {
  const safe = safeHref(url);
  if (!safe) throw new Error(`not an http(s) URL: ${url}`);
  const bare = safe.replace(/#.*$/, '');
  const fragment = textFragment(sentence);
  return fragment ? `${bare}#${fragment}` : bare;
}
