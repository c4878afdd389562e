/**
 * URL slugs for actors and outlets: `/actors/<slug>/`, `/outlets/<slug>/`.
 * Deterministic and locale-independent (never the machine's locale).
 */

/**
 * Lower-case kebab-case: Latin diacritics folded ("Dvorak" and "Dvořák" agree), apostrophes dropped,
 * `&` read as "and", a leading "the" dropped; letters of other scripts are kept as they are.
 */
export function slugify(name: string): string {
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
