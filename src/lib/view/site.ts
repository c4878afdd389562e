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
