/**
 * Expressions that refer to the day being discussed (TimeML practice: anchor
 * to the last day mentioned, else the DCT): 'the same day', 'that day',
 * 'later that day', 'earlier in the day', 'that night', 'the next day', 'the
 * day before', 'a day later'; the month or year under discussion ('the
 * following month', 'later that year').
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx, Pending } from '../types.ts';
import { MONTH_NAMES_RE, MONTH_RE, SEASONS, WEEKDAY_RE, monthNumber, weekdayNumber } from '../constants.ts';

const POD: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * 'that year', 'the following month', 'later that year', 'early the next month', 'that week': the year,
 * month or week under discussion, plus or minus one ('early'/'late' give the mod).
 */
function narrativePeriod(unit: 'year' | 'month' | 'week', kind: 'anchoryear' | 'anchormonth' | 'anchorweek'): Rule {
  // ('the next week' is left to the DCT's weeks: 'over the next week' counts from the paper's day)
  const which = unit === 'week' ? 'that|the same|the following|the previous|the prior|the preceding' : 'that|the same|the following|the next|the previous|the prior|the preceding';
  return {
    name: `narrative-${unit}`,
    re: new RegExp(
      String.raw`\b(?:(?:earlier|later|early|late) )?(?:in )?(?:${which}) ${unit}\b(?![- ](?:old|earlier|ago|before|after|when|that|in which|of)\b)`,
      'gi',
    ),
    make: (m) => {
      const w = m[0].toLowerCase();
      const offset = /following|next/.test(w) ? 1 : /previous|prior|preceding/.test(w) ? -1 : 0;
      const mod = /^early/.test(w) ? 'START' : /^late /.test(w) ? 'END' : undefined;
      return { type: 'DATE', value: '', pending: { kind, offset }, anchor: 'narrative', ...(mod ? { mod } : {}) };
    },
  };
}

