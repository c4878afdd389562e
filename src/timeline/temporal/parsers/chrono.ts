/**
 * chrono-node does the heavy lifting for absolute dates and clock times:
 * 'Mar. 13, 2025', '03/16/2025', 'Monday, March 17', 'Sunday, March 16,
 * 2025', '9:25 pm ET', weekdays. We run a trimmed copy of chrono's strict
 * English configuration once per text and only read the components chrono is
 * certain about; all calendar arithmetic (years, directions) is ours, so the
 * machine clock and time zone never matter.
 */
import { WEEKDAY_RANGE_AFTER } from '../constants.ts';
import * as chrono from 'chrono-node';
import type { Candidate, Ctx } from '../types.ts';
import { addDays, fmtDay, pad, isoWeekday, toDays, validDay } from '../calendar.ts';

/** zone words after a clock time: ' local time', ' Eastern time', ' Pacific daylight time', ' Eastern' (not 'Eastern Europe'),
 * abbreviations chrono does not know (' AT', ' SAST', ' EAT') */
const CLOCK_ZONE_WORDS = /^\s+(?:local\s+time|(?:AT|NT|AST|ADT|NST|NDT|SAST|WAT|CAT|EAT|PKT|SGT|NZST|NZDT|AWST|AWDT|ACST|ACDT|AEST|AEDT|HKT|WIB|PHT)\b(?![-'\u2019])|(?:Eastern|Central|Pacific|Mountain|Atlantic)(?:\s+(?:standard|daylight|summer))?(?:\s+time\b|(?![\w-]|\s+[A-Z]))|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Eastern|Central|Western|Northern|Southern|Pacific|Mountain|Atlantic)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[Ss]tandard\s+|[Dd]aylight\s+|[Ss]ummer\s+)?[Tt]ime\b)/;

/** what follows a game clock: 'with 8:40 left', '2:15 remaining', '0:42 to play' */
const GAME_CLOCK_AFTER = /^\s+(?:left|remaining|to play|to go)\b/i;

const DROP_PARSERS = new Set(['ENSlashMonthFormatParser', 'ENYearMonthNameParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
const DROP_REFINERS = new Set(['UnlikelyFormatFilter', 'ENMergeDateRangeRefiner', 'ForwardDateRefiner', 'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner']);

let engine: chrono.Chrono | undefined;
function getEngine(): chrono.Chrono {
  if (engine) return engine;
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => !DROP_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
  engine = c;
  return c;
}

const LEADING = /^(?:(?:at|on|in|by|from|since|until|till)\s+)+/i;
const REL_PREFIX = /^(last|next|this|coming|past)\s+/i;

/**
 * Only the neighbourhoods of words chrono can use (month and weekday names,
 * clock times, numeric dates) are handed to chrono, as one string with the
 * windows separated by blank lines: one chrono call per text, a fraction of
 * the characters to scan.
 */
const TRIGGER = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|noon|midnight)\b|\d(?::\d\d|\s?[ap]\.?m\b|\s?o'clock)|\d\/\d{1,2}\/\d|\d{4}-\d\d-\d\d/g;
const WINDOW = 48;

function windows(text: string): { sub: string; map: number[] } {
  const spans: [number, number][] = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text)) !== null) {
    const s = Math.max(0, m.index - WINDOW), e = Math.min(text.length, m.index + m[0].length + WINDOW);
    const last = spans[spans.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else spans.push([s, e]);
  }
  // snap window edges to whitespace so chrono never sees half a word
  const parts: string[] = [];
  const map: number[] = []; // map[k] = offset in text of the k-th window part start, paired with its offset in sub
  let subLen = 0;
  for (const [s0, e0] of spans) {
    let s = s0, e = e0;
    while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
    while (e < text.length && !/\s/.test(text[e]!)) e++;
    const prevEnd = map.length ? map[map.length - 2]! + (parts[parts.length - 1]!.length) : -1;
    if (prevEnd >= s && parts.length) {
      // overlapping after snapping: extend the previous part
      const ps = map[map.length - 2]!;
      parts[parts.length - 1] = text.slice(ps, Math.max(e, prevEnd));
      continue;
    }
    map.push(s, subLen + (parts.length ? 2 * parts.length : 0));
    parts.push(text.slice(s, e));
    subLen += e - s;
  }
  // recompute sub offsets exactly
  const sub = parts.join('\n\n');
  let off = 0;
  for (let k = 0; k < parts.length; k++) { map[2 * k + 1] = off; off += parts[k]!.length + 2; }
  return { sub, map };
}

function toTextOffset(map: number[], subIndex: number): number {
  // binary search the last part whose sub offset <= subIndex
  let lo = 0, hi = map.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[2 * mid + 1]! <= subIndex) lo = mid; else hi = mid - 1;
  }
  return map[2 * lo]! + (subIndex - map[2 * lo + 1]!);
}

/** A number chrono took for a clock time before the day it belongs to ('6.43 on Friday', '10, on Monday'). */
const NUMBER_BEFORE_DATE = /^[\d.,]+\s*,?\s+(?:on\s+)?(?=(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s)/;

const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
const SLASH_DMY = /\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/\d{2,4}\b/;
const SLASH_MDY = /\b(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/\d{2,4}\b/;
const PROSE_DM = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}\b`, 'g');
const PROSE_MD = new RegExp(String.raw`\b${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]\d)`, 'g');

/**
 * Whether a text writes numeric dates day first (British and most of the world) rather than month first (American):
 * an unambiguous slash date says so ('23/11/2013' vs '11/23/2013'), else the order of its dates in words ('12 March' vs
 * 'March 12'). Only then is an ambiguous '12/03/2013' read as 12 March.
 */
function writesDayFirst(text: string): boolean {
  const dmy = SLASH_DMY.test(text), mdy = SLASH_MDY.test(text);
  if (dmy !== mdy) return dmy;
  const dm = text.match(PROSE_DM)?.length ?? 0, md = text.match(PROSE_MD)?.length ?? 0;
  return dm > md;
}

const DAY_MONTH_END = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\b`);
/** a kind of thing named by a weekday ('allowed Sunday shopping', 'Sunday trading laws', 'Saturday working'), no day */
const WEEKDAY_KIND_AFTER = /^\s+(?:prayers?|sermons?|shopping|trading|opening|openings|working|drinking|roasts?|lunch(?:es)?|schools?|editions?|newspapers?|supplements?|league|leagues|drivers?|hours)\b/i;
/** a kind named by a weekday whatever comes before it ('the Thursday slot', 'the Thursday market', 'Friday homes'): no day */
// ('the Saturday-night dances', 'a Sunday-morning service': a kind of event, a compound before its noun)
const WEEKDAY_KIND_ALWAYS = /^(?:\s+(?:slots?|timeslots?|time\s+slots?|line-?ups?|markets?|pickups?|collections?|homes|households)\b|-(?:night|morning|afternoon|evening)\s+[a-z]{3,}s\b)/i;
const CLOCK_OK = /(?:\d:\d\d|\d\.\d\d\s*(?:GMT|BST|UTC|CET|CEST|IST|SAST|AEST|AEDT|EST|EDT|PST|PDT)\b|\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|o'clock)|noon|midnight)/i;

export function chronoParser(ctx: Ctx): Candidate[] {
  const { text, dct } = ctx;
  const ref = { instant: new Date(Date.UTC(dct.y, dct.m - 1, dct.d, 12)), timezone: 0 };
  const out: Candidate[] = [];
  let dayFirst: boolean | undefined;
  const { sub, map } = windows(text);
  if (!sub) return out;
  interface Hit { index: number; text: string; start: chrono.ParsedComponents; end: chrono.ParsedComponents | undefined; tags: () => Set<string> }
  const hit = (p: chrono.ParsedResult, at: number): Hit => ({ index: at + p.index, text: p.text, start: p.start, end: p.end, tags: () => p.tags() });
  const results: Hit[] = getEngine().parse(sub, ref).map((p) => hit(p, 0));
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!;
    // a list of dates ('Wed 25 Oct: Ashcombe United (H), 7.45pm\nSat 28 Oct: Penmoor Town (A), 3pm'): chrono joins a clock
    // time at a line's end to the date heading the next line; each line's expressions are read on their own. So across
    // a paragraph break ('... an alert at 4pm.\n\nJune 8: ...') and a sentence's end after a closed clock time ('at 4pm. June
    // 8'); a single line break inside a sentence may be a hard-wrapped line ('Oct.\n31')
    const para = r.text.indexOf('\n\n');
    // ('between 10:00 and 16:00\nTuesday and Wednesday: menswear': a clock time ending a line, a day heading the next)
    const nl = para >= 0 ? para : /^\s*:/.test(sub.slice(r.index + r.text.length, r.index + r.text.length + 3)) || /\d(?:[:.]\d\d|\s*(?:am|pm|a\.m\.|p\.m\.))[ \t]*\n[ \t]*[A-Z]/i.test(r.text) ? r.text.indexOf('\n') : -1;
    // 'every Saturday from 8 a.m. to noon', 'each Sunday, 10 a.m.': the weekday is a set's (the sets parser's); the clock
    // time after it is read on its own
    const setDay = /\b(?:every|each)\s+$/i.test(sub.slice(Math.max(0, r.index - 6), r.index)) ? /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(r.text) : null;
    // 'a drop-in session on Saturday from 10:00 to 13:00': the day, then a span of its hours, each read on its own
    const fromClock = /,?\s+from\s+(?=\d{1,2}(?:[:.]\d\d|\s*(?:am|pm|a\.m\.|p\.m\.)))/i.exec(r.text);
    const dayFrom = fromClock && /(?:day|[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)$/.test(r.text.slice(0, fromClock.index)) ? fromClock.index : -1;
    // 'open from 07:00 to 19:00 this weekend': a weekend is no day for the clock times; they are read alone, the weekend by
    // its own rule
    const weekendTail = /^(.*\d.*?)\s+(?:this|next|last|the|over\s+the)\s+weekend$/i.exec(r.text);
    if (weekendTail) {
      results.splice(k + 1, 0, ...getEngine().parse(weekendTail[1]!, ref).map((p) => hit(p, r.index)));
      continue;
    }
    // 'visits on Aug. 12, 13 and 19': chrono reads the second day as the year 2013; the first day is read alone, the
    // others as days of a list (below)
    // ('on November 14, 50 years to the day after': a one- or two-digit number after the comma is no year in news prose,
    // which writes years in full)
    const dayList = /^(.*?[A-Za-z][A-Za-z.]*\s+\d{1,2}(?:st|nd|rd|th)?),\s*\d{1,2}$/.exec(r.text);
    if (dayList && (/,\s*\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|or)\s+\d{1,2}\b/.test(sub.slice(r.index + dayList[1]!.length, r.index + dayList[1]!.length + 40))
      || /^\s+(?:[a-z]|[\u00bd%-])/.test(sub.slice(r.index + r.text.length, r.index + r.text.length + 3)))) {
      results.splice(k + 1, 0, ...getEngine().parse(dayList[1]!, ref).map((p) => hit(p, r.index)));
      continue;
    }
    // 'Oct. 14 - Third round of talks opens': a chronology's entry, its dash before a capitalised ordinal word; chrono
    // reads 'Third' as the end of a range of days
    const ordinalAfterDash = /\s[-\u2013\u2014]\s*(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)\b/.exec(r.text);
    if (ordinalAfterDash) {
      results.splice(k + 1, 0, ...getEngine().parse(r.text.slice(0, ordinalAfterDash.index), ref).map((p) => hit(p, r.index)));
      continue;
    }
    // 'open 8am to 8pm Monday to Friday': the hours of a habit, then a range of its days; chrono takes the first day for
    // the hours' day. Hours and days are read apart
    const dayOfRange = /\s+(?:on\s+)?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/.exec(r.text);
    if (dayOfRange && /\d/.test(r.text.slice(0, dayOfRange.index)) && WEEKDAY_RANGE_AFTER.test(sub.slice(r.index + r.text.length, r.index + r.text.length + 24))) {
      const at = r.index + r.text.length - dayOfRange[1]!.length;
      results.splice(k + 1, 0, ...getEngine().parse(r.text.slice(0, dayOfRange.index), ref).map((p) => hit(p, r.index)),
        ...getEngine().parse(dayOfRange[1]!, ref).map((p) => hit(p, at)));
      continue;
    }
    // 'Monday 21 January: 06:00 to 08:00': a line's heading date, a colon, then its hours: two expressions
    const colonClock = /[A-Za-z0-9.]:[ \t]+\d{1,2}[:.]\d\d/.exec(r.text);
    const stop = nl > 0 ? nl : setDay && r.text.length > setDay[0].length ? setDay[0].length : dayFrom > 0 ? dayFrom : colonClock ? colonClock.index + 1 : /\d\s*(?:am|pm)\.(?=\s+[A-Z])/i.exec(r.text);
    if (typeof stop === 'number' || stop) {
      const cut = typeof stop === 'number' ? stop : stop.index + stop[0].length;
      const pieces: Hit[] = [];
      for (const [a, b] of [[0, cut], [cut + 1, r.text.length]] as const) {
        for (const p of getEngine().parse(r.text.slice(a, b), ref)) pieces.push(hit(p, r.index + a));
      }
      results.splice(k + 1, 0, ...pieces);
      continue;
    }
    // 'from 1 July', 'from 3 June', 'from 1 May': chrono reads 'from 1' as a clock time and leaves the month behind; the
    // day-month after the preposition is read on its own
    const split = /^(?:from|to|until|till|through)\s+\d{1,2}$/i.test(r.text) && !r.start.isCertain('day')
      ? new RegExp(String.raw`^\s+${MONTH_WORD}\b\.?(?:,?\s+\d{4}\b)?`).exec(sub.slice(r.index + r.text.length, r.index + r.text.length + 24)) : null;
    if (split) {
      const at = r.index + /^\S+\s+/.exec(r.text)![0].length;
      results.splice(k, 1, ...getEngine().parse(sub.slice(at, r.index + r.text.length + split[0].length), ref).map((p) => hit(p, at)));
      k--;
      continue;
    }
    let start = toTextOffset(map, r.index);
    let str = r.text;
    // chrono sometimes starts a result at the punctuation before it ('1.4%, on Friday')
    const punct = /^[\s,;:]+/.exec(str);
    if (punct) { start += punct[0].length; str = str.slice(punct[0].length); }
    const lead = LEADING.exec(str);
    if (lead) { start += lead[0].length; str = str.slice(lead[0].length); }
    // trim trailing punctuation/space that chrono sometimes keeps
    const trail = /[\s,]+$/.exec(str);
    if (trail) str = str.slice(0, str.length - trail[0].length);
    // 'call 0845 1 25 35 45': digits in groups with nothing else are a telephone number, not a date
    if (/^\d+(?:\s+\d+)+$/.test(str)) continue;
    // 'areas such as Extension 9 may have to wait': 'may' and 'march' in lower case are a verb, no month
    if (/\b(?:may|march)\b/.test(str) && /^(?:\d{1,2}\s+(?:may|march)|(?:may|march)\s+\d{1,2})$/.test(str)) continue;
    // '(4 a.m. EDT Thursday)': a closing parenthesis without its opening one is not part of the time
    if (str.endsWith(')') && !str.includes('(')) str = str.slice(0, -1).replace(/\s+$/, '');
    // a range ('Nov. 3 to 5', 'from 7 a.m. until 9 p.m. EST Thursday'): the start is one expression, the end another
    // (TimeML annotates both); the second day of 'Nov. 3 to 5' is added below
    let endPart: { start: number; str: string } | undefined;
    if (r.end) {
      const sep = /\s+(?:to|through|until|till)\s+|\s*[-\u2013]\s*(?=\d)/i.exec(str);
      if (sep && sep.index > 0) {
        endPart = { start: start + sep.index + sep[0].length, str: str.slice(sep.index + sep[0].length) };
        str = str.slice(0, sep.index);
      }
    }
    const tags = [...r.tags()].join(',');
    const rule = 'chrono' + (tags ? `:${tags.replace(/parser\//g, '').split(',')[0]}` : '');
    // ('Visitation will be from 4 to 8 p.m. Thursday': a bare hour starting a range whose end is a clock time is one too)
    const bareStart = !!endPart && /^\d{1,2}(?:\.\d\d)?$/.test(str) && !CLOCK_OK.test(str) && CLOCK_OK.test(endPart.str) && /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
    // (its half of the day is the end's, unless that would put it after the end: 'from 10 to 2 p.m.' starts at 10 a.m.)
    let startHour: number | undefined;
    if (bareStart && r.end?.isCertain('hour')) {
      const endHour = r.end.get('hour')!;
      startHour = (Number(/^\d+/.exec(str)![0]) % 12) + (endHour >= 12 ? 12 : 0);
      if (startHour > endHour) startHour -= 12;
    }
    emit(r.start, start, str, endPart ? rule + '+range' : rule, bareStart, startHour);
    // ('from 1 to 3 August', 'from 28 February to 3 March': the end of a day-first range is a date of its own)
    if (endPart && r.end && (CLOCK_OK.test(endPart.str) || DAY_MONTH_END.test(endPart.str))) emit(r.end, endPart.start, endPart.str, rule + '+range');
  }
  return out;

  function emit(s: chrono.ParsedComponents, start: number, str: string, rule: string, bareStart = false, hour?: number): void {
    const has = (c: chrono.Component) => s.isCertain(c);
    let suffix: string | undefined;
    let dateOnly = false;
    if (has('hour') && !CLOCK_OK.test(str) && !bareStart) {
      // a clock time needs a colon, am/pm or o'clock: '2.50 a share' and 'at 10' are not times;
      // 'after Jan. 1, 1990 at 1,015 francs' and 'fell 6.43 on Friday' still have their date
      const cut = /,?\s+(?:at\s+)?\d{1,2}$/.exec(str);
      const named = NUMBER_BEFORE_DATE.exec(str);
      if (named && (has('weekday') || (has('month') && has('day')))) {
        start += named[0].length;
        str = str.slice(named[0].length);
      } else if (cut && has('month') && has('day')) str = str.slice(0, cut.index);
      else return;
      dateOnly = true;
    }
    if (has('hour') && !dateOnly) {
      const h = hour ?? s.get('hour')!;
      const mi = has('minute') ? s.get('minute')! : 0;
      suffix = `T${pad(h)}:${pad(mi)}`;
      // 'at 10:32:15 GMT': TIMEX3 keeps the seconds that were given
      if (has('second') && /\d:\d{2}:\d{2}/.test(str)) suffix += `:${pad(s.get('second')!)}`;
    }
    // '2 p.m. local time', '8 p.m. Eastern time', '9 a.m. Pacific': the zone words chrono leaves out belong to the span
    if (has('hour') && !dateOnly && !has('timezoneOffset')) {
      const zoneWords = CLOCK_ZONE_WORDS.exec(text.slice(start + str.length, start + str.length + 32));
      if (zoneWords) str += zoneWords[0];
    }
    // '9.42pm East African Time', '7 p.m. Indian Standard Time': a zone chrono reads by its first word is named to 'Time'
    if (has('hour') && !dateOnly && /[A-Z][a-z]+$/.test(str)) {
      const zoneTail = /^(?:\s+[A-Z][a-z]+)?\s+(?:[Ss]tandard\s+|[Dd]aylight\s+|[Ss]ummer\s+)?[Tt]ime\b/.exec(text.slice(start + str.length, start + str.length + 32));
      if (zoneTail) str += zoneTail[0];
    }
    // 'at about 11:40 p.m.', 'around 7:15 p.m.': the approximation is part of the span (TimeML mod APPROX)
    let approx = false;
    if (has('hour') && !dateOnly) {
      const lead = /\b(?:about|around|approximately|roughly|close\s+to)\s+$/i.exec(text.slice(Math.max(0, start - 16), start));
      if (lead && /^\d/.test(str)) { start -= lead[0].length; str = lead[0] + str; approx = true; }
    }
    const end = start + str.length;
    const zone = has('timezoneOffset') ? s.get('timezoneOffset') ?? undefined : undefined;
    // 'this past Monday', 'this coming Sunday', 'coming Sunday': the words chrono leaves out or halves belong to the span
    // and say which way
    // ('this coming Sunday, Nov. 10': with the date too)
    if (has('weekday')) {
      const lead = /\b(?:this\s+)?(?:past|coming)\s+$|\bthis\s+$/i.exec(text.slice(Math.max(0, start - 14), start));
      const whole = lead ? lead[0] + str : str;
      if (lead && /^(?:this\s+)?(?:past|coming)\s+/i.test(whole)) { start -= lead[0].length; str = whole; }
    }
    // ('closed at 5pm last Monday': the relative word may stand after the clock time)
    const rel = REL_PREFIX.exec(str.replace(/^this\s+(?=past|coming)/i, '')) ?? (has('hour') ? /(?:^|\s)(last|next|this|coming|past)\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$)/i.exec(str) : null);
    let cand: Candidate | undefined;
    if (has('year') && has('month') && has('day')) {
      const y = s.get('year')!;
      let m = s.get('month')!, d = s.get('day')!;
      // '12/03/2013' in a text that writes day before month is 12 March ('23/11/2013', '12 March' elsewhere in it)
      if (rule.includes('SlashDateFormatParser') && m <= 12 && d <= 12 && m !== d && (dayFirst ??= writesDayFirst(text))) [m, d] = [d, m];
      if (!validDay(y, m, d)) return;
      cand = { start, end, type: 'DATE', value: fmtDay({ y, m, d }), anchor: 'absolute', rule };
    } else if (has('month') && has('day')) {
      const m = s.get('month')!, d = s.get('day')!;
      if (has('weekday')) {
        // 'Monday, March 17': the year whose calendar agrees with the weekday, nearest to the DCT
        const wd = s.get('weekday')! === 0 ? 7 : s.get('weekday')!;
        let best: number | undefined;
        for (const y of [dct.y, dct.y - 1, dct.y + 1]) {
          if (validDay(y, m, d) && isoWeekday({ y, m, d }) === wd) {
            if (best === undefined || Math.abs(toDays({ y, m, d }) - toDays(dct)) < Math.abs(toDays({ y: best, m, d }) - toDays(dct))) best = y;
          }
        }
        if (best !== undefined) cand = { start, end, type: 'DATE', value: fmtDay({ y: best, m, d }), anchor: 'absolute', rule: rule + '+weekday-agreement' };
      }
      cand ??= { start, end, type: 'DATE', value: '', pending: { kind: 'monthday', month: m, day: d }, anchor: 'dct', rule };
    } else if (has('weekday') && !has('day') && /^[A-Z][a-z]+day$/.test(str) && WEEKDAY_KIND_ALWAYS.test(text.slice(end, end + 20))) {
      // 'dominated the Thursday slot', 'the old Sunday slot', 'the Thursday market', 'Friday homes': a kind, no day
      return;
    } else if (has('weekday') && !has('day') && !(/^[A-Z][a-z]+day$/.test(str) && WEEKDAY_KIND_AFTER.test(text.slice(end, end + 20))
      && !/\b(?:on|last|next|this|by|until|till|from|since|the|a|that|every|each|before|after|of|through)\s+$/i.test(text.slice(Math.max(0, start - 9), start)))) {
      const wd = s.get('weekday')! === 0 ? 7 : s.get('weekday')!;
      cand = { start, end, type: 'DATE', value: '', pending: { kind: 'weekday', weekday: wd }, anchor: 'dct', rule };
      if (rel) cand.direction = /last|past/i.test(rel[1]!) ? 'past' : /next|coming/i.test(rel[1]!) ? 'future' : 'same';
      // Irish and older British 'On Tuesday last,', 'on Friday next.': the word after the day says which way
      const after = !rel ? /^\s+(last|next)(?=\s*[,.;:!?)]|\s*$)/.exec(text.slice(end, end + 8)) : null;
      if (after) { cand.end += after[0].length; cand.direction = after[1] === 'last' ? 'past' : 'future'; }
      // 'Friday next week', 'Wednesday of last week': that day of the week named, whatever the tense
      const ofWeek = /(?:,?\s+|\s+of\s+)(next|last|this)\s+week$/i.exec(str);
      if (ofWeek && !has('hour')) {
        const monday = addDays(dct, 1 - isoWeekday(dct));
        const off = ({ next: 7, last: -7, this: 0 } as Record<string, number>)[ofWeek[1]!.toLowerCase()]!;
        cand = { start, end, type: 'DATE', value: fmtDay(addDays(monday, off + wd - 1)), anchor: 'dct', rule: rule + '+of-week' };
      }
    } else if (has('year') && has('month')) {
      cand = { start, end, type: 'DATE', value: `${pad(s.get('year')!, 4)}-${pad(s.get('month')!)}`, anchor: 'absolute', rule };
    } else if (has('hour') && !dateOnly && !has('day') && !has('weekday')) {
      // 'up 81-76 with 8:40 left', '2:15 remaining in the half': a game clock, no time of day
      if (/^\d{1,2}:\d\d$/.test(text.slice(start, end)) && GAME_CLOCK_AFTER.test(text.slice(end, end + 24))) return;
      cand = { start, end, type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, anchor: 'narrative', rule: rule + ':time-only' };
    } else {
      return;
    }
    if (suffix) { cand.suffix = suffix; cand.type = 'TIME'; }
    if (approx) cand.mod = 'APPROX';
    if (zone !== undefined && zone !== null) cand.zone = zone;
    if (cand.value && cand.suffix) cand.value += cand.suffix;
    out.push(cand);
    // 'on April 24 and 25', 'Nov. 3 to 5': the second day is a date of its own, in the same month
    // ('Feb. 14 and 15, 2024', 'Feb. 14-15, 2024': the year written after the second day is both days')
    // 'on Aug. 12, 13 and 19': the days after the first, each a day of its month
    const list = !cand.suffix && has('month') && has('day') && !has('year') ? DAY_LIST.exec(text.slice(end, end + 48)) : null;
    if (list) {
      const m = s.get('month')!;
      let prev = s.get('day')!;
      const re = /\d{1,2}/g;
      for (let d = re.exec(list[0]); d; d = re.exec(list[0])) {
        const day = Number(d[0]);
        if (day <= prev || day > 31) break;
        out.push({ start: end + d.index, end: end + d.index + d[0].length, type: 'DATE', value: '', pending: { kind: 'monthday', month: m, day }, anchor: 'dct', rule: rule + '+listed-day' });
        prev = day;
      }
    } else if (!cand.suffix && has('month') && has('day') && !/\d{4}/.test(str)) {
      const more = SECOND_DAY.exec(text.slice(end, end + 24));
      const d2 = more ? parseInt(more[2]!, 10) : 0;
      const m = s.get('month')!;
      if (more && d2 > s.get('day')! && d2 <= 31) {
        const s2 = end + more[1]!.length;
        const yr = YEAR_AFTER.exec(text.slice(s2 + more[2]!.length, s2 + more[2]!.length + 8));
        const y = yr ? Number(yr[1]) : undefined;
        if (y !== undefined && validDay(y, m, d2)) {
          if (validDay(y, m, s.get('day')!)) {
            cand.value = fmtDay({ y, m, d: s.get('day')! });
            cand.anchor = 'absolute';
            delete cand.pending;
          }
          out.push({ start: s2, end: s2 + more[2]!.length + yr![0].length, type: 'DATE', value: fmtDay({ y, m, d: d2 }), anchor: 'absolute', rule: rule + '+second-day' });
        } else if (!has('year')) {
          out.push({ start: s2, end: s2 + more[2]!.length, type: 'DATE', value: '', pending: { kind: 'monthday', month: m, day: d2 }, anchor: 'dct', rule: rule + '+second-day' });
        }
      }
    }
  }
}

/** the other days of a list after a month-day: ', 13 and 19', ', 14, 15 and 17' */
const DAY_LIST = /^(?:,\s*\d{1,2}(?:st|nd|rd|th)?){1,5},?\s+(?:and|or)\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|percent|per\s?cent|[ap]\.?m\b|o'clock|million|billion|thousand|hundred|people|years?|months?|weeks?|days?|hours?|minutes?))/i;
const YEAR_AFTER = /^,\s?((?:1[5-9]|20)\d{2})\b(?![.,]\d)/;
const SECOND_DAY = /^(\s+(?:and|or|to|through)\s+|\s?[-\u2013]\s?)(\d{1,2}(?:st|nd|rd|th)?)\b(?![.,:]\d|\s*(?:%|percent|per\s?cent|[ap]\.?m\b|o'clock|million|billion|thousand|hundred|people|years?|months?|weeks?|days?|hours?|minutes?|points?|cents?|dollars?|votes?|seats?))/i;
