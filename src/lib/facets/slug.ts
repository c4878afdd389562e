/**
 * URL slugs for actors and outlets: `/actors/<slug>/`, `/outlets/<slug>/`.
 * Deterministic and locale-independent (never the machine's locale).
 */

/**
 * Lower-case kebab-case: Latin diacritics folded ("Dvorak" and "Dvořák" agree), apostrophes dropped,
 * `&` read as "and", a leading "the" dropped; letters of other scripts are kept as they are.
 */
export function slugify(name: string): string {
  // Every page slugifies the names of its actors and outlets again: memoise (names are few, pages many).
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = slugOf(name);
    if (slugs.size >= MAX_MEMO) slugs.clear();
    slugs.set(name, slug);
  }
  return slug;
}

const slugs = new Map<string, string>();
const MAX_MEMO = 200_000;

function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/^\s*the\s+/u, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.normalize('NFC') || 'unnamed';
}
