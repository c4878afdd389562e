import type { Dct } from './dct.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A value that still needs a direction (past / future) before it can be written. */
export type Pending =
  /** a weekday; `relative` = 'the previous/following Friday' (relative to the day under discussion) */
  | { kind: 'weekday'; weekday: number; relative?: -1 | 1 }
  /** 'the weekend' (direction from tense) */
  | { kind: 'weekend' }
  /** 'that year', 'the following year': the year under discussion plus offset */
  | { kind: 'anchoryear'; offset: number }
  /** 'that month', 'the following month': the month under discussion plus offset */
  | { kind: 'anchormonth'; offset: number }
  /** 'that week', 'the following week': the week of the day under discussion plus offset */
  | { kind: 'anchorweek'; offset: number }
  | { kind: 'monthday'; month: number; day: number }
  | { kind: 'month'; month: number }
  | { kind: 'season'; season: string }
  /** 'on the 14th': that day of the month under discussion, else of the month nearest the DCT that the tense allows */
  | { kind: 'dayofmonth'; day: number }
  /** the day under discussion (a clock time or 'that day' with no date of its own) */
  /** narrativeOffset: the offset instead when the day under discussion anchors it ('a debate that ran past midnight': that day's midnight, else last night's) */
  /** 'the previous quarter': the quarter under discussion (the last one named), plus or minus offset */
  | { kind: 'anchorquarter'; offset: number }
  /** 'an hour earlier', 'about 25 minutes later': the clock time under discussion plus minutes */
  | { kind: 'anchorclock'; minutes: number }
  /** 'that autumn', 'the following spring', 'the following January': a season or month of the year under discussion, or the
   * first one after (rel 1) or before (rel -1) the time under discussion */
  | { kind: 'anchorcycle'; season?: string; month?: number; rel: -1 | 0 | 1 }
  | { kind: 'anchorday'; offset: number; narrativeOffset?: number; closesDay?: boolean };

/** Internal candidate produced by parsers and reshaped by refiners. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: string;
  anchor?: 'dct' | 'narrative' | 'absolute';
  direction?: 'past' | 'future' | 'same';
  rule: string;
  /** unresolved calendar value (resolved by the direction refiner) */
  pending?: Pending;
  /** suffix appended to a day value after resolution: 'TMO', 'T21:25' ... */
  suffix?: string;
  /** UTC offset (minutes) stated with a clock time ('9:25 pm ET') */
  zone?: number;
  /** days added to the resolved day ('the day before last Tuesday' = last Tuesday - 1) */
  shift?: number;
  /** write the resolved day as its ISO week ('the week of March 6') */
  asWeek?: boolean;
  /** higher wins when candidates overlap with equal length */
  priority?: number;
  /**
   * Recognised as a date but refused ('Feb. 30', '11/31/2025', 'in 3025'): kept through the refiners
   * (with an empty value, so nothing combines with it or resolves against it) to claim its span,
   * then reported through `TimexOptions.onReject` instead of being output.
   */
  rejected?: { reason: string; value: string };
}

export interface Ctx {
  text: string;
  dct: Dct;
}

export type Parser = (ctx: Ctx) => Candidate[];
export type Refiner = (ctx: Ctx, cands: Candidate[]) => Candidate[];
