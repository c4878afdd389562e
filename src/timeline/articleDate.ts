/**
 * Stage 2 — the article's date: what its relative expressions ("Sunday", "earlier in the day")
 * resolve against. Stated (`published` ?? `updated`) or inferred from the text (body and captions).
 * Pure calendar arithmetic in UTC on calendar fields: never the machine's zone, never the clock.
 */
import type { ArticleDate, ArticleInput } from './types.ts';
import { MONTHS, WEEKDAYS } from './constants.ts';

/** What the other articles of the collection tell us, for recovering a missing year. */
export interface CollectionContext {
  /** Calendar days (YYYY-MM-DD) of the articles whose date is stated. */
  knownDays: string[];
}

export class ArticleDateError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.name = 'ArticleDateError';
    this.file = file;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const ymd = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Day of week (0 = Sunday) of a calendar date, zone-free. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function isRealDate(y: number, m: number, d: number): boolean {
  const p = new Date(Date.UTC(y, m - 1, d));
  return p.getUTCFullYear() === y && p.getUTCMonth() === m - 1 && p.getUTCDate() === d;
}

/** Days since 1970-01-01 of a YYYY-MM-DD string. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The date stated in the frontmatter, if any. */
export function statedDate(input: ArticleInput): ArticleDate | null {
  const value = input.published ?? input.updated;
  if (!value) return null;
  return {
    value,
    // The stated local date-time: its first ten characters are the calendar day in its own offset.
    day: value.slice(0, 10),
    precision: value.includes('T') ? 'minute' : 'day',
    source: input.published ? 'published' : 'updated',
  };
}

interface Candidate {
  day: string;
  evidence: string;
  /** Position in the text, for stable ordering of equal days. */
  at: number;
}

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_RE = '(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?)(?:day)?';

/** "March 14, 2024", "Mar. 14, 2024", optionally preceded by a weekday. */
const FULL_DATE = new RegExp(`(?:\\b${WEEKDAY_RE},?\\s+)?\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
/** "16 March 2025" */
const FULL_DATE_DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})\\b`, 'gi');
/** "03/16/2025" (US order) */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
/** "2024-03-14" */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** "Monday, March 17" without a year */
const WEEKDAY_MONTH_DAY = new RegExp(`\\b${WEEKDAY_RE},?\\s+(?:the\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, 'gi');
/** A dateline at the very start: "WASHINGTON, March 3 (Reuters) —", "NAIROBI — Feb. 2, 2022" */
const DATELINE = new RegExp(`^\\s*[A-Z][A-Z .'-]{1,40}(?:,\\s*[A-Za-z. ]{2,20})?\\s*(?:,|—|–|-)\\s*${MONTH_RE}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?`);

function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}
function weekdayNumber(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return WEEKDAYS.findIndex((w) => w.startsWith(n));
}

/**
 * Was the date reported as something that already happened? Looks at the words just before the
 * expression: deadlines and plans ("until", "by", "will … on") are not evidence of the article's date.
 */
function reportedAsPast(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
  const clause = before.slice(clauseStart + 1);
  if (/\b(until|till|by|before|deadline|due|expires?|scheduled for|set for)\s*(?:the\s+)?(?:\w+,?\s+)?$/i.test(clause)) return false;
  if (/\b(will|shall|is to|are to|plans? to|is set to|are set to|is expected to|are expected to|next)\b/i.test(clause)) return false;
  return true;
}

function quote(s: string): string {
  return `‘${s.trim()}’`;
}

/**
 * Infer the article's date from its text (body, then captions): the latest date reported in the past
 * among full dates, weekday + month-day pairs (year recovered from weekday agreement, closest to the
 * other articles of the collection), and the dateline.
 */
export function inferDate(input: ArticleInput, text: string, ctx: CollectionContext): ArticleDate | null {
  const sources = [text, ...input.captions];
  const candidates: Candidate[] = [];
  let offset = 0;
  const unresolved: string[] = [];
  for (const source of sources) {
    for (const m of source.matchAll(FULL_DATE)) {
      const month = monthNumber(m[2]!);
      const y = Number(m[4]);
      const d = Number(m[3]);
      if (!month || !isRealDate(y, month, d)) continue;
      if (m[1] && weekdayNumber(m[1]) !== weekdayOf(y, month, d)) continue; // inconsistent weekday: not trusted
      if (!reportedAsPast(source, m.index)) continue;
      candidates.push({ day: ymd(y, month, d), evidence: `${quote(m[0])} mentioned in the text`, at: offset + m.index });
    }
    for (const m of source.matchAll(FULL_DATE_DMY)) {
      const month = monthNumber(m[2]!);
      const y = Number(m[3]);
      const d = Number(m[1]);
      if (!month || !isRealDate(y, month, d) || !reportedAsPast(source, m.index)) continue;
      candidates.push({ day: ymd(y, month, d), evidence: `${quote(m[0])} mentioned in the text`, at: offset + m.index });
    }
    for (const m of source.matchAll(NUMERIC_DATE)) {
      const month = Number(m[1]);
      const d = Number(m[2]);
      const y = Number(m[3]);
      if (!isRealDate(y, month, d) || !reportedAsPast(source, m.index)) continue;
      candidates.push({ day: ymd(y, month, d), evidence: `${quote(m[0])} mentioned in the text`, at: offset + m.index });
    }
    for (const m of source.matchAll(ISO_DATE)) {
      const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isRealDate(y, month, d) || !reportedAsPast(source, m.index)) continue;
      candidates.push({ day: ymd(y, month, d), evidence: `${quote(m[0])} mentioned in the text`, at: offset + m.index });
    }
    for (const m of source.matchAll(WEEKDAY_MONTH_DAY)) {
      const weekday = weekdayNumber(m[1]!);
      const month = monthNumber(m[2]!);
      const d = Number(m[3]);
      if (!month || weekday < 0 || !reportedAsPast(source, m.index)) continue;
      const year = recoverYear(month, d, weekday, ctx);
      if (year === null) {
        unresolved.push(m[0]);
        continue;
      }
      candidates.push({
        day: ymd(year, month, d),
        evidence: `${quote(m[0])} reported in the past tense; ${month}/${d} falls on a ${WEEKDAYS[weekday]} in ${year}, the nearest such year to the other articles`,
        at: offset + m.index,
      });
    }
    offset += source.length + 2;
  }
  const dl = DATELINE.exec(text);
  if (dl) {
    const month = monthNumber(dl[1]!);
    const d = Number(dl[2]);
    if (month) {
      const year = dl[3] ? Number(dl[3]) : nearestYear(month, d, ctx);
      if (year !== null && isRealDate(year, month, d)) {
        candidates.push({ day: ymd(year, month, d), evidence: `the dateline ${quote(dl[0])}`, at: -1 });
      } else {
        unresolved.push(dl[0]);
      }
    }
  }
  if (candidates.length === 0) {
    if (unresolved.length > 0) {
      throw new ArticleDateError(
        input.file,
        `${input.file}: cannot tell the year of ${unresolved.map(quote).join(', ')} (no other dated article to compare with). Add \`published: "YYYY-MM-DD"\` to its frontmatter.`,
      );
    }
    return null;
  }
  // The latest date reported in the past; ties → first mention.
  candidates.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.at - b.at));
  const best = candidates[0]!;
  return { value: best.day, day: best.day, precision: 'day', source: 'inferred', evidence: best.evidence };
}