const rules: Rule[] = defineRules([
  {
    name: 'narrative-day',
    before: /(?:\b(?<mod>earlier|later|early|late)\s+)?(?:\b(?:in|on)\s+)?$/i,
    re: /\b(?<what>the (?:night|day) before last(?!\s+(?:[A-Z]|(?:week|weekend|month|year|night|time)\b))|the same day|that same day|that day|the day (?:before|after)(?=\s*[,.;:!?)]|\s*$|\s+(?:and|but)\b)|the day|that (?:morning|afternoon|evening|night)|(?:the|that) same (?:morning|afternoon|evening|night)|the (?:next|following|previous|preceding) (?:day|morning|afternoon|evening|night)|the night before|(?:a|one) day (?:later|earlier|before|after))\b(?!\s+(?:of|when|that|than|in which|on which|before (?:yesterday|the)|after (?:tomorrow|the)|was|is)\b)/gi,
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      const what = g['what']!.toLowerCase();
      if ((what === 'the day' || what === 'that day') && !g['mod']) return null; // bare 'that day' is rarely annotated; 'later that day' is
      if (/^(?:a|one) day (?:before|after)$/.test(what)) return null;
      let offset = 0;
      // whole words: 'that afternoon' is no day after
      if (/\b(?:next|following)\b|\b(?:after|later)$/.test(what)) offset = 1;
      if (/\b(?:previous|preceding)\b|\b(?:before|earlier)$/.test(what)) offset = -1;
      // 'the night before last': two nights before the DCT, whatever day is under discussion
      const beforeLast = /before last$/.test(what);
      if (beforeLast) offset = -2;
      const pod = /(morning|afternoon|evening|night)/.exec(what)?.[1];
      void ctx;
      const c: Omit<Candidate, 'start' | 'end' | 'rule'> = { type: pod ? 'TIME' : 'DATE', value: '', pending: { kind: 'anchorday', offset }, anchor: beforeLast ? 'dct' : 'narrative' };
      if (pod) c.suffix = 'T' + POD[pod];
      return c;
    },
  },
  {
    name: 'in-the-part-of-day',
    // 'It was suspended for three hours in the afternoon', 'turning to snow in the evening': that part of the day under
    // discussion (not 'the morning papers', 'the evening rush', 'the afternoon of June 3', left to the day's own rules)
    re: /\b(?:in|during|throughout|through|into|until|till|by)\s+(?<x>the\s+(?<pod>morning|afternoon|evening))\b(?!\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?![- ](?:of|papers?|rush|sessions?|news|editions?|shows?|programmes?|programs?|services?|shifts?|peak|commutes?|traffic|briefings?|meetings?|flights?|trains?|sun|light|air|dew|mist|fog|star|prayers?|hours)\b)/gi,
    make: (m) => ({ type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix: 'T' + POD[m.groups!['pod']!.toLowerCase()]!, anchor: 'narrative' }),
  },
  {
    name: 'in-the-part-of-day',
    // 'a count that dragged on through the night', 'talks went on into the night': the night of the day under discussion
    // ('worked through the night on Friday': the night of that day, left to the day's own rules)
    re: new RegExp(String.raw`\b(?:through|throughout|during|into|in)\s+(?<x>the\s+night)\b(?![- ](?:of|before|after|shifts?|sky|skies|air|bus|buses|trains?|clubs?|watch|manager|nurses?|staff|porters?)\b|\s+on\s+${WEEKDAY_RE}\b)`, 'gi'),
    make: () => ({ type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix: 'TNI', anchor: 'narrative' }),
  },
  {
    name: 'in-the-part-of-day',
    // 'had come under attack earlier in the evening', 'later in the afternoon': kept whole, as 'earlier in the day'
    re: /\b(?:earlier|later)\s+in\s+the\s+(?<pod>morning|afternoon|evening)\b(?![- ](?:of|papers?|rush|sessions?|news)\b)/gi,
    make: (m) => ({ type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix: 'T' + POD[m.groups!['pod']!.toLowerCase()]!, anchor: 'narrative' }),
  },
  {
    name: 'narrative-cycle',
    // 'In the summer of 1951 he won ... and the following spring he recorded', 'that autumn', 'the following January'
    re: new RegExp(String.raw`\b(?:(?<mod>early|late)\s+)?(?<rel>[Tt]hat|[Tt]he following|[Tt]he next|[Tt]he previous|[Tt]he preceding|[Tt]he prior)\s+(?<what>spring|summer|autumn|fall|winter|${MONTH_NAMES_RE})\b(?![- ](?:of|when|that|term|semester|session|season|collection|issue|edition)\b)`, 'g'),
    make: (m) => {
      const g = m.groups!;
      const rel = /^that$/i.test(g['rel']!) ? 0 : /following|next/.test(g['rel']!) ? 1 : -1;
      const what = g['what']!;
      const season = SEASONS[what.toLowerCase()];
      const month = season ? undefined : monthNumber(what);
      if (!season && !month) return null;
      const mod = g['mod'] === 'early' ? 'START' : g['mod'] === 'late' ? 'END' : undefined;
      const pending: Pending = season ? { kind: 'anchorcycle', rel, season } : { kind: 'anchorcycle', rel, month: month! };
      return { type: 'DATE', value: '', pending, anchor: 'narrative', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'narrative-weekday',
    // ('pushed back to the following Sunday, 15 February': with the date set beside it, that date)
    re: new RegExp(String.raw`\bthe (?<rel>previous|preceding|prior|following|next) (?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:,\s+(?:(?<d1>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?<m1>${MONTH_RE})|(?<m2>${MONTH_RE})\.?\s+(?<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\b(?![,.]?\s*\d))?`, 'g'),
    make: (m) => {
      const g = m.groups!;
      const month = g['m1'] ?? g['m2'] ? monthNumber((g['m1'] ?? g['m2'])!) : undefined;
      if (month) return { type: 'DATE', value: '', pending: { kind: 'monthday', month, day: Number(g['d1'] ?? g['d2']) }, anchor: 'dct' };
      const rel = /previous|preceding|prior/.test(m.groups!['rel']!) ? -1 : 1;
      return { type: 'DATE', value: '', pending: { kind: 'weekday', weekday: weekdayNumber(m.groups!['wd']!)!, relative: rel }, anchor: 'narrative' };
    },
  },
  {
    name: 'day-of-month',
    // 'released on the 10th', 'until the 25th': a day of the month under discussion; only after a preposition and at the
    // end of its phrase ('the 14th floor', 'the 89th minute', 'the 19th century', 'the 14th of March' are not)
    re: /\bthe\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|at|when|through|until)\s)/g,
    make: (m, ctx) => {
      // ('scheduled for the 30th', 'set for the 2nd': 'for' only after a verb of scheduling)
      if (!/\b(?:on|by|until|till|since|from|before|after|to|and|through)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 9), m.index))
        && !/\b(?:scheduled|rescheduled|set|slated|planned|due|fixed|booked|called|moved|postponed|delayed|pushed back)\s+for\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const d = m.groups!['d']!;
      // the suffix must agree with the number: '1st', '2nd', '3rd', '11th', '22nd'
      const suffix = m[0].slice(-2).toLowerCase(), n = Number(d);
      const want = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
      if (suffix !== want) return null;
      return { type: 'DATE', value: '', pending: { kind: 'dayofmonth', day: n }, anchor: 'narrative' };
    },
  },
  narrativePeriod('year', 'anchoryear'),
  narrativePeriod('month', 'anchormonth'),
  narrativePeriod('week', 'anchorweek'),
  {
    name: 'narrative-unit-before',
    // 'rose to 298 in 2024, up from 272 the year before', 'the month after': the one before or after the period under
    // discussion, where the phrase ends its clause (not 'the year before the war', 'the week after next')
    re: /\bthe (?<unit>year|month|week) (?<dir>before|after)(?=\s*[,.;:!?)\u2014]|\s*$|\s+(?:and|but|when|while|as)\b)/gi,
    make: (m) => {
      const unit = m.groups!['unit']!.toLowerCase(), offset = m.groups!['dir']!.toLowerCase() === 'before' ? -1 : 1;
      const kind = unit === 'year' ? 'anchoryear' : unit === 'month' ? 'anchormonth' : 'anchorweek';
      return { type: 'DATE', value: '', pending: { kind, offset }, anchor: 'narrative' };
    },
  },
  {
    name: 'narrative-quarter',
    // 'grew 0.3 percent in the second quarter compared with the previous quarter': the one before the quarter named
    re: /\bthe (?:previous|prior|preceding) quarter\b(?![- ](?:of|ended|ending)\b)/gi,
    make: () => ({ type: 'DATE', value: '', pending: { kind: 'anchorquarter', offset: -1 }, anchor: 'narrative' }),
  },
  {
    name: 'weekend',
    // ('over the long weekend', 'the holiday weekend': the same weekend, by tense)
    re: /\bthe (?:long |holiday |bank holiday )?weekend\b(?!\s+(?:of|before|after|when)\b)/gi,
    make: () => ({ type: 'DATE', value: '', pending: { kind: 'weekend' }, anchor: 'dct' }),
  },
]);

export function narrativeParser(ctx: Ctx): Candidate[] {
  const out = runRules(ctx, rules);
  for (const c of out) {
    // TimeML spans keep 'earlier'/'later' but not a leading preposition: 'later that day', 'earlier in the day' (kept whole)
    const t = ctx.text.slice(c.start, c.end);
    const lead = /^(?:in|on)\s+/i.exec(t) ?? /^(?:earlier|later)\s+in\s+/i.exec(t) === null ? /^(?:in|on)\s+/i.exec(t) : null;
    if (lead) c.start += lead[0].length;
  }
  return out;
}
