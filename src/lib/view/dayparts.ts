/**
 * Busy days on several pages. A day page quotes every citation of every event; on an archive's
 * busiest days (dozens of events, hundreds of reports) that outgrows the page-weight budget, so a
 * day is split into parts of whole events, each holding at most `maxCitations` citations (an event
 * with more than that has a part of its own). Part 1 is the day's page (`/days/YYYY-MM-DD/`), the
 * others follow it (`/days/YYYY-MM-DD/2/`, …). Every part lists the events of the other parts,
 * and part 1 gives each of them an anchor with the event's id, so a link to `/days/…/#<event id>`
 * (what feeds, search, embeds and exports use) still lands on the event's title, one click from
 * its quotes.
 */
/** The build's environment (none outside Node). */
const env: Record<string, string | undefined> = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** Citations per day page before the day is split: about 100 to 200 bytes each once gzipped, so a page stays well within 30 KB. */
export const DAY_PART_CITATIONS = 100;

/** The limit in use: `NEWS_TIMELINE_DAY_PAGE_CITATIONS` if set (tests use a small one), else the default. */
export function dayPartLimit(environment: Record<string, string | undefined> = env): number {
  const set = environment.NEWS_TIMELINE_DAY_PAGE_CITATIONS;
  if (set === undefined || set === '') return DAY_PART_CITATIONS;
  const n = Number(set);
  if (!Number.isInteger(n) || n < 1) throw new Error(`NEWS_TIMELINE_DAY_PAGE_CITATIONS must be a whole number of citations per day page (at least 1), not "${set}"`);
  return n;
}

/** The day's events in parts, in order: whole events, at most `maxCitations` citations a part unless one event alone has more. */
export function dayParts<E extends { citations: readonly unknown[] }>(events: readonly E[], maxCitations: number = dayPartLimit()): E[][] {
  const parts: E[][] = [];
  let current: E[] = [];
  let count = 0;
  for (const e of events) {
    const n = e.citations.length;
    if (current.length > 0 && count + n > maxCitations) {
      parts.push(current);
      current = [];
      count = 0;
    }
    current.push(e);
    count += n;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