/** Median of the collection's known days (as day numbers), or null when there are none. */
function collectionCentre(ctx: CollectionContext): number | null {
  if (ctx.knownDays.length === 0) return null;
  const nums = ctx.knownDays.map(dayNumber).sort((a, b) => a - b);
  return nums[Math.floor((nums.length - 1) / 2)]!;
}

/**
 * The year in which month/day falls on `weekday`, choosing among candidate years (every 5–11 years
 * repeat) the one closest to the collection's other articles; null when there is nothing to compare with.
 */
export function recoverYear(month: number, day: number, weekday: number, ctx: CollectionContext): number | null {
  const centre = collectionCentre(ctx);
  if (centre === null) return null;
  const centreYear = new Date(centre * 86_400_000).getUTCFullYear();
  let best: number | null = null;
  let bestDist = Infinity;
  for (let y = centreYear - 30; y <= centreYear + 30; y++) {
    if (!isRealDate(y, month, day) || weekdayOf(y, month, day) !== weekday) continue;
    const dist = Math.abs(dayNumber(ymd(y, month, day)) - centre);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

function nearestYear(month: number, day: number, ctx: CollectionContext): number | null {
  const centre = collectionCentre(ctx);
  if (centre === null) return null;
  const cy = new Date(centre * 86_400_000).getUTCFullYear();
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [cy - 1, cy, cy + 1]) {
    if (!isRealDate(y, month, day)) continue;
    const dist = Math.abs(dayNumber(ymd(y, month, day)) - centre);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/** The article's date: stated, else inferred; throws (naming the file) when it cannot be determined. */
export function articleDate(input: ArticleInput, text: string, ctx: CollectionContext): ArticleDate {
  const stated = statedDate(input);
  if (stated) return stated;
  const inferred = inferDate(input, text, ctx);
  if (inferred) return inferred;
  throw new ArticleDateError(
    input.file,
    `${input.file}: the article states no date and none can be inferred from its text (no full date, weekday with month and day, or dateline). Add \`published: "YYYY-MM-DD"\` to its frontmatter.`,
  );
}
