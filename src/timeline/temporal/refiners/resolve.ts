/**
 * Resolve underspecified values in document order:
 *  - weekdays: past by default ('said Monday'), ahead of the DCT with
 *    deadline/modal/future cues ('until Thursday', 'a Thursday deadline',
 *    'will meet Friday'), explicit 'last'/'next'/'this' win;
 *  - month-days and months without a year: the DCT's year, moved a year back
 *    or ahead when tense and distance say so ('in early August' in a March
 *    article is last August);
 *  - 'that day' / clock times: the day under discussion (last day mentioned), else the DCT;
 *  - 'the quarter' / 'a year earlier': the quarter in focus.
 */
import type { Candidate, Ctx } from '../types.ts';
import { addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtWeek, isoWeekday, pad, quarterOf, toDays, validDay, type Ymd } from '../calendar.ts';
import { PUT_OFF_UNTIL, clauseNarrativeYear, clauseYear, directionCueDetail, frontedYear, type Cue, type Direction } from '../cues.ts';
import { WEEKDAY_RANGE_AFTER, weekdayNumber } from '../constants.ts';
import { LASTED } from '../parsers/clock.ts';
import { weekdayAfter, weekdayBefore } from '../values.ts';
import { SOUTHERN_MONTHS_OF, southernHemisphere } from '../locale.ts';

/**
 * The year of a month-day named without one: the occurrence nearest the DCT,
 * where dates after the DCT cost an extra 100 days (news reports the past more
 * than it announces the future) unless a future cue is present, and dates on
 * the wrong side of a tense cue cost 60 more.
 */
function pickYear(dct: Ymd, month: number, day: number, cue: 'past' | 'future' | undefined, strong = false, cueN?: number): number {
  // 'will receive a premium over the closing price on June 2', written on June 18: a day earlier in the DCT's own month, its
  // future verb several words back across a noun phrase, is no day eleven months ahead (a writer would give next year's its
  // year); a verb right before it is its own ('the exhibit runs from March 1', 'the quarter ended Oct. 31' are another year's)
  if (cue === 'future' && month === dct.m && day < dct.d && cueN !== undefined && cueN > 3) return dct.y;
  let best = dct.y, bestCost = Infinity;
  const ref = toDays(dct);
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
    const d = validDay(y, month, day) ? day : 28;
    const diff = toDays({ y, m: month, d }) - ref;
    let cost = Math.abs(diff);
    if (diff > 0 && cue !== 'future') cost += 100;
    if (diff > 0 && cue === 'past') cost += strong ? 400 : 60; // 'the fiscal year ended Jan. 31' is behind the DCT
    if (diff < 0 && cue === 'future') cost += strong ? 400 : 60; // 'will ... in December' in a March article is this December
    if (cost < bestCost) { bestCost = cost; best = y; }
  }
  return best;
}

/** 'last Friday', 'next Monday', 'this past Sunday': never the DCT itself */
const NAMED_REL = /(?:^|\s)(?:last|next|past|this past|this coming|coming)\s/i;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Whether text[from, to) stays inside one sentence (no sentence end, no line break). */
const oneSentence = (text: string, from: number, to: number): boolean => !/[.!?;]\s|\n/.test(text.slice(from, to));
/** Whether a timex opens its sentence after a preposition ('On the night of June 5, 1944, he ...'). */
const frontsSentence = (text: string, o: Candidate | undefined): boolean => !!o
  && /(?:^|[.!?]\s+|\n\s*)(?:On|In|By|During|At|Early\s+on|Late\s+on)\s+$/.test(text.slice(Math.max(0, o.start - 20), o.start));
/** Which side of the DCT a day lies on. */
const sideOf = (day: Ymd, dct: Ymd): 'future' | 'same' | 'past' => (toDays(day) > toDays(dct) ? 'future' : toDays(day) === toDays(dct) ? 'same' : 'past');
/** The part of pos's sentence before pos, at most `span` characters back. */
const sentenceBefore = (text: string, pos: number, span: number): string => text.slice(Math.max(0, pos - span), pos).split(/[.!?;]\s|\n/).pop()!;

/** The month named last before c in c's sentence ('rose 5.2% in June from a year earlier'), with no quarter or day after it. */
/** the ISO week of the last week or day named in the sentence before c, within 150 characters ('the week ended June 5') */
function weekBefore(out: readonly Candidate[], c: Candidate, text: string): string | undefined {
  const last = out.findLast((o) => o.type === 'DATE' && /^\d{4}-(?:W\d\d|\d\d-\d\d)$/.test(o.value) && c.start - o.end < 150 && oneSentence(text, o.end, c.start));
  if (!last) return undefined;
  if (/W/.test(last.value)) return last.value;
  const [y, m, d] = last.value.split('-').map(Number) as [number, number, number];
  return fmtWeek({ y, m, d });
}

function monthBefore(out: readonly Candidate[], c: Candidate, text: string): Candidate | undefined {
  const last = out[out.length - 1];
  if (!last || last.type !== 'DATE' || !/^\d{4}-\d{2}$/.test(last.value) || c.start - last.end > 150) return undefined;
  return oneSentence(text, last.end, c.start) ? last : undefined;
}

/** 'three days later' with nothing to count from: the duration alone, its signal left out of the span */
function dropSignal(c: Candidate, text: string): void {
  const tail = /\s+(?:later|earlier)$/i.exec(text.slice(c.start, c.end));
  if (tail) c.end -= tail[0].length;
}

/** a clock time with its day: 2026-03-06T05:47 */
const CLOCK_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
/** the month a season is counted from, to order it after or before a month ('the winter of 2010' from its December) */
const CYCLE_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 12 };
/** the first and last months of the seasons that lie within one calendar year (northern hemisphere) */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11] };
/** a set after a clock time, in its clause: '8 a.m. to 5 p.m. daily', '9 a.m. each day', '6pm every night' */
/** words of a daily or weekly habit: 'daily', 'every morning', 'six days a week' */
const HABIT_SET = String.raw`daily|nightly|every\s+(?:day|night|morning|evening|weekday)|each\s+(?:day|night|morning|evening)|(?:two|three|four|five|six|seven|[2-7])\s+(?:days|nights)\s+a\s+week`;
const SET_AFTER_CLOCK = new RegExp(String.raw`^(?:\s*(?:to|until|till|and|-|\u2013)\s*[\d.:]+\s*(?:a\.m\.|p\.m\.|am|pm|noon|midnight)?)?(?:\s+(?:[A-Z]{2,4}|(?:Eastern|Central|Pacific|Mountain|Atlantic|local)(?:\s+time)?))?\s*(?:,\s*)?(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:to|through|thru|-|\u2013)\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${HABIT_SET}|(?:on\s+)?weekdays|(?:on\s+|at\s+)?weekends|(?:on|during)\s+(?:[a-z-]+\s+)?(?:days|nights)|(?:on\s+)?(?:both|each|every)\s+(?:[a-z-]+\s+)?day)\b`, 'i');
/** a set later in a clock time's clause: 'We work from 5am until the last passenger, seven days a week' */
const SET_IN_CLAUSE = new RegExp(String.raw`^[^.;!?\n]{0,80}?\b(?:${HABIT_SET}|on\s+weekdays|(?:on|at)\s+weekends)\b`, 'i');
/** a habit's or an opening time's hour: 'I used to leave at 9pm', 'the line is open from 8 a.m.', 'the night shift, which
 * runs from 4:30 p.m.' */
const HABIT_HOUR_BEFORE = /(?:\bused\s+to\s+(?:[a-z]+\s+){1,6}|\b(?:is|are)\s+(?:open|staffed|manned|closed)\s+(?:daily\s+)?|\bshifts?,?\s+(?:which|that)\s+(?:runs?|starts?|begins?|ends?|finishes)\s+)(?:at|from|until|till|between|after|before|by)\s+(?:about\s+|around\s+)?$/i;
/** a reporting verb right before a day: 'officials said on Monday', 'told reporters Monday', 'the ministry announced on Monday' */
const REPORTED_ON = /\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|added|confirmed|announced|reported|stated)\s+(?:on\s+)?$/;
/** a reporting period's end, a status date, a bound of a stretch: 'the quarter ended Sept. 30', 'the six months to June 30',
 * '61 percent funded as of June 30', 'has spread 4,000 tonnes of salt since Friday', 'may reach flood level by Saturday' */
const PERIOD_END_BEFORE = /\b(?:(?:quarters?|months|weeks|year|period|half|season)\s+(?:that\s+)?(?:ended|ending|ends|to|through)|as\s+of|since|by|before)\s+$/i;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
/**
 * Whether the weekday at [start, end) heads a line of a forecast's list ('Tuesday: Snow easing by midday.'): a label with
 * a colon, the line before headed 'Tonight:', 'Today:', 'Tomorrow:' or by a weekday already read as ahead (at prevAheadAt).
 */
