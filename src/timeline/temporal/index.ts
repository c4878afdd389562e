/**
 * Temporal-expression stage: find TIMEX3 expressions in English news text and
 * normalise them against the document creation time (DCT).
 *
 * Pipeline: parsers (chrono-node for absolute dates/times + news-rule parsers)
 * -> filters -> combine neighbours -> remove overlaps -> resolve directions.
 * Everything is computed from the DCT's local calendar date; the machine
 * clock and time zone are never read.
 */
import { datelineDay, parseDct } from './dct.ts';
import { calendarNamesCased } from './constants.ts';
import type { Candidate, Ctx, Parser, Refiner, TimexType } from './types.ts';
import { chronoParser } from './parsers/chrono.ts';
import { refsParser } from './parsers/refs.ts';
import { periodsParser } from './parsers/periods.ts';
import { durationsParser } from './parsers/durations.ts';
import { setsParser } from './parsers/sets.ts';
import { yearsParser } from './parsers/years.ts';
import { quartersParser } from './parsers/quarters.ts';
import { monthsParser } from './parsers/months.ts';
import { narrativeParser } from './parsers/narrative.ts';
import { clockParser } from './parsers/clock.ts';
import { impossibleDatesParser } from './parsers/impossible.ts';
import { filters } from './refiners/filters.ts';
import { combine } from './refiners/combine.ts';
import { removeOverlaps } from './refiners/overlap.ts';
import { resolve } from './refiners/resolve.ts';
import { plausible } from './refiners/plausible.ts';

export type { TimexType } from './types.ts';

export interface TimexOptions {
  /** Document creation time: 'YYYY-MM-DD' or ISO date-time with offset ('2024-03-03T21:25:00-05:00'). Calendar values are computed in that local date/offset, never in UTC or the machine zone. */
  dct: string;
  /** Called for each expression recognised as a date but refused ('Feb. 30', '11/31/2025', 'in 3025'), in text order; such expressions are not returned. */
  onReject?: ((rejected: RejectedTimex) => void) | undefined;
}

/** A date expression the stage refused, with why: for the build report ("not placed"), never placed on a day. */
export interface RejectedTimex {
  start: number;
  end: number;
  text: string;
  /** What it would have meant: '2024-11-31', 'XXXX-02-30', '3025'. */
  value: string;
  /** Why it was refused, in words: 'not a real calendar date', 'implausible year: …'. */
  reason: string;
  rule: string;
}

export interface Timex {
  /** JS string offsets into the input, end exclusive; text === input.slice(start, end) */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2024-03-03, 2024-03-02TEV, 2024-03-02T21:25, 2024-W47, 2024-11, 2024-Q4, 2024, 201, PRESENT_REF, P3D, XXXX-WXX-7 ... */
  value: string;
  /** TIMEX3 mod when present: START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE ... */
  mod?: string;
  /** how the value was resolved (provenance) */
  anchor?: 'dct' | 'narrative' | 'absolute';
  /** for relative/underspecified expressions, which way it was resolved */
  direction?: 'past' | 'future' | 'same';
  /** name of the parser/refiner that produced or changed it (provenance) */
  rule?: string;
}

/** Parsers in order of preference when two produce the same span. */
export const PARSERS: readonly Parser[] = [
  chronoParser, quartersParser, periodsParser, narrativeParser, refsParser, monthsParser, yearsParser, durationsParser, setsParser, clockParser,
  impossibleDatesParser,
];

/** Refiners, applied in order. */
export const REFINERS: readonly Refiner[] = [filters, removeOverlaps, combine, removeOverlaps, resolve, plausible];

export function extractTimexes(text: string, options: TimexOptions): Timex[] {
  const dct = datelineDay(text, parseDct(options.dct));
  // the parsers read a cased copy ('THURSDAY' as 'Thursday', same length); spans are cut from the text as given
  const ctx: Ctx = { text: calendarNamesCased(text), dct };
  let cands: Candidate[] = [];
  for (const p of PARSERS) cands.push(...p(ctx));
  for (const r of REFINERS) cands = r(ctx, cands);
  const out: Timex[] = [];
  for (const c of cands) {
    if (c.rejected) {
      options.onReject?.({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value: c.rejected.value, reason: c.rejected.reason, rule: c.rule });
      continue;
    }
    if (!c.value) continue;
    const t: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value };
    if (c.mod) t.mod = c.mod;
    if (c.anchor) t.anchor = c.anchor;
    if (c.direction) t.direction = c.direction;
    t.rule = c.rule;
    out.push(t);
  }
  return out;
}
