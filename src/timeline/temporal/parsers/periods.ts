/**
 * Calendar periods relative to the DCT: 'last week' (a week, not a day:
 * 2025-W47), 'this month', 'next year', 'the past year', 'earlier this year',
 * 'early next year' (mod START), 'the end of last year' (mod END),
 * 'this summer', 'last April', 'two years ago', 'a week earlier'.
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { CHANGE_BEFORE, MONTH_RE, QUANT_RE, SEASONS, approxMod, durationValue, monthNumber, quantity, weekdayNumber } from '../constants.ts';
import { shiftedValue, unitOf } from '../values.ts';
import { addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtWeek, isoWeekday, pad } from '../calendar.ts';
import { directionCue, directionCueDetail } from '../cues.ts';
import { SOUTHERN_MONTHS_OF, southernHemisphere } from '../locale.ts';

export const MOD_PREFIX = String.raw`(?:\b(?<mod>earlier|later|early|late|mid-|mid|the (?:end|beginning|start|middle|close|rest|remainder|balance|first half|second half|last half|first part|latter part|latter half) of)\s*)?`;

/** Whether the line holding pos is a headline in title case: four words or more, nearly all capitalised. */
export function titleCaseLine(text: string, pos: number): boolean {
  const from = text.lastIndexOf('\n', pos) + 1;
  const to = text.indexOf('\n', pos);
  const words = text.slice(from, to < 0 ? text.length : to).match(/[A-Za-z][\w'\u2019-]*/g) ?? [];
  const small = /^(?:a|an|the|and|or|but|of|to|in|on|at|for|by|as|from|with|into|over)$/;
  const content = words.filter((w) => !small.test(w));
  return content.length >= 4 && content.filter((w) => /^[A-Z]/.test(w)).length / content.length >= 0.85;
}

export function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(early|the beginning|the start|the first half|the first part)/.test(w)) return 'START';
  if (/^(late|the end|the close|the second half|the last half|the latter)/.test(w)) return 'END';
  if (/^(mid|the middle)/.test(w)) return 'MID';
  return undefined;
}

const REL = String.raw`(?<rel>the last|last|this|next|the coming|coming|the past|past|the previous|previous|the current|current|the latest|this past|the following|the same|the prior|prior|the next)`;
const PERIOD = String.raw`(?<unit>week|weekend|month|year|quarter|decade|century|(?<season>spring|summer|fall|autumn|winter)|(?<month>${MONTH_RE}))`;

function relOffset(rel: string, ctx: Ctx, at: number): number | 'narrative' | undefined {
  const r = rel.toLowerCase().replace(/^the /, '');
  if (r === 'last' || r === 'past' || r === 'previous' || r === 'this past' || r === 'prior') return -1;
  if (r === 'next' || r === 'coming') return 1;
  if (r === 'following' || r === 'same') return 'narrative';
  void ctx; void at;
  return 0;
}

const DAY_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

