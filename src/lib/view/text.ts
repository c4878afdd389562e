/** Small wording helpers for pages. */
import { formatDayRange } from './dates.ts';

export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "March 14 – 20, 2025": the span of two calendar days. */
export function dayRange(first: string, last: string): string {
  return formatDayRange(first, last);
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
