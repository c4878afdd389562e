/** Small wording helpers for pages. */
import { formatDay } from './dates.ts';

export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Nov 21 – Nov 27, 2025" style range of two calendar days. */
export function dayRange(first: string, last: string): string {
  if (first === last) return formatDay(first, 'long');
  if (first.slice(0, 4) === last.slice(0, 4)) return `${formatDay(first, 'short')} – ${formatDay(last, 'long')}`;
  return `${formatDay(first, 'long')} – ${formatDay(last, 'long')}`;
}

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "Ann Lee, Bo Chen, and Cy Diaz". */
export function names(people: readonly string[]): string {
  return list.format(people);
}

/** "By Ann Lee and Bo Chen", or '' without authors. */
export function byline(authors: readonly string[]): string {
  return authors.length ? `By ${names(authors)}` : '';
}