function forecastLine(text: string, start: number, end: number, prevAheadAt: number): boolean {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  if (!/^(?:\s+(?:night|morning|afternoon|evening))?\s*(?::|\s+(?:to|and)\s+[A-Z][a-z]+day\b[^:\n]{0,12}:)/.test(text.slice(end, end + 30))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prevLine = text.slice(prevStart, Math.max(prevStart, lineStart - 1));
  if (/^[ \t]*(?:Tonight|Today|Tomorrow|This (?:morning|afternoon|evening)|Overnight)\b[^:\n]{0,20}:/i.test(prevLine)) return true;
  return prevAheadAt === prevStart + (/^[ \t]*/.exec(prevLine)![0].length);
}

/** Whether text[start, end) heads its line as a chronology's entry ('Monday, June 2 - Delegations arrive', '- Tuesday: ...'). */
function headsListLine(text: string, start: number, end: number): boolean {
  return /(?:^|\n)[ \t]*(?:[-*\u2022\u2013\u2014][ \t]+)?$/.test(text.slice(Math.max(0, start - 4), start)) && /^[ \t]*(?::|[-\u2013\u2014][ \t])/.test(text.slice(end, end + 4));
}

/** 'the long rains, which normally begin in late March', 'farmers usually plant in spring': a habit's month or season, no one year's */
const HABIT_BEFORE = /\b(?:(?:normally|usually|typically|generally|traditionally|customarily|ordinarily|routinely)\s+(?:[\w'\u2019-]+\s+){1,8}?|(?:in\s+)?(?:most|many|a\s+typical|an\s+average|a\s+normal)\s+years?,?\s+(?:[a-z]+\s+){1,4}|(?:every|each)\s+year,?\s+(?:[a-z]+\s+){1,4})(?:in|on|from|until|by|during|around|before|after)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;

/** Whether a DATE of another year than `y` was emitted at or after `at` (the latest emitted are read, back to `at`). */
function otherYearSince(out: Candidate[], at: number, y: number): boolean {
  for (let k = out.length - 1; k >= 0 && out[k]!.start >= at; k--) {
    const o = out[k]!;
    if (o.type === 'DATE' && /^\d{4}/.test(o.value) && Number(o.value.slice(0, 4)) !== y) return true;
  }
  return false;
}

const habitBefore = (text: string, start: number): boolean => HABIT_BEFORE.test(text.slice(Math.max(0, start - 60), start));

/** a plan's 'for' before a month: 'had budgeted for June', 'was scheduled for March' */
const PLANNED_FOR = /\b(?:scheduled|rescheduled|slated|planned|budgeted|earmarked|allocated|reserved|pencil?led\s+in|booked|targeted)\s+for\s+(?:early\s+|late\s+|mid-?)?$/i;

/** a clock time heading a line, a dash after it: a live blog's or a timeline's stamp */
/** what follows a stamp's clock time on its line: a zone, then a dash ('--' too) or a colon, or the end of the line with
 * the entry's text on the next ('4.15pm⏎A quick recap') */
const STAMP_TAIL = String.raw`(?:[A-Z]{2,4}[ \t]*)?(?:(?:--|[\u2014\u2013|-]|:(?=[ \t]+[A-Z]))[ \t]|\r?\n(?=[ \t]*[A-Z"'\u201c]))`;
const LINE_STAMP = new RegExp(String.raw`\n[ \t]*(\d{1,2})(?:[:.](\d\d))?\s*(a\.?m\.?|p\.?m\.?)?[ \t]*` + STAMP_TAIL, 'gi');
/** a clock time's own line goes on as a stamp's */
const STAMP_AFTER = new RegExp(String.raw`^[ \t]*` + STAMP_TAIL);
/** Whether the next line stamp after `from` (within a few lines) is later in the day than `hhmm`. */
function ascendingStamps(text: string, from: number, hhmm: string): boolean {
  LINE_STAMP.lastIndex = from;
  const m = LINE_STAMP.exec(text);
  if (!m || m.index - from > 600) return false;
  let h = Number(m[1]);
  if (m[3] && /p/i.test(m[3]) && h < 12) h += 12;
  if (m[3] && /a/i.test(m[3]) && h === 12) h = 0;
  return `${pad(h)}:${m[2] ?? '00'}` > hhmm;
}
/** 'the nine months', 'the first six months': a span of the year longer than a quarter */
const MONTHS_SPAN = /^P(?:[4-9]|1[01])M$/;

/** 'the weekend of ', 'the last weekend of ', 'the first weekend in ' right before a day or a month */
const WEEKEND_OF = /\b[Tt]he\s+(?:(first|second|third|fourth|last|final)\s+)?(?:holiday\s+)?weekend\s+(?:of|in)\s+$/;
const ORDINALS_OF_WEEKEND: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

export function resolve(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const { dct, text } = ctx;
  /** a season's months: in a story from the southern hemisphere, a summer has the months of a northern winter */
  const monthsOf = (season: string): string => (southernHemisphere(text) ? SOUTHERN_MONTHS_OF[season]! : season);
  let narrativeDay: Ymd | undefined;
  /** the last line stamp read as a timeline's, of the day it was given */
  let timelineStamp: { day: Ymd; hhmm: string; end: number } | undefined;
  /** a live blog's latest entry stamp on the DCT's day: the hour its entry is written at */
  let blogStamp: { hhmm: string; end: number } | undefined;
  let narrativeAt = -1;
  /** whether the day under discussion was named as a night ('on Monday night') */
  let narrativeNight = false;
  /** a month named as when something happened ('last October', 'in June 2019'), after the last day named */
  let narrativeMonthOnly: { value: string; at: number } | undefined;
  let narrativeYear: number | undefined;
  let narrativeYearAt = -1;
  /** the decade under discussion ('the mid-1990s': 199), when named after the year under discussion */
  let narrativeDecade: { d: number; at: number } | undefined;
  let narrativeMonthAt = -1;
  /**
   * whether a bare clock time at `at` still belongs to the day under discussion: named in the last 300 characters, or
   * in the last 600 when that day is the news of the week around the DCT ('Sunday's 10K ...' a paragraph back, then 'The race
   * started at 8 a.m.'), not a date recalled from the background ('the quarter ended Feb. 2')
   */
  const narrativeNear = (at: number): boolean => !!narrativeDay
    && (at - narrativeAt < 300 || (at - narrativeAt < 600 && Math.abs(toDays(dct) - toDays(narrativeDay)) <= 7));
  /** the month under discussion, as months since year 0 */
  let narrativeMonth: number | undefined;
  let focusQuarter: { y: number; q: number; at: number } | undefined;
  /** the last quarter named that had ended by the DCT: the only kind whose results can be reported */
  let endedQuarter: { y: number; q: number; at: number } | undefined;
  const dctQuarter = dct.y * 4 + quarterOf(dct.m);
  /** where the last span of several months ('the nine months', 'the first six months') was named */
  let monthsFocusAt = -1;
  const out: Candidate[] = [];
  let prevWeekday: { day: Ymd; at: number; from?: number } | undefined;
  /** where the last weekday heading a forecast's line starts */
  let forecastAt = -1;
  /** the day heading the last line of a chronology ('Monday, June 2 - ...'), and where that line ends */
  let listDay: { day: Ymd; lineEnd: number } | undefined;
  /**
   * Whether the weekday `c` is in what was reported on the past weekday just named, in the same sentence
   * ('said on Tuesday that ... would ... Friday', 'On Tuesday, the minister said talks would resume Thursday').
   */
  /** The past weekday on which a quote holding `c` was said, when its attribution names one ('..., he said on Monday'). */
  const quotedOn = (c: Candidate): Ymd | undefined => {
    const close = /^[^\u201c\u201d"\n]{0,200}?[,.!?]?[\u201d"]/.exec(text.slice(c.end, c.end + 220));
    if (!close || !/[\u201c"][^\u201c\u201d"\n]*$/.test(text.slice(Math.max(0, c.start - 200), c.start))) return undefined;
    const m = QUOTE_ATTRIBUTION.exec(text.slice(c.end + close[0].length, c.end + close[0].length + 60));
    const wd = m ? weekdayNumber(m[1]!) : undefined;
    if (wd === undefined) return undefined;
    const said = weekdayBefore(dct, wd, true);
    return toDays(said) < toDays(dct) ? said : undefined;
  };
  const reportedOn = (prev: { day: Ymd; at: number; from?: number } | undefined, c: Candidate): boolean => {
    if (!prev || toDays(prev.day) >= toDays(dct) || c.start - prev.at > 160) return false;
    const between = text.slice(prev.at, c.start);
    if (/[.!?;]\s|[\n"\u201c\u201d]/.test(between)) return false;
    const from = prev.from ?? prev.at;
    return REPORTED.test(between) || (REPORTED_BEFORE.test(text.slice(Math.max(0, from - 60), from)) && /\bthat\b/.test(between));
  };
  /** a month named without a year, just resolved: the start of a range ('from January to June') */
  let prevMonth: { y: number; m: number; at: number } | undefined;
  /** month * 100 + day of the days the text writes with their year, when it writes that day with one year only */
  const datedDays = new Map<number, number>();
  /** where the text first writes each of those days with its year */
  const datedAt = new Map<number, number>();
  /** month * 100 + day of the days the text named without a year, and the year each was read in first */
  const told = new Map<number, number>();
  /** the last month named with its year ('In August 1968', 'In December 2010') */
  let datedMonth: { y: number; m: number; at: number } | undefined;
  /** starts of the days whose year was counted from the year under discussion by the words after them */
  const yearFromClause = new Set<number>();
  const seen = new Set<number>();
  for (const c of cands) {
    const d = c.anchor === 'absolute' && c.type !== 'DURATION' && c.type !== 'SET' ? DAY_RE.exec(c.value) : null;
    if (!d || !/\b(?:1[5-9]|20)\d\d\b/.test(text.slice(c.start, c.end))) continue;
    const key = Number(d[2]) * 100 + Number(d[3]), y = Number(d[1]);
    if (seen.has(key) && datedDays.get(key) !== y) datedDays.delete(key);
    else if (!seen.has(key)) { datedDays.set(key, y); datedAt.set(key, c.start); }
    seen.add(key);
  }
  for (const c0 of cands) {
    const c = { ...c0 };
    const p = c.pending;
    let weekdayNow: { day: Ymd; at: number; from?: number } | undefined;
    /** a small hour moved to the morning after the evening just named: the story stays on that evening's day */
    let smallHours = false;
    let monthNow: { y: number; m: number; at: number } | undefined;
    if (p && p.kind === 'anchorclock') {
      // 'halted the count at 5:47 a.m. Friday. Weather balloons released an hour earlier': from the clock time just named
      const last = out.findLast((o) => o.type === 'TIME' && CLOCK_VALUE.test(o.value));
      const cm = last && c.start - last.end < 300 ? CLOCK_VALUE.exec(last.value) : null;
      if (cm) {
        const total = Number(cm[4]) * 60 + Number(cm[5]) + p.minutes;
        const day = addDays({ y: Number(cm[1]), m: Number(cm[2]), d: Number(cm[3]) }, Math.floor(total / 1440));
        const mins = ((total % 1440) + 1440) % 1440;
        c.value = `${fmtDay(day)}T${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;
        c.type = 'TIME';
      } else {
        dropSignal(c, text);
      }
      delete c.pending;
    } else if (p && (p.kind === 'anchorday' || p.kind === 'anchoryear' || p.kind === 'anchormonth') && c.rule === 'units-ago') {
      // 'Three days later', 'four years later': from the day / year / month just named (same or previous sentence),
      // else the duration alone, its signal ('later', 'earlier') left out of the span
      if (p.kind === 'anchorday' && narrativeDay && c.start - narrativeAt < 200) {
        c.value = fmtDay(addDays(narrativeDay, p.offset));
        c.type = 'DATE';
      } else if (p.kind === 'anchoryear' && narrativeDecade && narrativeDecade.at > narrativeYearAt && c.start - narrativeDecade.at < 200
        && p.offset % 10 === 0 && /\bdecades?\b/i.test(text.slice(c.start, c.end))) {
        // 'By the mid-1990s ... two decades later': the decade named just before, moved on (201)
        c.value = pad(narrativeDecade.d + p.offset / 10, 3);
        c.type = 'DATE';
      } else if (p.kind === 'anchoryear' && narrativeYear !== undefined && c.start - narrativeYearAt < 200 && !(narrativeDecade && narrativeDecade.at > narrativeYearAt)) {
        c.value = pad(narrativeYear + p.offset, 4);
        c.type = 'DATE';
      } else if (p.kind === 'anchormonth' && narrativeMonth !== undefined && c.start - narrativeMonthAt < 200) {
        const n = narrativeMonth + p.offset;
        c.value = fmtMonth(Math.floor(n / 12), (n % 12) + 1);
        c.type = 'DATE';
      } else if (p.kind === 'anchorday' && p.offset < 0 && p.offset % 7 === 0 && /\bweeks?\s+earlier$/i.test(text.slice(c.start, c.end))
        && /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|against|versus|vs\.?)\s+(?:[^.;:!?]|\.(?=\d)){0,40}$/i.test(text.slice(Math.max(0, c.start - 48), c.start))) {
        // 'admissions rose to 8.1, compared with 5.3 a week earlier': a figure compared with one so many weeks before, with no
        // day under discussion, is the weeks before the DCT's
        c.value = fmtWeek(addDays(dct, p.offset));
        c.type = 'DATE';
      } else {
        dropSignal(c, text);
        delete c.direction;
      }
      delete c.pending;
    } else if (p && p.kind === 'weekday' && !p.relative && !c.direction && !c.suffix && out.length && /^XXXX-XX-XXT\d/.test(out[out.length - 1]!.value)
      && /^\s*$/.test(text.slice(out[out.length - 1]!.end, c.start)) && WEEKDAY_RANGE_AFTER.test(text.slice(c.end, c.end + 24))) {
      // 'open 8am to 8pm Monday to Friday': the first day of a range of days after the hours of a habit is a set
      c.type = 'SET';
      c.value = `XXXX-WXX-${p.weekday}`;
      delete c.pending;
    } else if (p && p.kind === 'weekday' && !p.relative && !c.direction && !c.suffix && out.length && SET_WEEKDAY.test(out[out.length - 1]!.value)
      && out[out.length - 1]!.type === 'SET' && (LIST_GAP.test(text.slice(out[out.length - 1]!.end, c.start)) || RANGE_GAP.test(text.slice(out[out.length - 1]!.end, c.start)))) {
      // 'every Tuesday and Thursday', 'each Monday, Wednesday and Friday', 'open 8am to 8pm Monday to Friday': the days
      // after the first are sets too
      c.type = 'SET';
      c.value = `XXXX-WXX-${p.weekday}`;
      delete c.pending;
    } else if (p && p.kind === 'month' && !c.direction && !c.mod && out.length && SET_MONTH.test(out[out.length - 1]!.value)
      && out[out.length - 1]!.type === 'SET' && LIST_GAP.test(text.slice(out[out.length - 1]!.end, c.start))) {
      // 'each March, June, September and December': the months after the first are sets too
      c.type = 'SET';
      c.value = `XXXX-${pad(p.month)}`;
      delete c.pending;
    } else if (p) {
      // the tense cue, read only where a branch asks for it (a day resolved without it costs no reading)
      let cueMemo: Cue | undefined;
      const detail = (): Cue => (cueMemo ??= c.direction === 'past' || c.direction === 'future' ? { dir: c.direction, strong: true } : directionCueDetail(text, c.start, c.end));
      const cue = (): Direction => detail().dir;
      switch (p.kind) {
        case 'weekday': {
          // 'came ashore on a Sunday in 2021', 'it was a Tuesday': some such weekday, not the one of the DCT's week;
          // 'on Sunday in 2021': that year's, no day of this week
          // 'homes normally picked up on Thursday': a habit's weekday, every such day
          if (!p.relative && !c.suffix && habitBefore(text, c.start)) {
            c.type = 'SET';
            c.value = `XXXX-WXX-${p.weekday}`;
            break;
          }
          // 'On Oct. 17, a Thursday, Vasko had dinner': a weekday in apposition to the day before it is that day
          const appos = out[out.length - 1];
          const apposDay = !p.relative && appos && appos.type === 'DATE' && /^,\s+(?:a|which\s+was\s+a)\s+$/i.test(text.slice(appos.end, c.start)) ? DAY_RE.exec(appos.value) : null;
          if (apposDay && isoWeekday({ y: Number(apposDay[1]), m: Number(apposDay[2]), d: Number(apposDay[3]) }) !== p.weekday && appos!.anchor !== 'absolute') {
            // ('Oct. 17, a Thursday' in February 1998, no year written: the October 17 that was a Thursday, 1996)
            const m = Number(apposDay[2]), d = Number(apposDay[3]);
            const fit = [0, -1, 1, -2, -3, -4, -5, -6].map((k) => Number(apposDay[1]) + k).find((y) => validDay(y, m, d) && isoWeekday({ y, m, d }) === p.weekday);
            if (fit !== undefined) appos!.value = fmtDay({ y: fit, m, d }) + appos!.value.slice(10);
          }
          if (apposDay && isoWeekday({ y: Number(appos!.value.slice(0, 4)), m: Number(apposDay[2]), d: Number(apposDay[3]) }) === p.weekday) {
            c.value = appos!.value.slice(0, 10) + (c.suffix ?? '');
            delete c.suffix;
            break;
          }
          const named = p.relative ? undefined : clauseYear(text, c.end, dct.y);
          if (!p.relative && ((INDEFINITE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) && INDEFINITE_AFTER.test(text.slice(c.end, c.end + 8))) || (!c.suffix && named !== undefined && named !== dct.y))) {
            // ('on a Tuesday night in January': some such night)
            c.value = `${named !== undefined ? pad(named, 4) : 'XXXX'}-WXX-${p.weekday}${c.suffix ?? ''}`;
            delete c.suffix;
            break;
          }
          let day: Ymd;
          /** the past day a plan with this weekday was told on, if any */
          let saidOn: Ymd | undefined;
          const last = out[out.length - 1];
          const andPrev = prevWeekday && last && prevWeekday.at === last.end && !c.suffix && /^\s+(?:and|or)\s+(?:on\s+)?$/i.test(text.slice(last.end, c.start)) ? last : undefined;
          if (p.relative) {
            const base = narrativeDay ?? dct;
            day = p.relative < 0 ? weekdayBefore(base, p.weekday, false) : weekdayAfter(base, p.weekday, false);
            c.direction = p.relative < 0 ? 'past' : 'future';
          } else if (c.direction === 'same') {
            // 'this Friday': the Friday of the DCT's week
            day = addDays(dct, p.weekday - isoWeekday(dct));
          } else if (andPrev && andPrev.direction === 'future' && !NAMED_REL.test(text.slice(c.start, c.end))) {
            // 'a warning for Saturday and Sunday': a day joined to a day ahead by 'and' / 'or' is ahead too
            day = weekdayAfter(dct, p.weekday, true);
            c.direction = 'future';
          } else if (!NAMED_REL.test(text.slice(c.start, c.end)) && forecastLine(text, c.start, c.end, forecastAt)) {
            // 'Tonight: Snow showers developing.\nTuesday: Snow easing.\nWednesday: Fine.': the days of a forecast's list
            day = weekdayAfter(dct, p.weekday, true);
            c.direction = 'future';
            forecastAt = c.start;
          } else if (narrativeDay && !NAMED_REL.test(text.slice(c.start, c.end)) && /(?:^|[^\w])(?:that|the)\s+$/i.test(text.slice(Math.max(0, c.start - 6), c.start))
            && c.start - narrativeAt < 1500
            // ('the Friday explosions', 'the Sunday Times': 'the' is the noun's after it)
            && (/that\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) ? !/^\s+(?:before|after|of)\b/.test(text.slice(c.end, c.end + 8)) : /^\s*(?:[,.;:!?)]|$|\s(?:at|in|when|and|but|or|as|while|before|after|until)\b)/.test(text.slice(c.end, c.end + 8)))) {
            // 'her father went down the pit that Monday night', 'was arrested on the Sunday afternoon': the weekday of the days
            // under discussion, the nearest one to the day last named, 'that' or 'the' part of the span
            const back = weekdayBefore(narrativeDay, p.weekday, true), ahead = weekdayAfter(narrativeDay, p.weekday, true);
            day = toDays(narrativeDay) - toDays(back) <= toDays(ahead) - toDays(narrativeDay) ? back : ahead;
            c.start -= /(?:that|the)\s+$/i.exec(text.slice(Math.max(0, c.start - 6), c.start))![0].length;
            c.direction = toDays(day) > toDays(dct) ? 'future' : 'past';
          } else if (listDay && !NAMED_REL.test(text.slice(c.start, c.end)) && headsListLine(text, c.start, c.end)
            && c.start > listDay.lineEnd && /^\s*(?:[-*\u2022\u2013\u2014][ \t]+)?$/.test(text.slice(listDay.lineEnd, c.start))) {
            // 'Monday, June 2 - Delegations arrive.\nTuesday - Talks open.': a weekday heading the very next line of a
            // chronology is the first such day after the line before it
            day = weekdayAfter(listDay.day, p.weekday, false);
            c.direction = sideOf(day, dct);
          } else if (detail().nearest) {
            // 'had been given until Tuesday': the nearest Tuesday, either side
            const back = weekdayBefore(dct, p.weekday, true), ahead = weekdayAfter(dct, p.weekday, true);
            day = toDays(dct) - toDays(back) <= toDays(ahead) - toDays(dct) ? back : ahead;
            c.direction = sideOf(day, dct);
          } else if (cue() === 'future' && !NAMED_REL.test(text.slice(c.start, c.end)) && (saidOn = quotedOn(c) ?? (reportedOn(prevWeekday, c) ? prevWeekday!.day : undefined))) {
            // a plan told on a past day: '"We will meet again on Friday," the minister said on Tuesday', 'The minister said on
            // Tuesday that talks would resume Friday', in a Saturday paper: the Friday after the day it was said (not next week's)
            day = weekdayAfter(saidOn, p.weekday, false);
            c.direction = sideOf(day, dct);
          } else if (cue() === 'future' && /^next\s/i.test(text.slice(c.start, c.end))) {
            // 'next Thursday' is the Thursday of the week after the DCT's: said on a Wednesday it is eight days ahead, not
            // tomorrow (said on a Monday, 'next Monday' is a week ahead); 'this coming Thursday' is the nearest one
            day = addDays(dct, 7 - isoWeekday(dct) + p.weekday);
            c.direction = 'future';
          } else if (cue() === 'future') {
            // 'last Monday' said on a Monday is a week back
            day = weekdayAfter(dct, p.weekday, !NAMED_REL.test(text.slice(c.start, c.end)));
            c.direction = 'future';
          } else {
            day = weekdayBefore(dct, p.weekday, !NAMED_REL.test(text.slice(c.start, c.end)));
            c.direction = 'past';
            // 'staffed from 9am to 4pm on Saturday 16 November and from 10am to 2pm on Sunday': with no tense of its own, a
            // weekday after a day ahead named earlier in its sentence is the first such day after that one
            // (a past verb far back, 'staffed ... from 10am', is a participle's, no report)
            // ('... until next Monday, as aftershocks from Saturday's earthquake continue': a day's event named by its
            // possessive is one already known, no day after the one ahead)
            const ahead = (cue() === undefined || (!detail().strong && (detail().n ?? 0) > 6)) && !NAMED_REL.test(text.slice(c.start, c.end))
              && !/^['\u2019]s\b/.test(text.slice(c.end, c.end + 3))
              ? out.findLast((o) => DAY_RE.test(o.value) && c.start - o.end < 120 && oneSentence(text, o.end, c.start)) : undefined;
            const aheadDay = ahead ? DAY_RE.exec(ahead.value)! : undefined;
            if (aheadDay) {
              const from: Ymd = { y: Number(aheadDay[1]), m: Number(aheadDay[2]), d: Number(aheadDay[3]) };
              if (toDays(from) > toDays(dct)) { day = weekdayAfter(from, p.weekday, true); c.direction = 'future'; }
            }
          }
          const prev = out[out.length - 1];
          if (prevWeekday && prev && prevWeekday.at === prev.end && RANGE_GAP.test(text.slice(prev.end, c.start))) {
            // 'from Friday through Sunday': a range runs forward within a week. Ahead of the DCT, its end
            // follows the start; in the past ('fighting raged from Tuesday to Thursday') its start precedes the end
            const span = toDays(day) - toDays(prevWeekday.day);
            // (a time range within one day, 'from 7 a.m. until 9 p.m. Thursday', stays on that day)
            if (span < 0 || (span === 0 && !c.suffix) || span > 6) {
              if (prev.direction === 'future') day = weekdayAfter(prevWeekday.day, p.weekday, false);
              else if (prev.value.length === 10) prev.value = fmtDay(weekdayBefore(day, isoWeekday(prevWeekday.day), false));
              // ('Pickers worked from 11 p.m. Sunday until about 6 a.m. Monday': a start with its hour keeps its day, the
              // end follows it)
              else if (TIME_OF_DAY.test(prev.value)) day = weekdayAfter(prevWeekday.day, p.weekday, false);
            }
            c.direction = toDays(day) > toDays(dct) ? 'future' : 'past';
          }
          c.value = fmtDay(day);
          weekdayNow = { day, at: c.end, from: c.start };
          break;
        }
        case 'monthday': {
          let y = pickYear(dct, p.month, p.day, cue(), detail().strong, detail().n);
          // 'the third time this year that voters were asked to go to the polls, after the general election on June 6th': a day
          // in a sentence about this year is this year's
          if (!detail().strong && /\bthis\s+year\b(?!['\u2019]s)/i.test(sentenceBefore(text, c.start, 200))) y = dct.y;
          // 'visits on Aug. 12, 13 and 19': the days listed after a month-day share its year
          const listedAfter = c.rule.endsWith('+listed-day') ? out[out.length - 1] : undefined;
          if (listedAfter && DAY_RE.test(listedAfter.value) && Number(listedAfter.value.slice(5, 7)) === p.month) y = Number(listedAfter.value.slice(0, 4));
          // 'first listed for October 22nd last year, but was adjourned to February 4th': a day something was put off to
          // is the first such day after the day named before it in the sentence
          const putOffFrom = out.findLast((o) => o.type === 'DATE' && DAY_RE.test(o.value) && c.start - o.end < 200 && oneSentence(text, o.end, c.start));
          if (putOffFrom && PUT_OFF_UNTIL.test(text.slice(Math.max(0, c.start - 40), c.start))) {
            const from = DAY_RE.exec(putOffFrom.value)!;
            const fromDays = toDays({ y: Number(from[1]), m: Number(from[2]), d: Number(from[3]) });
            for (const cy of [Number(from[1]), Number(from[1]) + 1]) {
              if (validDay(cy, p.month, p.day) && toDays({ y: cy, m: p.month, d: p.day }) > fromDays) { y = cy; break; }
            }
          }
          // 'last Oct. 23' / 'next March 3': the occurrence strictly before / after the DCT
          const rel = /\b(last|past|next|coming)\s+$/i.exec(text.slice(Math.max(0, c.start - 8), c.start));
          if (rel && validDay(dct.y, p.month, p.day)) {
            const diff = toDays({ y: dct.y, m: p.month, d: p.day }) - toDays(dct);
            y = /^(?:last|past)$/i.test(rel[1]!) ? (diff < 0 ? dct.y : dct.y - 1) : (diff > 0 ? dct.y : dct.y + 1);
          }
          // 'the Sept. 11, 2001, attacks ... since the Sept. 11 attacks': a day the text also writes with its year is that
          // day (a date named years later, as an event's name, would otherwise be the last such day)
          // (a day named before the text gives its year is that year's only as an event's name, 'Since the July 7 bombings
          // ... The bombings of July 7, 2005'; 'will rise on 1 July, and again on 1 July 2021' is another 1 July)
          const writtenAt = datedAt.get(p.month * 100 + p.day);
          const written = writtenAt !== undefined && (writtenAt < c.start || (/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) && /^\s+[a-z]/.test(text.slice(c.end, c.end + 3))))
            ? datedDays.get(p.month * 100 + p.day) : undefined;
          if (written !== undefined && !rel && validDay(written, p.month, p.day)) {
            // not against a tense cue ('was arrested on March 3, 2019 ... On March 3, he will be sentenced')
            const side = toDays({ y: written, m: p.month, d: p.day }) - toDays(dct);
            if (!(side < 0 && cue() === 'future') && !(side > 0 && cue() === 'past')) y = written;
          }
          // 'the 23rd anniversary of the Sept. 11 attacks': as many years before the anniversary; without
          // the number, some year before it ('the anniversary of the July 4 bombing' is no day of this year)
          const ann = written === undefined && !rel ? ANNIVERSARY_OF.exec(text.slice(Math.max(0, c.start - 48), c.start)) : null;
          if (ann) {
            const w = ann[1] ?? ann[2] ?? ann[3];
            const n = w ? (ANNIVERSARY_COUNT[w.toLowerCase()] ?? parseInt(w, 10)) : 0;
            if (!(n > 0)) { c.value = `XXXX-${pad(p.month)}-${pad(p.day)}`; c.direction = 'past'; break; }
            // an anniversary is news near its day: the one nearest the DCT (the past preferred), whatever the tense
            // cues of the event after the date ('the Jan. 6 riot' is past, its fourth anniversary may be ahead)
            y = pickYear(dct, p.month, p.day, undefined) - n;
          }
          // 'from March 1 to 15', 'on April 24 and 25': the second day is in the first one's month and year
          const first = c.rule.endsWith('+second-day') ? DAY_RE.exec(out[out.length - 1]?.value ?? '') : null;
          if (first && Number(first[2]) === p.month) y = Number(first[1]);
          // 'its March 4 filing last year', 'the June 5 primary in 2020': a year named right after the day, in its clause, is its year
          const named = !rel && !first ? clauseYear(text, c.end, dct.y) : undefined;
          if (named !== undefined) y = named;
          // '... in the autumn of 2028 and completed on 14 March the following year': from the year under discussion
          const offset = !rel && !first && named === undefined && narrativeYear !== undefined && c.start - narrativeYearAt < 200 ? clauseNarrativeYear(text, c.end) : undefined;
          // (the year phrase after it counts from the same year: the day does not move the year under discussion)
          if (offset !== undefined) { y = narrativeYear! + offset; yearFromClause.add(c.start); }
          // 'the first strike since 2029, when the union walked out for 48 hours beginning June 3': a 'when' clause on a year
          const when = named === undefined && offset === undefined && !rel && !first ? WHEN_YEAR.exec(text.slice(Math.max(0, c.start - 120), c.start)) : null;
          if (when) y = Number(when[1]);
          // 'in the previous election in 2026, his race was not called until Nov. 16', 'the last recount, in the 2022 contest,
          // was not completed until 29 December': a year named earlier in the sentence, as the time of what it tells
          const lastOut = out[out.length - 1];
          if (named === undefined && offset === undefined && !when && !rel && !first && !ann && written === undefined && lastOut && lastOut.type === 'DATE'
            && /^\d{4}$/.test(lastOut.value) && Number(lastOut.value) !== dct.y && c.start - lastOut.end < 120
            && oneSentence(text, lastOut.end, c.start) && YEAR_AS_TIME.test(text.slice(Math.max(0, lastOut.start - 28), lastOut.start))
            && YEAR_PHRASE_END.test(text.slice(lastOut.end, lastOut.end + 48))
            // (not against the tense: 'The 27-year-old, whose father died in 2009, will be anointed on February 22')
            && !(cue() === 'future' && Number(lastOut.value) < dct.y) && !(cue() === 'past' && Number(lastOut.value) > dct.y)) {
            y = Number(lastOut.value);
          }
          // 'In August 1968, she helped lead a march ... The march began at noon on Aug. 17': a day of the month just named
          // with its year is in that year
          /** no year given to the day by its own words, a range or an anniversary */
          const unanchored = named === undefined && offset === undefined && !when && !rel && !first && !ann;
          // (not against a tense cue: 'The last election, in October 2014, ... Voters go to the polls on Oct. 19', in 2015)
          // (not once another year has been named since: 'by the end of March 2013 ... growth of 2.5 per cent in 2012.
          // Borrowing in 2010-11, which ends on 31 March')
          if (unanchored && datedMonth && datedMonth.m === p.month
            && c.start - datedMonth.at < 400 && validDay(datedMonth.y, p.month, p.day)
            && !otherYearSince(out, datedMonth.at, datedMonth.y)
            && !(cue() === 'future' && toDays({ y: datedMonth.y, m: p.month, d: p.day }) < toDays(dct))
            && !(cue() === 'past' && toDays({ y: datedMonth.y, m: p.month, d: p.day }) > toDays(dct))) {
            y = datedMonth.y;
          }
          // 'Fifty years ago, the bicentenary was marked on May 17': a year counted back from the DCT earlier in the sentence
          // is the year of the day, even one the text also dates in another year ('Saturday, May 17, 1766')
          if (named === undefined && offset === undefined && !rel && !first && !ann && lastOut && lastOut.rule === 'units-ago' && lastOut.type === 'DATE'
            && /^\d{4}$/.test(lastOut.value) && c.start - lastOut.end < 120 && oneSentence(text, lastOut.end, c.start)) {
            y = Number(lastOut.value);
          }
          // 'That primary is March 5 ... On March 5 itself, polls close at 8 p.m.': a month-day the text named before without
          // a year is the same day again, unless the tense says otherwise
          const before = told.get(p.month * 100 + p.day);
          if (before !== undefined && before !== y && written === undefined && unanchored && !detail().strong) {
            const side = toDays({ y: before, m: p.month, d: p.day }) - toDays(dct);
            if (!(side < 0 && cue() === 'future') && !(side > 0 && cue() === 'past')) y = before;
          }
          if (!validDay(y, p.month, p.day)) { c.value = `XXXX-${pad(p.month)}-${pad(p.day)}`; break; }
          if (written === undefined && unanchored && !told.has(p.month * 100 + p.day)) told.set(p.month * 100 + p.day, y);
          c.value = fmtDay({ y, m: p.month, d: p.day });
          const diff = toDays({ y, m: p.month, d: p.day }) - toDays(dct);
          c.direction = diff > 0 ? 'future' : diff === 0 ? 'same' : 'past';
          break;
        }
        case 'month': {
          // 'Last winter the trust cancelled 410 operations in January alone': a month of the season just named in its
          // sentence is that season's
          const seasonOut = out.findLast((o) => o.type === 'DATE' && /^\d{4}-(?:SP|SU|FA|WI)$/.test(o.value) && c.start - o.end < 150 && oneSentence(text, o.end, c.start));
          if (seasonOut && !c.direction && !c.mod) {
            const sy = Number(seasonOut.value.slice(0, 4)), code = monthsOf(seasonOut.value.slice(5));
            const inSeason = code === 'WI' ? [12, 1, 2].includes(p.month) : p.month >= SEASON_MONTHS[code]![0] && p.month <= SEASON_MONTHS[code]![1];
            if (inSeason) {
              const y = code === 'WI' && p.month <= 2 ? sy + 1 : sy;
              c.value = fmtMonth(y, p.month);
              c.direction = y * 12 + p.month > dct.y * 12 + dct.m ? 'future' : 'past';
              monthNow = { y, m: p.month, at: c.end };
              break;
            }
          }
          // 'Last year, the program began on April 20 and many patients were not vaccinated until late May', 'Last year more
          // than 4,200 were admitted between June and September': a month in a sentence led by 'last year' is last year's
          if (!c.direction && cue() !== 'future' && /^\s*["'\u201c\u2018]?(?:And\s+|But\s+)?[Ll]ast\s+year\b(?!['\u2019]s)/.test(sentenceBefore(text, c.start, 200))) {
            c.value = fmtMonth(dct.y - 1, p.month);
            c.direction = 'past';
            monthNow = { y: dct.y - 1, m: p.month, at: c.end };
            break;
          }
          // 'But next year I want the squad finished in July': a month in a sentence about next year is next year's
          // ("next year's ceremony will move to April", "next year's round will also be held in October": the possessive too,
          // in a sentence looking ahead)
          if (!c.direction && !c.mod && (/\bnext\s+year\b(?!['\u2019]s)/i.test(sentenceBefore(text, c.start, 120))
            || (cue() === 'future' && /\bnext\s+year['\u2019]s\b/i.test(sentenceBefore(text, c.start, 120))))) {
            c.value = fmtMonth(dct.y + 1, p.month);
            c.direction = 'future';
            monthNow = { y: dct.y + 1, m: p.month, at: c.end };
            break;
          }
          // (and the months listed after such a month: 'In most years flu peaks in December or January')
          // ('timetables change twice a year, in May and December': the months of a yearly set just named; not 'every
          // Saturday in June', a set bounded by one June)
          const habitList = out.length > 0 && ((/^XXXX-\d\d$/.test(out[out.length - 1]!.value) && LIST_GAP.test(text.slice(out[out.length - 1]!.end, c.start)))
            || (out[out.length - 1]!.type === 'SET' && /^P\d*Y$/.test(out[out.length - 1]!.value) && /^\s*,?\s*(?:usually\s+|normally\s+|typically\s+)?(?:in|during)\s+$/i.test(text.slice(out[out.length - 1]!.end, c.start))));
          if (habitList || habitBefore(text, c.start)) { c.value = `XXXX-${pad(p.month)}`; break; }
          // 'On the night of June 5, 1944, he ... Wounded by shrapnel in early July, he ...': in a story told from a dated day
          // years back, a month with no year of its own, in no future tense, goes on from that day
          // (a day written with its year, more than two years back: 'launched in April 2024 ... the most recent round in
          // December' is no story told from April 2024)
          // (the year, month and day under discussion all the one day's, fronting its sentence as the story's frame: not
          // 'charged in the Dec. 21, 1988, bombing ... agreed in April')
          if (!c.direction && cue() !== 'future' && narrativeDay !== undefined && narrativeDay.y < dct.y - 2 && c.start - narrativeAt < 400
            && narrativeYear === narrativeDay.y && narrativeMonth === narrativeDay.y * 12 + narrativeDay.m - 1
            && frontsSentence(text, out.find((o) => o.end === narrativeAt))) {
            const y0 = p.month >= narrativeDay.m ? narrativeDay.y : narrativeDay.y + 1;
            c.value = fmtMonth(y0, p.month);
            c.direction = 'past';
            monthNow = { y: y0, m: p.month, at: c.end };
            break;
          }
          let y = dct.y;
          if (c.direction === 'past') y = p.month < dct.m - 1 ? dct.y : dct.y - 1; // 'last February' on March 1 is a year back
          else if (c.direction === 'future') y = p.month > dct.m ? dct.y : dct.y + 1;
          else if (c.direction === 'same') y = dct.y;
          // 'deaths since March', written on March 2: the days of this March are too few to count from; it is last year's
          else if (p.month === dct.m && dct.d <= 10 && /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(text.slice(Math.max(0, c.start - 14), c.start))) {
            y = dct.y - 1;
            c.direction = 'past';
          } else if (p.month !== dct.m) {
            // 'money we had budgeted for June', 'the vote was scheduled for March': what a plan was made for, told in any
            // tense, is the nearest such month (the future a little preferred, as always)
            // ('reopening pencilled in for November', 'is scheduled for March': a plan in no past tense lies ahead)
            const planned = PLANNED_FOR.test(text.slice(Math.max(0, c.start - 40), c.start));
            const plannedInPast = planned && /\b(?:had|was|were)\b/i.test(sentenceBefore(text, c.start, 60));
            y = pickYear(dct, p.month, 15, planned ? (plannedInPast ? undefined : 'future') : cue(), planned ? !plannedInPast : detail().strong);
            c.direction = y * 12 + p.month > dct.y * 12 + dct.m ? 'future' : 'past';
          }
          // 'the lowest reading since 2011, when it bottomed out at 29 percent in late September': a month in a 'when' clause
          // after a year is that year's
          const whenYear = out[out.length - 1];
          if (whenYear && whenYear.type === 'DATE' && /^\d{4}$/.test(whenYear.value) && c.start - whenYear.end < 120 && /^,?\s+when\b[^.;!?]*$/i.test(text.slice(whenYear.end, c.start))) {
            y = Number(whenYear.value);
            c.direction = y * 12 + p.month > dct.y * 12 + dct.m ? 'future' : 'past';
          }
          // 'In 1973, the pit flooded in October', 'After the flood in 1965, he sold pumps in March': a year fronting the
          // sentence is its months'
          // ('In 2005 the court ordered a new trial, which did not take place until last June': 'last June' is the DCT's)
          const fronted = frontedYear(text, c.start);
          if (fronted !== undefined && fronted !== dct.y && !/^(?:last|next|this|coming|past)\b/i.test(text.slice(c.start, c.end))) {
            y = fronted;
            c.direction = y * 12 + p.month > dct.y * 12 + dct.m ? 'future' : 'past';
          }
          // 'from January to June', 'between October and March': a range of months runs forward within a year; in
          // the past its start goes back to precede the end, ahead its end follows the start
          const prev = out[out.length - 1];
          const gap = prev ? text.slice(prev.end, c.start) : '';
          const pm = prev && prevMonth && prevMonth.at === prev.end && MONTH_RANGE_GAP.test(gap)
            && (!/and/i.test(gap) || /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 9), prev.start))) ? prevMonth : undefined;
          if (pm && !c.mod) {
            const span = y * 12 + p.month - (pm.y * 12 + pm.m);
            if (span <= 0 || span >= 12) {
              if (prev!.direction === 'future' || c.direction === 'future') y = p.month > pm.m ? pm.y : pm.y + 1;
              else prev!.value = fmtMonth(pm.m < p.month ? y : y - 1, pm.m);
            }
          }
          // 'courses open for enrolment in October, with classes starting in February' (said in June): a month after one
          // ahead in the same sentence, with no past tense of its own, comes after it
          // ('until 5.15pm on Tuesday, August 28th to accept, and most courses begin in late September': after a day ahead too)
          const pv = !pm && cue() !== 'past' && prev && (prev.type === 'DATE' || prev.type === 'TIME') && c.start - prev.end < 150 && oneSentence(text, prev.end, c.start) ? /^(\d{4})-(\d{2})(?:$|-\d\d)/.exec(prev.value) : null;
          const ahead = pv ? { y: Number(pv[1]), m: Number(pv[2]) } : undefined;
          // (not a month that lies ahead on its own: 'closes on 9 August, and public hearings will be held in July', said in
          // June, is this July, before the day ahead; 'will take over on 1 May, subject to the committee, which meets in
          // April'; but 'its first intake in February, with a second group starting in July', said in May, is a sequence:
          // the July after that February)
          const ownFuture = y * 12 + p.month > dct.y * 12 + dct.m && !/\b(?:with|followed\s+by|then|after\s+that)\b/i.test(text.slice(prev?.end ?? c.start, c.start));
          if (ahead && !ownFuture && ahead.y * 12 + ahead.m > dct.y * 12 + dct.m && y * 12 + p.month <= ahead.y * 12 + ahead.m) {
            y = p.month > ahead.m ? ahead.y : ahead.y + 1;
            c.direction = 'future';
          }
          c.value = fmtMonth(y, p.month);
          monthNow = { y, m: p.month, at: c.end };
          break;
        }
        case 'season': {
          if (habitBefore(text, c.start)) { c.value = `XXXX-${p.season}`; break; }
          const mid: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
          const season = monthsOf(p.season);
          let y = dct.y;
          const diff = mid[season]! - dct.m;
          const span = SEASON_MONTHS[season];
          // 'will publish its report in the spring', said in June: this year's spring is over, so next year's; 'the
          // plant closed in the summer', said in May: last year's (winter straddles two years: by distance alone)
          // (a winter by the year it begins in: 'the winter' ahead is this December's, behind the one begun last December);
          // with no cue either way, this year's unless its middle is more than five months ahead ('the spring semester
          // opens Monday', said in January, is this spring; 'the summer', untensed, in January, last summer)
          // 'After the flood in 1965, he told families they could pay in the fall': a year fronting the sentence is its seasons'
          const fronted = c.direction ? undefined : frontedYear(text, c.start);
          if (fronted !== undefined && fronted !== dct.y) y = fronted;
          else if (season === 'WI') y = cue() === 'future' ? dct.y : cue() === 'past' ? dct.y - 1 : dct.m >= 10 ? dct.y : dct.y - 1;
          else if (span && cue() === 'future') { if (dct.m > span[1]) y += 1; }
          else if (span && cue() === 'past') { if (dct.m < span[0]) y -= 1; }
          else if (cue() === 'future' && diff < -2) y += 1;
          else if (cue() !== 'future' && diff > 5) y -= 1;
          c.value = `${pad(y, 4)}-${p.season}`;
          break;
        }
        case 'weekend': {
          // the weekend just past (or the one in progress), ahead with future cues
          const wd = isoWeekday(dct);
          // (on a Friday, with no cue either way, the one starting tomorrow: 'the weekend's best TV')
          let sat = cue() === 'future' || (wd === 5 && cue() === undefined) ? weekdayAfter(dct, 6, true) : wd >= 6 ? weekdayBefore(dct, 6, true) : weekdayBefore(dct, 6, false);
          // 'the river was expected to peak at the weekend', said on a Thursday: a plan told in the past tense is the
          // weekend nearest the DCT, either side (said on a Wednesday, as near ahead as behind, the one the plan looks to)
          if (detail().nearest && wd < 6) {
            const ahead = weekdayAfter(dct, 6, false);
            if (toDays(ahead) - toDays(dct) <= toDays(dct) - (toDays(sat) + 1)) sat = ahead;
          }
          c.value = fmtWeek(sat) + '-WE';
          c.direction = toDays(sat) > toDays(dct) ? 'future' : 'past';
          break;
        }
        case 'dayofmonth': {
          // the month just named ('sentenced on March 3 and released on the 10th'), else the month nearest the DCT,
          // the past preferred, never against the tense
          let best: Ymd | undefined;
          if (narrativeMonth !== undefined && c.start - narrativeMonthAt < 300) {
            const y = Math.floor(narrativeMonth / 12), m = (narrativeMonth % 12) + 1;
            if (validDay(y, m, p.day)) best = { y, m, d: p.day };
          } else {
            let bestCost = Infinity;
            for (const off of [-1, 0, 1]) {
              const ym = addMonths(dct.y, dct.m, off);
              if (!validDay(ym.y, ym.m, p.day)) continue;
              const day = { y: ym.y, m: ym.m, d: p.day };
              const diff = toDays(day) - toDays(dct);
              const cost = Math.abs(diff) + (diff > 0 && cue() !== 'future' ? 30 : 0) + (diff > 0 && cue() === 'past' ? 400 : 0) + (diff < 0 && cue() === 'future' ? 400 : 0);
              if (cost < bestCost) { bestCost = cost; best = day; }
            }
          }
          if (best) c.value = fmtDay(best);
          break;
        }
        case 'anchoryear': {
          c.value = pad((narrativeYear ?? dct.y) + p.offset, 4);
          break;
        }
        case 'anchorcycle': {
          // the year under discussion, and its month if the time under discussion has one (else the DCT's); a winter is
          // counted from its December ('the winter of 2010 ... the following autumn' is 2011's)
          const y0 = narrativeYear ?? dct.y;
          const m0 = narrativeYear === undefined ? dct.m : narrativeMonth !== undefined && Math.floor(narrativeMonth / 12) === narrativeYear ? (narrativeMonth % 12) + 1 : undefined;
          const tm = p.season ? CYCLE_MONTH[monthsOf(p.season)]! : p.month!;
          let y = p.rel === 0 ? y0 : p.rel > 0 ? (m0 !== undefined && tm > m0 ? y0 : y0 + 1) : (m0 !== undefined && tm < m0 ? y0 : y0 - 1);
          // 'seized on November 9, 2024 ... meeting every Thursday since that November': the November the text named last
          if (p.rel === 0 && p.month) {
            // (not one named before a later year: 'shipped out in September 1943. On the night of June 5, 1944 ... the landings
            // in the Netherlands that September' is 1944's)
            const named = out.findLast((o) => o.type === 'DATE' && new RegExp(`^\\d{4}-${pad(p.month!)}(?:-|$)`).test(o.value));
            if (named && !(narrativeYear !== undefined && narrativeYear < dct.y && narrativeYearAt > named.end && narrativeYear !== Number(named.value.slice(0, 4)))) y = Number(named.value.slice(0, 4));
          }
          c.value = p.season ? `${pad(y, 4)}-${p.season}` : fmtMonth(y, p.month!);
          break;
        }
        case 'anchorquarter': {
          // the quarter named last (within a few paragraphs), else the DCT's
          const base = focusQuarter && c.start - focusQuarter.at < 3000 ? focusQuarter.y * 4 + focusQuarter.q - 1 : dctQuarter - 1;
          const n = base + p.offset;
          c.value = `${pad(Math.floor(n / 4), 4)}-Q${(n % 4) + 1}`;
          break;
        }
        case 'anchorweek': {
          c.value = fmtWeek(addDays(narrativeDay ?? dct, 7 * p.offset));
          break;
        }
        case 'anchormonth': {
          const n = (narrativeMonth ?? dct.y * 12 + dct.m - 1) + p.offset;
          c.value = fmtMonth(Math.floor(n / 12), (n % 12) + 1);
          break;
        }
        case 'anchorday': {
          let base: Ymd = dct;
          let offset = p.offset;
          /** the clock time, if the expression has one ('4:40 p.m.' -> '16:40') */
          const hhmm = c.suffix && /^T\d\d:\d\d$/.test(c.suffix) ? c.suffix.slice(1) : undefined;
          if (c.zone !== undefined && dct.time && dct.offset !== undefined) {
            // '9:25 pm ET' in a story stamped 02:10 UTC the next day: the DCT's calendar day in the stated zone
            const [hh, mm] = dct.time.split(':').map(Number) as [number, number];
            const minutes = hh * 60 + mm - dct.offset + c.zone;
            base = addDays(dct, Math.floor(minutes / 1440));
          } else if (p.offset === 0 && c.rule.endsWith(':time-only') && hhmm !== undefined && dct.time && !(c.anchor === 'narrative' && narrativeNear(c.start))
            && hhmm > dct.time && cue() === 'past' && BARE_CLOCK.test(text.slice(c.start, c.end))) {
            // 'posting its final tally at 4:40 p.m.' in a paper stamped 07:30: a time still ahead of the article's, told in the past tense, was yesterday's
            base = addDays(dct, -1);
          }
          // '4:40 p.m. ET — Jury has reached a verdict': a clock time heading a line, a dash after it, is a live blog's or a
          // timeline's stamp: the DCT's day (its latest such hour), whatever day the entry before was about
          const stamp = c.rule.endsWith(':time-only') && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, c.start - 4), c.start))
            && STAMP_AFTER.test(text.slice(c.end, c.end + 12));
          // 'every Saturday from 8 a.m. to noon', 'open from 16:00 to 22:00 daily': a clock time of a set is every such day's
          // ('Every Saturday morning for 31 years, he unlocked the door at 7 o'clock', 'a pop-up store every weekend this month,
          // open from 11am to 9pm': the set earlier in the sentence, past a duration or a month between)
          const lastSet = out.findLast((o) => !(o.type === 'DURATION' || (o.type === 'DATE' && /^\d{4}(?:-\d\d)?$/.test(o.value))));
          // (not 'the status page, which it updated every 30 minutes, was unreachable around 15:00': a past 'was' between
          // tells of one time)
          const setBefore = !!lastSet && (lastSet.type === 'SET' || lastSet.value.startsWith('XXXX-XX-XXT'))
            && c.start - lastSet.end < (lastSet === out[out.length - 1] ? 40 : 120) && oneSentence(text, lastSet.end, c.start)
            && !/\b(?:was|were|had|did)\b/i.test(text.slice(lastSet.end, c.start));
          if (c.rule.endsWith(':time-only') || c.rule === 'clock-word') {
            // ('the first flight, which currently departs at 6.15am', 'the office usually opens at 9am': a habit's hour)
            // ('the traditional 11pm closing time', 'its usual 10 a.m. service': an hour kept by custom, no one day's)
            const habitual = /\b(?:currently|usually|normally|typically|generally|always|routinely)\s+(?:[a-z]+\s+){1,3}(?:at|from|until|by)\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(0, c.start - 60), c.start))
              || /\b(?:the|its|their|his|her|our|a)\s+(?:usual|normal|traditional|regular|customary|standard)\s+$/i.test(text.slice(Math.max(0, c.start - 30), c.start))
              || HABIT_HOUR_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start));
            if (hhmm !== undefined && (setBefore || habitual || SET_AFTER_CLOCK.test(text.slice(c.end, c.end + 40)) || SET_IN_CLAUSE.test(text.slice(c.end, c.end + 100)))) {
              c.value = 'XXXX-XX-XX' + c.suffix;
              c.type = 'TIME';
              delete c.suffix;
              break;
            }
          }
          if (stamp && hhmm && timelineStamp && c.start - timelineStamp.end < 600 && hhmm >= timelineStamp.hhmm) {
            base = timelineStamp.day;
            timelineStamp = { day: base, hhmm, end: c.end };
          } else if (stamp && hhmm && narrativeDay && c.start - narrativeAt < 600 && toDays(narrativeDay) < toDays(dct) && ascendingStamps(text, c.end, hhmm)) {
            // 'Police have released the following timeline of events (the robbery at about 17:25 on Monday):\n\n17:25 - ...\n17:31
            // - ...': stamps in ascending order are a timeline of the day just named (a live blog's run newest first)
            base = narrativeDay;
            timelineStamp = { day: base, hhmm, end: c.end };
          } else if (stamp) {
            base = dct.time && hhmm && hhmm > dct.time ? addDays(dct, -1) : dct;
            if (hhmm && toDays(base) === toDays(dct)) blogStamp = { hhmm, end: c.end };
          } else if (c.anchor === 'narrative' && narrativeDay && (c.rule.startsWith('narrative') || narrativeNear(c.start))) {
            // 'overnight' is news of the last night or so: a day named nearby counts only within a week before the DCT
            // ('the index ended lower on Friday ... after overnight losses abroad'), not a date recalled from the background
            const back = toDays(dct) - toDays(narrativeDay);
            if (c.rule !== 'overnight' || (back >= 0 && back <= 7)) { base = narrativeDay; offset = p.narrativeOffset ?? p.offset; }
            // which midnight: 'a press conference planned for 19:00 ... cancelled just after midnight' is the one closing the
            // evening just named; 'passed the bill early Thursday, ending debate that ran well past midnight' the one opening
            // the early hours just named
            const prevT = c.suffix === 'T24:00' && !p.closesDay ? out.findLast((o) => o.value.startsWith(fmtDay(narrativeDay!))) : undefined;
            if (prevT && c.start - prevT.end < 300) {
              if (/T(?:EV|NI|1[89]|2[0-3])/.test(prevT.value)) offset = 0;
              else if ((prevT.mod === 'START' && prevT.value.length === 10) || /T(?:MO|0\d)/.test(prevT.value)) offset = -1;
            }
            // 'heavy snow fell on Monday night ... in the 12 hours to 06:00 GMT': an early-morning hour after a night under
            // discussion is the morning after it
            if (narrativeNight && hhmm !== undefined && Number(hhmm.slice(0, 2)) < 9 && p.offset === 0 && c.rule !== 'overnight') offset = 1;
            // 'a session that went on until close to 4am', 'talks ran past 2 a.m.': what lasted into the small hours ended on
            // the morning after the day under discussion
            if (hhmm !== undefined && Number(hhmm.slice(0, 2)) < 6 && p.offset === 0 && c.rule.endsWith(':time-only')) {
              const prep = /\b(?:until|till|past|into)\s+(?:close\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+after\s+|after\s+)?$/i.exec(text.slice(Math.max(0, c.start - 28), c.start));
              if (prep && LASTED.test(text.slice(Math.max(0, c.start - prep[0].length - 40), c.start - prep[0].length))) offset = 1;
            }
            // 'The bureau will issue its next update at 21:00' after a paragraph on yesterday or last Friday, 'In an advisory
            // issued at 10 a.m.' after a forecast for Sunday night: a bare clock time whose own verb looks the other way from
            // the day under discussion is the DCT's next (or last) such hour
            // ('advisories for Saturday ... between 7 a.m. and 1 p.m.': a span of hours is the day's, not the verb's moment)
            const prevC = out[out.length - 1];
            const span = /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, c.start - 9), c.start)) || /^\s*(?:and|to|until|till|-|\u2013)\s*\d/i.test(text.slice(c.end, c.end + 8))
              || (!!prevC && prevC.type === 'TIME' && /^\s*(?:and|to|until|till|-|\u2013)\s*$/i.test(text.slice(prevC.end, c.start)));
            const clock = c.rule.endsWith(':time-only') && !span ? hhmm : undefined;
            if (clock && p.offset === 0 && ((back > 0 && cue() === 'future' && (detail().strong || /\b(?:will|shall)\s+(?:[a-z]+\s+){0,8}$|'ll\s/i.test(text.slice(Math.max(0, c.start - 80), c.start).split(/[.!?;]\s/).pop()!))) || (back < 0 && cue() === 'past'))) {
              base = !dct.time ? dct : back > 0 ? (clock > dct.time ? dct : addDays(dct, 1)) : (clock <= dct.time ? dct : addDays(dct, -1));
            }
            // 'Rebels attacked the town on Tuesday. Overnight, the army retook it.': a sentence fronted with 'Overnight,'
            // right after the one that names a day goes on from that day, into its night ('Overnight, storms had cut
            // power' still looks back)
            // 'talks that began at 11 a.m. Thursday and ran overnight': after a verb, in the sentence of the day just
            // named, it is that day's night
            const sameSentence = narrativeAt <= c.start && oneSentence(text, narrativeAt, c.start);
            if (c.rule === 'overnight' && back >= 1 && p.offset === -1 && sameSentence && /\b(?:and|then)\s+[a-z]+(?:ed|an|ent|ept|ook)\s+$/i.test(text.slice(Math.max(0, c.start - 30), c.start))) {
              base = narrativeDay;
              c.value = fmtDay(base) + (c.suffix ?? '');
              c.type = 'TIME';
              delete c.suffix;
              break;
            }
            if (c.rule === 'overnight' && back >= 1 && p.offset === -1 && fronted(text, c.start, c.end) && nextSentence(text, narrativeAt, c.start)) {
              base = narrativeDay;
              c.value = fmtDay(base) + (c.suffix ?? '');
              c.type = 'TIME';
              delete c.suffix;
              break;
            }
          }
          // 'Grit trucks would be out from 4am', 'the agency will decide by 7am', in a story stamped 16:45: a clock time of the
          // article's day already past, in a plan, is tomorrow's
          // ('9.55am - Good morning. The festival opens at 11am', in a live blog stamped 17:40: the hour its entry was written
          // at, not the blog's last, is the one a plan looks ahead from)
          const writtenAt = !stamp && blogStamp && c.start - blogStamp.end < 1500 ? blogStamp.hhmm : dct.time;
          if (!stamp && c.rule.endsWith(':time-only') && hhmm !== undefined && writtenAt && offset === 0 && toDays(base) === toDays(dct) && hhmm < writtenAt
            && cue() === 'future' && (detail().strong || /\b(?:will|shall|would)\s+(?:[a-z]+\s+){0,8}$|'ll\s/i.test(text.slice(Math.max(0, c.start - 80), c.start).split(/[.!?;]\s/).pop()!))) {
            base = addDays(dct, 1);
          }
          // 'raided, most recently last March ... the director resigned that same day': a day of the month just named, which day unknown
          if (c.rule.startsWith('narrative') && narrativeMonthOnly && narrativeMonthOnly.at > narrativeAt && c.start - narrativeMonthOnly.at < 300) {
            c.value = narrativeMonthOnly.value + '-XX' + (c.suffix ?? '');
            if (c.suffix) c.type = 'TIME';
            delete c.suffix;
            break;
          }
          // 'slasher films from 7pm until 3am', 'closes to traffic at 4pm today and reopens at 2am', 'At midnight ... By 12.20am':
          // a small hour right after an evening's clock time on the same day is the next morning's
          if (c.rule.endsWith(':time-only') && hhmm !== undefined && Number(hhmm.slice(0, 2)) < 6 && p.offset === 0 && offset === 0 && !stamp) {
            const prevT = out.findLast((o) => o.type === 'TIME');
            const pm = prevT && c.start - prevT.end < 250 ? /^(\d{4}-\d\d-\d\d)T(\d\d):\d\d$/.exec(prevT.value) : null;
            // (an afternoon's too, when what runs from it runs 'until' the small hour or 'reopens' at it)
            if (pm && pm[1] === fmtDay(base) && (Number(pm[2]) >= 17 || (Number(pm[2]) >= 12
              && /\b(?:until|till|to|through|reopens?|resumes?)\b/i.test(text.slice(prevT!.end, c.start))))) { base = addDays(base, 1); smallHours = true; }
          }
          c.value = fmtDay(addDays(base, offset));
          break;
        }
      }
      delete c.pending;
    }
    if ((c.shift || c.asWeek) && DAY_RE.test(c.value) && c.value.length === 10) {
      const [y, m, d] = c.value.split('-').map(Number) as [number, number, number];
      const day = addDays({ y, m, d }, c.shift ?? 0);
      c.value = c.asWeek ? fmtWeek(day) : fmtDay(day);
    }
    if (c.suffix) {
      if (DAY_RE.test(c.value) && c.value.length === 10) { c.value += c.suffix; c.type = 'TIME'; }
    }
    // narrative quarter focus
    let month: Candidate | undefined, half: Candidate | undefined, same: Candidate | undefined, week: string | undefined;
    // 'went up by about nine per cent last month, and the shilling lost ground over the same period': 'the same period'
    // right after a month or a week named in its sentence is that one
    const samePeriodOf = c.rule === 'quarter-focus' && /^the\s+same\s+period$/i.test(text.slice(c.start, c.end))
      ? out.findLast((o) => o.type === 'DATE' && /^\d{4}-(?:\d\d|W\d\d)$/.test(o.value) && c.start - o.end < 150 && oneSentence(text, o.end, c.start)) : undefined;
    if (samePeriodOf) {
      c.value = samePeriodOf.value;
    } else if (c.rule === 'quarter-focus' && c.anchor === 'narrative' && focusQuarter && c.start - focusQuarter.at < 3000) {
      // 'Our pipeline for the fourth quarter is strong ... Subscription revenue grew 11 percent in the quarter': what the
      // quarter did, told in the past tense, is the last quarter named that is over, not an outlook's
      let f = focusQuarter;
      if (f.y * 4 + f.q >= dctQuarter && endedQuarter && c.start - endedQuarter.at < 3000
        && directionCueDetail(text, c.start, c.end).dir === 'past') f = endedQuarter;
      c.value = `${pad(f.y, 4)}-Q${f.q}`;
    } else if (c.rule === 'year-earlier' && (half = out.findLast((o) => o.type === 'DATE' && /^\d{4}-H[12]$/.test(o.value) && c.start - o.end < 150 && oneSentence(text, o.end, c.start)))) {
      // 'rose 18 per cent in the first half of the year, compared with the same period last year': that half a year before
      c.value = `${pad(Number(half.value.slice(0, 4)) - 1, 4)}${half.value.slice(4)}`;
    } else if ((c.rule === 'year-earlier' || c.rule === 'same-of-year') && /\bweek\b/i.test(text.slice(c.start, c.end)) && (week = weekBefore(out, c, text))) {
      // 'rose to 8.2 per cent in the week ended June 5, against 5.9 per cent in the same week last year': that week's
      // number, a year back (or in the year named)
      const y = c.rule === 'same-of-year' ? Number(c.value) : Number(week.slice(0, 4)) - 1;
      c.value = `${pad(y, 4)}${week.slice(4)}`;
    } else if (c.rule === 'same-of-year' && (same = out.findLast((o) => o.type === 'DATE' && /^\d{4}-(?:Q[1-4]|H[12]|\d\d)$/.test(o.value) && c.start - o.end < 150 && oneSentence(text, o.end, c.start)))
      && (/\bmonth\b/i.test(text.slice(c.start, c.end)) ? /^\d{4}-\d\d$/ : /\bquarter\b/i.test(text.slice(c.start, c.end)) ? /-Q/ : /\bhalf\b/i.test(text.slice(c.start, c.end)) ? /-H/ : /./).test(same.value)) {
      // 'in the fourth quarter compared with the same quarter of 1989': the quarter just named, in the year named
      c.value = `${c.value}${same.value.slice(4)}`;
    } else if (c.rule === 'year-earlier' && (month = monthBefore(out, c, text))) {
      // 'prices rose 0.3% in January ... from a year earlier': the same month a year before
      const [y, m] = month.value.split('-').map(Number) as [number, number];
      // ('sold 118,430 units from January to March, up from 111,516 in the same quarter last year': the quarter)
      c.value = /\bquarter\b/i.test(text.slice(c.start, c.end)) ? `${pad(y - 1, 4)}-Q${quarterOf(m)}` : fmtMonth(y - 1, m);
    } else if (c.rule === 'year-earlier' || c.rule === 'year-period') {
      // results compared with a year before are those of a quarter that has ended: after an outlook ('expect the
      // weakness to last into the fourth quarter ... through the third quarter of next year'), 'In the year-ago
      // period, it earned ...' goes back to the last quarter named that is over; an outlook's own comparison ('expects
      // fourth-quarter sales to match the year-earlier level') keeps the quarter ahead
      let f = focusQuarter;
      if (f && f.y * 4 + f.q >= dctQuarter && endedQuarter && c.start - endedQuarter.at < 3000
        && directionCueDetail(text, c.start, c.end).dir !== 'future') f = endedQuarter;
      // after 'for the nine months' the comparison is with the same months a year before, which no quarter
      // names: the year (the quarter in focus again once a quarter is named)
      if (f && c.start - f.at < 3000 && !(monthsFocusAt > f.at)) {
        // 'the 2023 period' in a quarterly report: that year's quarter in focus; after 'for the nine months', the year
        c.value = c.rule === 'year-earlier' ? `${pad(f.y - 1, 4)}-Q${f.q}` : `${c.value}-Q${f.q}`;
      }
    }
    if (c.type === 'DURATION' && MONTHS_SPAN.test(c.value) && c.rule === 'duration') monthsFocusAt = c.start;
    const qm = QUARTER_RE.exec(c.value);
    if (qm && c.rule !== 'year-earlier' && c.rule !== 'year-period') {
      focusQuarter = { y: Number(qm[1]), q: Number(qm[2]), at: c.start };
      if (focusQuarter.y * 4 + focusQuarter.q < dctQuarter) endedQuarter = focusQuarter;
    }
    if (/^\d{3}$/.test(c.value) && c.type === 'DATE') narrativeDecade = { d: Number(c.value), at: c.end };
    const am = c.anchor === 'absolute' && c.type === 'DATE' ? /^(\d{4})-(\d{2})$/.exec(c.value) : null;
    // (as the time of what is told, after a preposition: not 'the August 1988 cease-fire')
    if (am && /\b(?:in|during|by|since|until|of)\s+(?:early\s+|late\s+|mid-?)?$/i.test(text.slice(Math.max(0, c.start - 16), c.start))) datedMonth = { y: Number(am[1]), m: Number(am[2]), at: c.end };
    const ym = /^(\d{4})(?:$|-)/.exec(c.value);
    if (ym && c.type !== 'DURATION' && c.type !== 'SET' && !yearFromClause.has(c.start)) { narrativeYear = Number(ym[1]); narrativeYearAt = c.end; }
    const mm = /^(\d{4})-(\d{2})(?:$|-\d{2})/.exec(c.value);
    if (mm && c.type !== 'DURATION' && c.type !== 'SET') { narrativeMonth = Number(mm[1]) * 12 + Number(mm[2]) - 1; narrativeMonthAt = c.end; }
    // ('In the summer of 1951 ... the following spring': a season places the time under discussion in its year too)
    const ms = /^(\d{4})-(SP|SU|FA|WI)$/.exec(c.value);
    if (ms && c.type === 'DATE') { narrativeMonth = Number(ms[1]) * 12 + CYCLE_MONTH[ms[2]!]! - 1; narrativeMonthAt = c.end; }
    if (/^\d{4}-\d{2}$/.test(c.value) && c.type === 'DATE' && !c.mod
      && (/^(?:last|this|next|early|late|mid)\b/i.test(text.slice(c.start, c.end)) || /\b(?:in|during)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start)))) {
      // (not 'its highest since June 2013', 'until March': a bound, no month under discussion)
      narrativeMonthOnly = { value: c.value, at: c.end };
    }
    const dm = DAY_RE.exec(c.value);
    // 'overnight' (the night before) is read off the day under discussion and leaves it where it was
    // nor does a possessive day ('arrested on Wednesday night two men suspected in Monday's robbery'): it names another
    // happening, and the story stays on its day
    // nor does the end of a reporting period ('net income for the three months ended Sept. 30 was ...'): no happening is on it
    if (dm && c.type !== 'DURATION' && c.type !== 'SET' && c.rule !== 'overnight' && !smallHours && !/^['\u2019]s\b/.test(text.slice(c.end, c.end + 3))
      && !PERIOD_END_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))
      // nor the day a report was made after the day of what it reports, in the same sentence ('... detonated a car bomb late
      // Sunday, killing 14 people, officials said on Monday. The blast struck at about 11:40 p.m.': Sunday's)
      && !(narrativeAt >= 0 && REPORTED_ON.test(text.slice(Math.max(0, c.start - 40), c.start)) && oneSentence(text, narrativeAt, c.start))) {
      narrativeDay = { y: Number(dm[1]), m: Number(dm[2]), d: Number(dm[3]) };
      narrativeNight = /TNI$/.test(c.value);
      // 'began falling shortly after midnight and continued ... by 6 p.m.': a midnight that opened a stretch of time
      // (the day before, T24:00) leaves the story on the day it opened
      if (/T24:00$/.test(c.value) && /\b(?:after|past|since|from)\s+(?:about\s+|around\s+|just\s+)?$/i.test(text.slice(Math.max(0, c.start - 20), c.start))) {
        narrativeDay = addDays(narrativeDay, 1);
      }
      narrativeAt = c.end;
    }
    // 'between 10pm and 11.30pm this Saturday', 'from 9am to 5pm on Friday': the first time of a range has the day the
    // second one names
    const rangeStart = out[out.length - 1];
    if (rangeStart && c.type === 'TIME' && /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(c.value) && rangeStart.type === 'TIME' && /^chrono:[^+]*:time-only$/.test(rangeStart.rule)
      && /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(rangeStart.value) && !c.rule.endsWith(':time-only') && c.rule !== 'clock-word' && rangeStart.value.slice(0, 10) !== c.value.slice(0, 10)
      && /^\s*(?:and|to|until|till|-|\u2013)\s*$/i.test(text.slice(rangeStart.end, c.start)) && /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, rangeStart.start - 9), rangeStart.start))
      && rangeStart.value.slice(11) <= c.value.slice(11)) {
      rangeStart.value = c.value.slice(0, 10) + rangeStart.value.slice(10);
    }
    const listHead = /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.value);
    if (listHead && c.type === 'DATE' && headsListLine(text, c.start, c.end)) {
      const eol = text.indexOf('\n', c.end);
      listDay = { day: { y: Number(listHead[1]), m: Number(listHead[2]), d: Number(listHead[3]) }, lineEnd: eol < 0 ? text.length : eol };
    }
    prevWeekday = weekdayNow;
    prevMonth = monthNow;
    // 'finished the last chapter on April 14 last year': one expression, as TimeBank writes 'June last year' (the day took
    // its year from the phrase)
    const dayBefore = out[out.length - 1];
    if (dayBefore && c.type === 'DATE' && /^\d{4}$/.test(c.value) && /^(?:last|this|next)\s+year$/i.test(text.slice(c.start, c.end))
      && dayBefore.type === 'DATE' && DAY_RE.test(dayBefore.value) && /\d/.test(text.slice(dayBefore.start, dayBefore.end)) && dayBefore.value.startsWith(c.value) && /^\s+$/.test(text.slice(dayBefore.end, c.start))) {
      dayBefore.end = c.end;
      continue;
    }
    out.push(c);
  }
  // '10:35 a.m. (0735 GMT) Friday', '6 a.m. local time Sunday': a clock time takes the day that follows its parenthetical or 'local time'
  for (let i = 0; i + 1 < out.length; i++) {
    const c = out[i]!, n = out[i + 1]!;
    if (c.type !== 'TIME' || !c.suffix || !/:time-only$|^clock-word$/.test(c.rule)) continue;
    if (!DAY_RE.test(n.value) || n.type === 'DURATION' || n.type === 'SET') continue;
    // ('the 1:15 p.m. trip on Sunday', 'the 6 a.m. flight on Friday': a clock time naming a thing, which the day is of)
    const attributive = /\b(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, c.start - 6), c.start)) && CLOCK_NOUN_GAP.test(text.slice(c.end, n.start));
    if (!PAREN_GAP.test(text.slice(c.end, n.start)) && !attributive) continue;
    c.value = n.value.slice(0, 10) + c.suffix;
  }
  // 'the weekend of October 20', 'the last weekend of February', 'the first weekend in June': one expression, the weekend
  // holding (or nearest) that day, or that weekend of the month
  for (const c of out) {
    if (c.type !== 'DATE') continue;
    const lead = WEEKEND_OF.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!lead) continue;
    const day = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(c.value);
    if (!day || (!!lead[1] === !!day[3])) continue; // an ordinal goes with a month, no ordinal with a day
    const y = Number(day[1]), m = Number(day[2]);
    let sat: Ymd;
    if (day[3]) {
      const d: Ymd = { y, m, d: Number(day[3]) };
      const wd = isoWeekday(d); // the Saturday of the weekend holding it, or of the nearest one (a Friday's next, a Monday's last)
      sat = addDays(d, wd === 7 ? -1 : wd === 6 ? 0 : wd <= 2 ? -(wd + 1) : 6 - wd);
    } else {
      const first = addDays({ y, m, d: 1 }, (6 - isoWeekday({ y, m, d: 1 }) + 7) % 7);
      const k = ORDINALS_OF_WEEKEND[lead[1]!.toLowerCase()]!;
      sat = k > 0 ? addDays(first, 7 * (k - 1)) : addDays(first, 7 * Math.floor((daysInMonth(y, m) - first.d) / 7));
    }
    c.start -= lead[0].length;
    c.value = fmtWeek(sat) + '-WE';
    delete c.mod;
  }
  return out;
}

/** a noun or two after a clock time, then 'on' a day: ' trip on ', ' ferry crossing on ' (no verb: not ' and returned on ') */
const CLOCK_NOUN_GAP = /^\s+(?!(?:and|or|but|was|were|is|are|had|has|then|to)\b)[a-z][a-z-]*(?<!ed)(?:\s+(?!(?:and|or|but|was|were|is|are|had|has|then|to)\b)[a-z][a-z-]*(?<!ed))?\s+on\s+$/;

/** 'the 23rd anniversary of the', 'the first anniversary of', 'the one-year anniversary of the', 'the anniversary of the' (the count in group 1, 2 or 3) */
const ANNIVERSARY_OF = /\b(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy-fifth|eightieth|hundredth)|(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})-year)?\s*anniversary\s+of\s+(?:the\s+)?$/i;
const ANNIVERSARY_COUNT: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, fifteenth: 15, twentieth: 20,
  'twenty-fifth': 25, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, 'seventy-fifth': 75, eightieth: 80, hundredth: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** 'Overnight,' opening its sentence, its clause not in the past perfect ('Overnight, storms had cut power') */
function fronted(text: string, start: number, end: number): boolean {
  if (!/(?:^|[.!?]["'\u201d\u2019]?\s+)["'\u201c\u2018]?$/.test(text.slice(Math.max(0, start - 5), start))) return false;
  const clause = /^[^.!?;]*/.exec(text.slice(end, end + 200))![0];
  // ('Overnight, the army retook it', 'Overnight crews back-burned along the road': the comma may be left out)
  return (/^\s*,/.test(clause) || /^\s+[a-z]+\s+[a-z-]+(?:ed|ept|ook|ent|an)\b/.test(clause)) && !/\b(?:had|'d)\b/i.test(clause);
}

/** Whether `at` is in the sentence just before the one `start` opens (one sentence break between them). */
function nextSentence(text: string, at: number, start: number): boolean {
  if (at < 0 || at > start) return false;
  const between = text.slice(at, start + 1);
  const breaks = between.match(/[.!?]["'\u201d\u2019]?\s+(?=["'\u201c\u2018]?[A-Z])/g)?.length ?? 0;
  return breaks === 1;
}

/** 'on a Sunday', 'an ordinary Tuesday' is no particular one */
const INDEFINITE_BEFORE = /(?:^|[^\w'’])(?:on\s+)?an?\s+(?:(?:ordinary|typical|normal|quiet|busy|recent|rainy|sunny|cold|hot|single)\s+)?$/i;
/** ... and not an attribute of a noun ('a Friday deadline', 'a Sunday newspaper') */
const INDEFINITE_AFTER = /^(?:\s*(?:[.,;:!?)\u2014]|$)|\s+(?:in|of|when|that|and|or|morning|afternoon|evening|night)\b)/;
/** a clock time alone ('4:40 p.m.', '16:40'; not '3:15 this afternoon') */
const BARE_CLOCK = /^(?:(?:about|around|approximately|roughly)\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?$/i;
/** what makes a year the time of the sentence's story ('in 2026', 'in the 2022 contest'; not 'since 2019', 'by 2030') */
const YEAR_AS_TIME = /\b(?:in|during|of)\s+(?:the\s+(?:[\w'\u2019-]+\s+)?)?$/i;
/** ... set off as the sentence's setting: its phrase ends at a comma ('in 2026, his race', 'in the 2022 contest for attorney general,'; not 'a program approved in 1987 that ...') */
const YEAR_PHRASE_END = /^(?:\s+(?!that\b|which\b|who\b)[a-z][\w'\u2019-]*){0,4}\s*,/;
/** a year followed by a 'when' clause that holds the day, in one sentence */
const WHEN_YEAR = /\b(?:in|since|of|during)\s+((?:1[5-9]|20)\d\d),\s+when\b(?:(?!\b(?:1[5-9]|20)\d\d\b)[^.;!?])*$/i;
/** the attribution after a quote, with the day it was said: ' the minister said on Tuesday', ' he told reporters Monday' */
const QUOTE_ATTRIBUTION = /^\s*(?:[A-Za-z.'\u2019-]+\s+){1,4}?(?:said|told\s+(?:[a-z]+\s+){0,2}|added|insisted|warned|wrote|posted)\s+(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** a reporting verb, and then what was reported */
const REPORTING = 'said|told|announced|stated|added|insisted|warned|promised|predicted|indicated|confirmed';
const REPORTED = new RegExp(`\\b(?:${REPORTING})\\b`, 'i');
const REPORTED_BEFORE = new RegExp(`\\b(?:${REPORTING})\\s+(?:\\w+\\s+){0,2}(?:on\\s+)?$`, 'i');
const SET_WEEKDAY = /^XXXX-WXX-[1-7]$/;
const SET_MONTH = /^XXXX-(?:0[1-9]|1[0-2])$/;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/i;
const MONTH_RANGE_GAP = /^\s*(?:to|through|thru|until|till|and|-|\u2013)\s*$/i;
const RANGE_GAP = /^\s*(?:to|through|thru|until|till|-|\u2013)\s*$/i;
/** a day with its hour: '2011-01-16T23:00' */
const TIME_OF_DAY = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/;
/** '10:35 a.m. (0735 GMT) Friday', '6 a.m. local time Sunday', '10 a.m. Pacific time Thursday', 'noon ET on Friday': the clock time's own day follows */
const PAREN_GAP = /^\s*(?:local time\s*)?\([^()]{1,24}\)\s*(?:,\s*)?(?:on\s+)?$|^\s*(?:\(\s*)?(?:local|Eastern|Pacific|Central|Mountain|Atlantic|[ECMP][SD]?T|GMT|UTC|BST)(?:\s+(?:standard\s+|daylight\s+)?time)?(?:\s*\))?\s*(?:,\s*)?(?:on\s+)?$/;
