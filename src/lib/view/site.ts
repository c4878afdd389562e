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
    { label: 'Sources', href: withBase('articles/') },
  ];
}

/** Longest <title> we emit (search engines cut longer ones; html-validate's `long-title`). */
export const MAX_TITLE = 70;

/** "<page> · News Timeline", or the page title alone (shortened on a word) when that would be too long. */
export function pageTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} · ${SITE_NAME}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