const rules: Rule[] = defineRules([
  {
    name: 'before-last',
    // 'the week before last', 'the month after next': two units back or ahead of the DCT's (not 'the week before last
    // year's election', 'the month after next Tuesday', where 'last' and 'next' belong to what follows)
    re: /\b(?:[Tt]he\s+)?(?<unit>week|weekend|month|year|quarter)\s+(?<rel>before\s+last|after\s+next)\b(?![-'\u2019]|\s+(?:[A-Z]|(?:\w+['\u2019]s|week|weekend|month|year|quarter|night|season|spring|summer|autumn|fall|winter|time)\b))/g,
    make: (m, ctx) => {
      const unit = unitOf(m.groups!['unit']!)!;
      return { type: 'DATE', value: shiftedValue(ctx.dct, unit, /^before/i.test(m.groups!['rel']!) ? -2 : 2), anchor: 'dct' };
    },
  },
  {
    name: 'units-from',
    // 'a week from today', 'three days from tomorrow', 'a week from Friday' (that Friday ahead, plus a week); British 'a week
    // on Monday', 'a fortnight on Tuesday', 'a week tomorrow'
    re: /\b(?<q>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>days?|weeks?|fortnights?)\s+(?:(?<prep>from|on)\s+)?(?<base>today|tomorrow|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    make: (m, ctx) => {
      const g = m.groups!;
      const n = quantity(g['q']!);
      if (!n || n < 1) return null;
      // (without a preposition only 'a week today', 'a fortnight tomorrow': 'two days Monday' is no date)
      // ('it has been a week today' is a week, and today)
      if (!g['prep'] && (!(/^(?:week|fortnight)$/i.test(g['unit']!) && /^(?:a|one)$/i.test(g['q']!) && /^(?:today|tomorrow)$/i.test(g['base']!))
        || /\b(?:been|for|is|was|it's|takes|took|lasts|lasted)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)))) return null;
      if (g['prep']?.toLowerCase() === 'on' && /^day/i.test(g['unit']!)) return null;
      const days = n * (/^fortnight/i.test(g['unit']!) ? 14 : /^week/i.test(g['unit']!) ? 7 : 1);
      const base = g['base']!.toLowerCase();
      if (base === 'today' || base === 'tomorrow' || base === 'yesterday') {
        const off = base === 'tomorrow' ? 1 : base === 'yesterday' ? -1 : 0;
        return { type: 'DATE', value: shiftedValue(ctx.dct, 'day', off + days), anchor: 'dct' };
      }
      if (!/^[A-Z]/.test(g['base']!)) return null;
      return { type: 'DATE', value: '', pending: { kind: 'weekday', weekday: weekdayNumber(g['base']!)! }, direction: 'future', shift: days, anchor: 'dct' };
    },
  },
  {
    name: 'day-of-period',
    // 'the first of next month', 'the 15th of next month', 'the last day of this year': a day of a month or year named
    // from the DCT (not 'the first of the month', whose month is whichever is under discussion)
    re: /\bthe\s+(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|(?<n>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?:\s+day)?\s+of\s+(?<rel>next|this|last)\s+(?<unit>month|year)\b(?!-)/gi,
    make: (m, ctx) => {
      const g = m.groups!;
      const off = /^next$/i.test(g['rel']!) ? 1 : /^last$/i.test(g['rel']!) ? -1 : 0;
      const ord = g['ord']!.toLowerCase();
      let y = ctx.dct.y + (/^year$/i.test(g['unit']!) ? off : 0), mo: number;
      if (/^year$/i.test(g['unit']!)) {
        if (ord !== 'last' && ord !== 'first' && !/^1(?:st)?$/.test(ord)) return null; // 'the third of next year' means little
        mo = ord === 'last' ? 12 : 1;
      } else {
        const r = addMonths(ctx.dct.y, ctx.dct.m, off);
        y = r.y; mo = r.m;
      }
      const day = ord === 'last' ? daysInMonth(y, mo) : g['n'] ? Number(g['n']) : DAY_ORDINALS[ord]!;
      if (day > daysInMonth(y, mo)) return null;
      return { type: 'DATE', value: `${pad(y, 4)}-${pad(mo)}-${pad(day)}`, anchor: 'dct' };
    },
  },
  {
    name: 'relative-period',
    // ('its fifth cut this calendar year': the calendar year is the year)
    re: new RegExp(String.raw`\b${REL}\s+(?:calendar\s+(?=year\b))?${PERIOD}\b(?!-)`, 'gi'),
    before: new RegExp(MOD_PREFIX + '$', 'i'),
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      const off = relOffset(g['rel']!, ctx, m.index);
      if (off === undefined || off === 'narrative') return null;
      // 'the previous month', 'the prior year': the one before the month or year under discussion (narrative parser)
      if (/^the (?:previous|prior|preceding)$/i.test(g['rel']!) && /^(?:week|month|year|quarter)$/i.test(g['unit']!)) return null;
      // 'This Week' (a programme), unless its whole line is in title case ('Larkspur Pushes Home Hub to Early Next Year')
      if (/^[A-Z]/.test(g['unit']!) && /^[A-Z]/.test(g['rel']!) && !g['month'] && !g['season'] && !titleCaseLine(ctx.text, m.index)) return null;
      // 'the last week of June', 'the last year of the war', 'the past month of talks': a part of what follows, not the
      // week / year before the DCT
      if (/^(?:the (?:last|past)|(?:last|past))$/i.test(g['rel']!) && (/^the /i.test(g['rel']!) || /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)))
        && /^\s+of\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // "the drive-in's last weekend", "the festival's last week": a possessive's final one, no period before the DCT
      if (/^last$/i.test(g['rel']!) && /[\w.][''\u2019]s?\s+$/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      const mod = modOf(g['mod']);
      const relWord = g['rel']!.toLowerCase();
      if (g['month']) {
        const mw = g['month'];
        // 'last Oct. 23' is a month-day (chrono's, read as past through the 'last' cue), not 'last Oct'
        if (/^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion))/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
        if (/^(?:may|march)$/i.test(mw) && !/^[A-Z]/.test(mw)) return null;
        const month = monthNumber(mw)!;
        const dir = off < 0 ? 'past' : off > 0 ? 'future' : 'same';
        return { type: 'DATE', value: '', pending: { kind: 'month', month }, direction: dir, anchor: 'dct', ...(mod ? { mod } : {}) };
      }
      if (g['season']) {
        const s = SEASONS[g['season'].toLowerCase()]!;
        // (reckoned by its months: a southern story's summer has a northern winter's, 'this summer' in March the one begun in December)
        const e = southernHemisphere(ctx.text) ? SOUTHERN_MONTHS_OF[s]! : s;
        const seasonMonth: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
        const sm = seasonMonth[e]!;
        let y = ctx.dct.y;
        if (e === 'WI') {
          // a winter is named by the year it begins in (December 2018 to February 2019 is 2018-WI, as every annotator of
          // ours writes it): 'last winter' in March 1997 is 1996-WI, 'this winter' in March the one just ending, in
          // September the one ahead; 'next winter' in March 1996 is 1996-WI
          const m = ctx.dct.m;
          y = off < 0 ? (m <= 2 ? y - 2 : y - 1) : off > 0 ? (m === 12 ? y + 1 : y) : (m <= 3 ? y - 1 : y);
        } else if (off < 0) y = ctx.dct.m > sm + 1 ? y : y - 1;
        else if (off > 0) y = ctx.dct.m < sm - 1 ? y : y + 1;
        return { type: 'DATE', value: `${pad(y, 4)}-${s}`, anchor: 'dct', ...(mod ? { mod } : {}) };
      }
      const unit = unitOf(g['unit']!)!;
      // 'has risen 4% over the past month', 'in the past decade': with 'the past', a month, a decade or a century is the
      // stretch up to the DCT, a duration (TimeBank and every hand-annotated set here agree); 'the past year', 'the last
      // decade', 'last month' name the calendar period before
      if (relWord === 'the past' && (unit === 'month' || unit === 'decade' || unit === 'century')) {
        return { type: 'DURATION', value: unit === 'month' ? 'P1M' : unit === 'decade' ? 'P10Y' : 'P100Y', anchor: 'dct', ...(mod ? { mod } : {}) };
      }
      // 'the past year' / 'the last decade' with no number: the period just before (TimeML values it as a date)
      // ('this past week' written on a Friday to Sunday is the week now ending, as 'this past weekend' on a Sunday)
      // ('will be without water this week', written on a Sunday: the week that starts tomorrow)
      // (a modal's future: 'Talks continue this week' on a Sunday is still the week now ending)
      const sundayCue = relWord === 'this' && unit === 'week' && isoWeekday(ctx.dct) === 7 ? directionCueDetail(ctx.text, m.index, m.index + m[0].length) : undefined;
      const sundayAhead = sundayCue?.dir === 'future' && sundayCue.strong;
      let value = shiftedValue(ctx.dct, unit, relWord === 'this past' && unit === 'week' && isoWeekday(ctx.dct) >= 5 ? 0 : sundayAhead ? 1 : off);
      if (/current|this|latest/.test(relWord) && unit === 'quarter' && /latest/.test(relWord)) value = shiftedValue(ctx.dct, 'quarter', -1);
      return { type: 'DATE', value, anchor: 'dct', ...(mod ? { mod } : {}) };
    },
  },
  {
    // 'your power-cut timetable for the week ahead': the week to come, the next one when written at the weekend
    name: 'week-ahead',
    re: /\b[Tt]he\s+week\s+ahead\b(?![-'\u2019])/g,
    make: (_m, ctx) => ({ type: 'DATE', value: shiftedValue(ctx.dct, 'week', isoWeekday(ctx.dct) >= 6 ? 1 : 0), anchor: 'dct', direction: 'future' }),
  },
  {
    // 'the past fortnight', 'over the next fortnight': two weeks counted from the DCT, which no calendar unit names
    name: 'relative-fortnight',
    re: /\b(?:the\s+)?(?:past|last|previous|next|coming)\s+fortnight\b(?!\s+of\b)/gi,
    make: () => ({ type: 'DURATION', value: 'P2W', anchor: 'dct' }),
  },
  {
    name: 'week-of-month',
    // 'the first week of June', 'the last week of March 2019': the ISO week holding the middle of those seven days
    // (the 4th, 11th, 18th, 25th; the month's last day but three), its year from the tense like a month-day's
    before: /\bthe\s+$/i,
    re: new RegExp(String.raw`\b(?<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?<mon>${MONTH_RE})(?:,?\s+(?<y>(?:1[89]|20)\d{2}))?(?!\w|\s+\d)`, 'gi'),
    make: (m, ctx, pre) => {
      if (!pre['$start']) return null;
      const g = m.groups!;
      const mw = g['mon']!;
      if (/^(?:may|march)$/.test(mw)) return null; // lower-case: a verb
      const month = monthNumber(mw)!;
      const ord = g['ord']!.toLowerCase();
      const k = ({ first: 1, second: 2, third: 3, fourth: 4 } as Record<string, number>)[ord];
      const dayFor = (y: number) => (k ? 7 * k - 3 : daysInMonth(y, month) - 3);
      if (g['y']) { const y = Number(g['y']); return { type: 'DATE', value: fmtWeek({ y, m: month, d: dayFor(y) }), anchor: 'absolute' }; }
      // the year is chosen by the first of the seven days (a week under way is not ahead of the DCT)
      return { type: 'DATE', value: '', pending: { kind: 'monthday', month, day: dayFor(ctx.dct.y) - 3 }, shift: 3, asWeek: true, anchor: 'dct' };
    },
  },
  {
    name: 'earlier-this',
    re: /\b(?<mod>earlier|later|early|late|the (?:end|beginning|start|middle|close) of)\s+(?:in\s+)?(?:this|the)\s+(?<unit>week|month|quarter|(?:fiscal\s+|financial\s+)?year|decade|century)\b(?!\s+(?:before|after|of|when|that|in which|ago|earlier|later)\b)/gi,
    make: (m, ctx) => {
      const unit = unitOf(m.groups!['unit']!.replace(/^(?:fiscal|financial)\s+/i, ''));
      if (!unit) return null;
      const mod = modOf(m.groups!['mod']);
      // ('by the end of the quarter': the quarter under discussion, else the DCT's)
      if (unit === 'quarter' && !/\bthis\s+quarter$/i.test(m[0])) return { type: 'DATE', value: '', pending: { kind: 'anchorquarter', offset: 0 }, anchor: 'narrative', ...(mod ? { mod } : {}) };
      return { type: 'DATE', value: shiftedValue(ctx.dct, unit, 0), anchor: 'dct', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'year-end',
    // 'by year-end', 'around year end', "by year's end": the end of the DCT's year ('since year-end': the last one)
    re: /\b(?:year[- ]end|year's end)\b(?!-)/gi,
    make: (m, ctx) => {
      const prep = /\b(by|at|around|about|near|since|until|till|before|after|through|toward|towards|from|to|the|of)\s+$/i.exec(ctx.text.slice(Math.max(0, m.index - 10), m.index))?.[1]?.toLowerCase();
      if (!prep) return null; // 'when year-end net was below ...': an adjective, not a time
      return { type: 'DATE', value: pad(prep === 'since' ? ctx.dct.y - 1 : ctx.dct.y, 4), mod: 'END', anchor: 'dct' };
    },
  },
  {
    name: 'sports-season',
    // 'finished sixth last season', 'for the first time this season', 'until the end of this season': a season of a sport,
    // named by the year it starts in (autumn to spring seasons begin in the second half of the year)
    before: new RegExp(MOD_PREFIX + '$', 'i'),
    re: /\b(?<rel>last|this|next|the\s+current|the\s+previous|the\s+coming)\s+season\b(?!['\u2019]s?\s+(?:collection|fashion|look|trend))/gi,
    make: (m, ctx, pre) => {
      const rel = m.groups!['rel']!.toLowerCase().replace(/\s+/g, ' ');
      // 'this will be his last season in charge', 'the club's last season at the old ground': after a possessive, 'last'
      // is the final one, no season counted from now
      if (rel === 'last' && /\b(?:his|her|their|its|my|our|your|[\w-]+['\u2019]s?)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
      const off = /last|previous/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
      // (in the first half of a year the current season began the year before; a calendar-year sport's is written the
      // same way, and so a January 'last season' of tennis comes out a year early)
      const y = (ctx.dct.m >= 7 ? ctx.dct.y : ctx.dct.y - 1) + off;
      const mod = modOf(pre['mod']);
      return { type: 'DATE', value: pad(y, 4), anchor: 'dct', direction: off < 0 ? 'past' : off > 0 ? 'future' : 'same', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'bare-units-ago',
    // 'went to biweekly recycling years ago', 'months ago': some stretch back, no count given; TimeBank tags it as the
    // stretch (DURATION PXM) with 'ago' in the span
    before: /\b(?<neg>a\s+few|few|several|many|some|two|three|\d+)\s+$/i,
    re: /\b(?<unit>years|months|weeks|decades|centuries)\s+ago\b/gi,
    make: (m, _ctx, pre) => (pre['neg'] ? null : { type: 'DURATION', value: durationValue(-1, m.groups!['unit']!), anchor: 'dct' }),
  },
  {
    name: 'ago-today',
    // 'the election held a year ago today', 'a week ago tomorrow': the same day so many units back, one expression
    re: /\b(?<q>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>years?|months?|weeks?)\s+ago\s+(?<base>today|tomorrow|yesterday)\b/gi,
    make: (m, ctx) => {
      const g = m.groups!;
      const n = quantity(g['q']!);
      if (!n || n < 1 || !Number.isInteger(n)) return null;
      const base = addDays(ctx.dct, ({ today: 0, tomorrow: 1, yesterday: -1 } as Record<string, number>)[g['base']!.toLowerCase()]!);
      const unit = g['unit']!.toLowerCase().replace(/s$/, '');
      let day: { y: number; m: number; d: number };
      if (unit === 'week') day = addDays(base, -7 * n);
      else {
        const ym = addMonths(base.y, base.m, -(unit === 'year' ? 12 : 1) * n);
        day = { y: ym.y, m: ym.m, d: Math.min(base.d, daysInMonth(ym.y, ym.m)) };
      }
      return { type: 'DATE', value: fmtDay(day), anchor: 'dct', direction: 'past' };
    },
  },
  {
    name: 'turn-of-century',
    // 'reissued on CD at the turn of the century', 'at the turn of the 20th century', 'the turn of the millennium': the
    // year that opened it (TimeBank values centuries' points as years); an unnumbered one is the nearest such turn, by the
    // tense when the DCT is late in a century
    re: /\bthe\s+turn\s+of\s+the\s+(?:(?<ord>\d{1,2})(?:st|nd|rd|th)\s+century|(?<ordw>nineteenth|twentieth|twenty-first)\s+century|(?<what>century|millennium))\b/gi,
    make: (m, ctx) => {
      const g = m.groups!;
      const words: Record<string, number> = { nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
      const n = g['ord'] ? Number(g['ord']) : g['ordw'] ? words[g['ordw'].toLowerCase()] : undefined;
      let y: number;
      if (n !== undefined) y = (n - 1) * 100;
      else {
        const step = /^millennium$/i.test(g['what']!) ? 1000 : 100;
        const before = Math.floor(ctx.dct.y / step) * step;
        y = ctx.dct.y - before <= 30 || directionCue(ctx.text, m.index, m.index + m[0].length) === 'past' ? before : before + step;
      }
      return { type: 'DATE', value: pad(y, 4), anchor: n !== undefined ? 'absolute' : 'dct' };
    },
  },
  {
    name: 'this-time-last-year',
    // 'a tonne cost R3,200 this time last year', 'by this time next year', 'this time a year ago': the DCT's month, a
    // year back or ahead
    re: /\bthis\s+time\s+(?:(?<rel>last|next)\s+year|a\s+year\s+(?<ago>ago|from\s+now))\b/gi,
    make: (m, ctx) => {
      const back = /^last$/i.test(m.groups!['rel'] ?? '') || /^ago$/i.test(m.groups!['ago'] ?? '');
      return { type: 'DATE', value: fmtMonthShift(ctx, back ? -12 : 12), anchor: 'dct', direction: back ? 'past' : 'future' };
    },
  },
  {
    name: 'fraction-ago',
    // 'a quarter of a century ago', 'a quarter-century ago', 'three quarters of a century ago': the year so many years back
    before: /\b(?<approx>about|around|roughly|nearly|almost|more than|over)\s+$/i,
    re: /\b(?<q>a|one|three)\s+quarters?(?:\s+of\s+a\s+|-)century\s+ago\b/gi,
    make: (m, ctx, pre) => {
      const years = (/^three$/i.test(m.groups!['q']!) ? 75 : 25);
      const mod = pre['approx'] ? (/^(?:more than|over)$/i.test(pre['approx']) ? 'MORE_THAN' : 'APPROX') : undefined;
      return { type: 'DATE', value: pad(ctx.dct.y - years, 4), anchor: 'dct', direction: 'past', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'units-ago',
    // 'Weather balloons released an hour earlier', 'about 25 minutes later': from the clock time just named, else a duration
    re: /\b(?<unit>hours?|minutes?)\s+(?<dir>later|earlier)\b(?!\s+than\b)/gi,
    before: new RegExp(String.raw`(?:\b(?<approx>about|around|roughly|nearly|almost|some|just over|just under)\s+)?\b(?<q>${QUANT_RE})[- ]$`, 'i'),
    make: (m, _ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      const q = g['q'] ? quantity(g['q']) : undefined;
      if (q === undefined || !(q > 0)) return null;
      const hours = /^h/i.test(g['unit']!);
      const minutes = Math.round(q * (hours ? 60 : 1)) * (/earlier/i.test(g['dir']!) ? -1 : 1);
      const value = durationValue(q, g['unit']!);
      const mod = approxMod(g['approx']);
      return { type: 'DURATION', value, anchor: 'narrative', pending: { kind: 'anchorclock', minutes }, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'units-ago',
    // 'two weekends ago': the weekend so many before the last one
    re: /\bweekends?\s+ago\b/gi,
    before: new RegExp(String.raw`\b(?<q>${QUANT_RE})\s+$`, 'i'),
    make: (_m, ctx, pre) => {
      const q = pre['q'] ? quantity(pre['q']) : undefined;
      if (q === undefined || !(q > 0) || !Number.isInteger(q)) return null;
      const wd = isoWeekday(ctx.dct);
      const lastSat = addDays(ctx.dct, -(wd === 7 ? 8 : (wd + 1) % 7 || 7));
      return { type: 'DATE', value: fmtWeek(addDays(lastSat, -7 * (q - 1))) + '-WE', anchor: 'dct', direction: 'past' };
    },
  },
  {
    name: 'units-ago',
    re: /\b(?<unit>days?|weeks?|fortnights?|months?|years?|decades?|centuries|century|quarters?)(?<orso>\s+or\s+so)?\s+(?<dir>ago|earlier|before|later|after|from now|hence|previously|since)\b(?!\s+than\b)/gi,
    before: new RegExp(String.raw`(?:\b(?<approx>about|around|roughly|nearly|almost|some|more than|less than|just over|over)\s+)?\b(?<q>${QUANT_RE})[- ]$`, 'i'),
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      if (!g['q']) return null;
      const q = quantity(g['q']!);
      const unit = unitOf(g['unit']!);
      if (q === undefined || !unit) return null;
      // 'has risen about a quarter since January': a fraction of a change
      if (unit === 'quarter' && /^since$/i.test(g['dir']!) && /^(?:a|one)$/i.test(g['q']!) && CHANGE_BEFORE.test(ctx.text.slice(Math.max(0, Number(pre['$start'] ?? m.index) - 16), Number(pre['$start'] ?? m.index)))) return null;
      // 'a fortnight ago': two weeks
      const n = /^fortnight/i.test(g['unit']!) && q > 0 ? q * 2 : q;
      const dir = g['dir']!.toLowerCase();
      // 'Three days later, rescuers reached the village', 'Two weeks earlier, ...': counted from an event in the story, never
      // from the DCT (that would be 'on Thursday', 'in three days'): from the day just named ('On March 3 ... Three days
      // later' is March 6, resolved by the narrative refiner), else a duration with 'later'/'earlier' as its signal
      const anaphoric = (dir === 'later' || dir === 'earlier') && (unit === 'day' || unit === 'week') && !g['orso'];
      if (anaphoric && n > 0 && Number.isInteger(n) && !g['approx']) {
        const days = (unit === 'week' ? 7 : 1) * n * (dir === 'earlier' ? -1 : 1);
        return { type: 'DURATION', value: durationFor(n, unit), anchor: 'narrative', pending: { kind: 'anchorday', offset: days }, direction: days < 0 ? 'past' : 'future' };
      }
      // 'elected in 2019 and re-elected four years later', 'six months later': from the year or month just named
      // ('opened in 1969 ... Half a century later': fifty years on)
      const perUnit = unit === 'century' ? 100 : unit === 'decade' ? 10 : 1;
      if ((dir === 'later' || dir === 'earlier') && (unit === 'year' || unit === 'month' || unit === 'decade' || unit === 'century') && !g['orso'] && n > 0 && Number.isInteger(n * perUnit) && (unit === 'century' || Number.isInteger(n)) && !g['approx']) {
        const k = perUnit * n * (dir === 'earlier' ? -1 : 1);
        return { type: 'DURATION', value: durationFor(n, unit), anchor: 'narrative', pending: { kind: unit === 'month' ? 'anchormonth' : 'anchoryear', offset: k }, direction: k < 0 ? 'past' : 'future' };
      }
      if (dir === 'since' || dir === 'before' || dir === 'after' || anaphoric) {
        // 'two years before the war' - relative to an event, not the DCT: keep as duration
        return { type: 'DURATION', value: durationFor(n, unit), anchor: 'narrative' };
      }
      const sign = /ago|earlier|previously/.test(dir) ? -1 : 1;
      // 'more than two years ago' (MORE_THAN), 'less than a week ago' (LESS_THAN), 'about a month ago', 'a year or so ago'
      const mod = g['approx'] ? (/^(?:more than|over|just over)$/i.test(g['approx']) ? 'MORE_THAN' : /^(?:less than|just under)$/i.test(g['approx']) ? 'LESS_THAN' : 'APPROX') : g['orso'] ? 'APPROX' : undefined;
      if (g['orso'] && dir !== 'ago') return null;
      if (n < 0) {
        return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dct', ...(mod ? { mod } : {}) };
      }
      const whole = Math.round(n);
      // 'a decade ago', 'two decades ago': a year counted back (TimeBank values it as the year, not the decade)
      // ('a half-century ago', 'half a century ago': fifty years back)
      const value = n === 0.5 && unit === 'year' ? fmtMonthShift(ctx, -6 * 1) : unit === 'decade' && /ago/.test(dir) ? pad(ctx.dct.y - 10 * whole, 4)
        : unit === 'century' && n === 0.5 && /ago/.test(dir) ? pad(ctx.dct.y - 50, 4) : shiftedValue(ctx.dct, unit, sign * whole);
      return { type: 'DATE', value, anchor: /earlier|later/.test(dir) ? 'narrative' : 'dct', direction: sign < 0 ? 'past' : 'future', ...(mod ? { mod } : {}) };
    },
  },
]);

function fmtMonthShift(ctx: Ctx, n: number): string {
  const r = addMonths(ctx.dct.y, ctx.dct.m, n);
  return fmtMonth(r.y, r.m);
}

function durationFor(n: number, unit: string): string {
  const letter: Record<string, string> = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };
  // counted decades and centuries in years, as everywhere else ('a decade' = P10Y, 'two centuries' = P200Y)
  if (n >= 0 && (unit === 'decade' || unit === 'century')) return `P${n * (unit === 'decade' ? 10 : 100)}Y`;
  return n < 0 ? `PX${letter[unit]}` : `P${n}${letter[unit]}`;
}

export function periodsParser(ctx: Ctx): Candidate[] {
  const out = runRules(ctx, rules);
  for (const c of out) {
    // 'two years before the war': the duration is 'two years'
    if (c.rule === 'units-ago' && c.type === 'DURATION' && !c.pending) {
      const tail = /\s+(?:before|after|since|later|earlier)$/i.exec(ctx.text.slice(c.start, c.end));
      if (tail) c.end -= tail[0].length;
      // 'the jury deliberated over two days before returning': 'over' a preposition here, not 'more than'
      const over = /^over\s+/i.exec(ctx.text.slice(c.start, c.end));
      if (over) c.start += over[0].length;
    }
  }
  return out;
}
