/**
 * Dates written in full that no calendar has: 'Feb. 30', 'April 31, 2025', '31 June 2024',
 * '11/31/2025', '2025-02-29', '2025-13-01'. chrono-node skips them (or keeps only the year), so
 * they would vanish without a word; here they become rejected candidates that claim their span
 * (no stray '2025' year is read out of 'April 31, 2025') and are reported, never placed.
 * A month-day without a year is refused only when no year has it ('Feb. 29' is left to the others).
 * A numeric date is refused only when neither month/day nor day/month order gives a real day.
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { fmtDay, pad, validDay } from '../calendar.ts';
import { MONTH_RE, WEEKDAY_RE, monthNumber } from '../constants.ts';

const REASON = 'not a real calendar date';
/** A day number that can be out of range for its month (1–28 always exist). */
const DAY = String.raw`(?<d>29|3[01])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?<y>[12]\d{3})`;
/** No digit, clock time, decimal or range continues the number. */
const END = String.raw`(?![\d:/\-]|[.,]\d)`;

function rejected(y: number | undefined, m: number, d: number): Omit<Candidate, 'start' | 'end' | 'rule'> | null {
  if (y === undefined ? validDay(2000, m, d) : validDay(y, m, d)) return null;
  const value = y === undefined ? `XXXX-${pad(m)}-${pad(d)}` : fmtDay({ y, m, d });
  // Wins a tie with the same span from chrono (which reads 'April 31' as a month-day to resolve).
  return { type: 'DATE', value: '', anchor: 'absolute', priority: 1, rejected: { reason: REASON, value } };
}

const rules: Rule[] = defineRules([
  {
    name: 'impossible-month-day',
    // 'April 31', 'Feb. 30, 2025', 'Monday, June 31'
    re: new RegExp(String.raw`(?:\b${WEEKDAY_RE},?\s+)?\b(?<mon>${MONTH_RE})\s+${DAY}\b(?:,?\s+${YEAR}\b)?${END}`, 'g'),
    make: (m) => rejected(m.groups!['y'] ? Number(m.groups!['y']) : undefined, monthNumber(m.groups!['mon']!)!, Number(m.groups!['d'])),
  },
  {
    name: 'impossible-day-month',
    // '31 April 2025', '30th of February'
    re: new RegExp(String.raw`(?<![\d.,])\b${DAY}\s+(?:of\s+)?(?<mon>${MONTH_RE})(?:,?\s+${YEAR}\b)?${END}`, 'g'),
    make: (m) => rejected(m.groups!['y'] ? Number(m.groups!['y']) : undefined, monthNumber(m.groups!['mon']!)!, Number(m.groups!['d'])),
  },
  {
    name: 'impossible-iso-date',
    // '2025-02-29', '2025-13-01'
    re: /(?<![\d\-/.])\b(?<y>[12]\d{3})-(?<m>\d{2})-(?<d>\d{2})\b(?![\d\-/]|[.,:]\d)/g,
    make: (m) => rejected(Number(m.groups!['y']), Number(m.groups!['m']), Number(m.groups!['d'])),
  },
  {
    name: 'impossible-slash-date',
    // '11/31/2025' (no reading as month/day or day/month is a real day)
    re: /(?<![\d\-/.])\b(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>[12]\d{3})\b(?![\d\-/]|[.,:]\d)/g,
    make: (m) => {
      const y = Number(m.groups!['y']);
      const a = Number(m.groups!['a']);
      const b = Number(m.groups!['b']);
      if (validDay(y, a, b) || validDay(y, b, a)) return null;
      return rejected(y, a <= 12 ? a : b, a <= 12 ? b : a);
    },
  },
]);

export function impossibleDatesParser(ctx: Ctx): Candidate[] {
  return runRules(ctx, rules);
}
