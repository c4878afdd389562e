/** Site-wide names and navigation, shared by the layout, feeds and embeds. */
import { homePath, withBase } from './urls.ts';

export const SITE_NAME = 'News Timeline';
export const SITE_TAGLINE = 'What happened, day by day, with every claim cited to its source.';

export interface NavItem {
  label: string;
  href: string;
}

/** Main navigation; other features (search, feeds, archives) add their entries here. */
export function mainNav(): NavItem[] {
  return [
    { label: 'Timeline', href: homePath() },
    { label: 'Archive', href: withBase('months/') },
    { label: 'Sources', href: withBase('articles/') },
    { label: 'Actors', href: withBase('actors/') },
    { label: 'Outlets', href: withBase('outlets/') },
    { label: 'Search', href: withBase('search/') },
  ];
}

/** Longest <title> we emit (search engines cut longer ones; html-validate's `long-title`). */
export const MAX_TITLE = 70;

const ENTITY_EXTRA: Record<string, number> = { "'": 4, '"': 5, '&': 4, '<': 3, '>': 3 };

/** Length of a text once HTML-escaped as Astro writes it (`'` → `&#39;`): validators count that. */
export function escapedLength(text: string): number {
  let n = text.length;
  for (const ch of text) n += ENTITY_EXTRA[ch] ?? 0;
  return n;
}

/** "<page> · News Timeline", or the page title alone (shortened on a word) when that would be too long. */
export function pageTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} · ${SITE_NAME}`;
  if (escapedLength(full) <= MAX_TITLE) return full;
  if (escapedLength(title) <= MAX_TITLE) return title;
  let budget = MAX_TITLE - 1;
  let end = 0;
  for (const ch of title) {
    budget -= 1 + (ENTITY_EXTRA[ch] ?? 0);
    if (budget < 0) break;
    end += ch.length;
  }
  const cut = title.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
