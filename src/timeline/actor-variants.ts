/**
 * One actor under one name across the collection. Outlets spell the same actor differently, and an
 * actor named two ways would get two pages and two facets:
 *
 * - **Transliterations and misspellings of a surname**: names that agree but for their last word,
 *   whose last words are at least 6 letters long, start with the same letter and are one edit apart
 *   (a letter added, dropped, changed, or two swapped): "Moammar Gadhafi" / "Moammar Gaddafi",
 *   "Mikhail Gorbachev" / "Mikhail Gorbachov"; "Boris Yeltsin" / "Borys Yeltsin" do not qualify
 *   (another first word), nor "John Baker" / "John Barker" (surnames too short to tell).
 * - **An organisation and its acronym**: an all-capitals name of 2 to 6 letters and the one name of
 *   as many significant words whose initials spell it ("NATO" / "North Atlantic Treaty
 *   Organization", "WHO" / "World Health Organization"; "of", "the", "and", "for" do not count).
 *   When two names spell the acronym, it stays apart from both; a person's initials spell none.
 *
 * Each group takes the name the collection uses most (then the longest, then the first in code-point
 * order). Single words other than acronyms are never merged: a bare "Ford" may be a person or a company.
 */
import type { TimelineEvent } from './types.ts';
import { cmp } from './order.ts';
import { isGivenName } from './actors.ts';

const MIN_SURNAME = 6;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&']);
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Whether two words are at most one edit apart (insertion, deletion, substitution or adjacent transposition). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // one substitution, or two adjacent letters swapped
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one letter more in the longer word
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The initials of a name's significant words ("North Atlantic Treaty Organization" → "NATO"), or
 * null for fewer than two, or for a person's name ("Mary Smith" is no "MS").
 */
function initials(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w)) || isGivenName(words[0]!)) return null;
  return words.map((w) => w[0]!).join('');
}

/** Each variant name → the name its group goes by (names without variants are left out). */
export function actorVariants(counts: ReadonlyMap<string, number>): Map<string, string> {
  const names = [...counts.keys()].sort(cmp);
  const parent = new Map(names.map((n) => [n, n]));
  const find = (n: string): string => {
    let r = n;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(n, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  // surname variants: names of two or more words, grouped by everything but the last word
  const byPrefix = new Map<string, { name: string; last: string }[]>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1]!.toLowerCase();
    if (last.length < MIN_SURNAME || !/^\p{L}+$/u.test(last)) continue;
    const prefix = words.slice(0, -1).join(' ').toLowerCase();
    const list = byPrefix.get(prefix) ?? [];
    for (const other of list) if (other.last[0] === last[0] && oneEditApart(other.last, last)) union(other.name, name);
    list.push({ name, last });
    byPrefix.set(prefix, list);
  }
  // acronyms, when only one name of the collection spells them ("UN" stays apart from both
  // "United Nations" and "Union Nationale")
  const acronyms = new Set(names.filter((n) => ACRONYM.test(n)));
  if (acronyms.size) {
    const spelt = new Map<string, string[]>();
    for (const name of names) {
      const i = initials(name);
      if (i && acronyms.has(i)) spelt.set(i, [...(spelt.get(i) ?? []), name]);
    }
    for (const [acronym, full] of spelt) if (full.length === 1) union(acronym, full[0]!);
  }
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const r = find(name);
    const g = groups.get(r);
    if (g) g.push(name);
    else groups.set(r, [name]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const chosen = [...group].sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length || cmp(a, b))[0]!;
    for (const name of group) if (name !== chosen) out.set(name, chosen);
  }
  return out;
}

/** The events with every actor under its group's name (in place; an event naming two variants keeps one). */
export function unifyActorNames(events: TimelineEvent[]): void {
  const counts = new Map<string, number>();
  for (const e of events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const variants = actorVariants(counts);
  if (variants.size === 0) return;
  for (const e of events) {
    if (!e.actors.some((a) => variants.has(a))) continue;
    e.actors = [...new Set(e.actors.map((a) => variants.get(a) ?? a))];
  }
}
