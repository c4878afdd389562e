/**
 * Quarters and halves, the staple of business news: 'the third quarter'
 * (YYYY-Q3), 'third-quarter', 'the fiscal first quarter', '1988's fourth
 * quarter', 'the first half of 1990' (1990-H1), 'the latest quarter', 'the
 * year-earlier quarter'. Quarters with no year take the DCT's year; 'the
 * quarter' / 'the period' is the quarter in focus (resolved by the narrative
 * refiner).
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { pad, quarterOf } from '../calendar.ts';
import { shiftedValue } from '../values.ts';
import { MONTH_RE, fiscalLabelYear, monthNumber } from '../constants.ts';
import { directionCue, type Direction } from '../cues.ts';

const ENDED_MONTH = new RegExp(String.raw`^\s+(?:that |which )?(?:ended|ending)\s+(${MONTH_RE})\.?\s+\d{1,2}\b`);

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4, latter: 2 };

function quarterYear(ctx: Ctx, q: number, cue?: Direction): number {
  // a quarter named without a year is the DCT year's, unless it has not started yet (then last year's),
  // except the quarter right after the current one, often discussed as an outlook
  const dq = quarterOf(ctx.dct.m);
  // the tense says which way when it can: a quarter ahead in an outlook ('expects profit to rise in the fourth quarter',
  // said in March; 'sales should recover in the first quarter', said in November) is ahead, but the quarter just ended is
  // still this year's, its results being reported after it ('will report third-quarter earnings', said in October); one
  // not yet begun, reported in the past ('profit fell in the second quarter', said in March), is last year's
  if (cue === 'future') {
    // the quarter just ended: last year's fourth in the reporting season of January and February (by March
    // 'the fourth quarter' ahead is this year's)
    if (q === 4 && ctx.dct.m <= 2) return ctx.dct.y - 1;
    return q >= dq - 1 ? ctx.dct.y : ctx.dct.y + 1;
  }
  if (cue === 'past' && q > dq) return ctx.dct.y - 1;
  if (q <= dq + 1) return ctx.dct.y;
  return ctx.dct.y - 1;
}

/** The year of a half named without one ('the second half'): as for a quarter, by tense when it says. */
function halfYear(ctx: Ctx, h: number, cue?: Direction): number {
  const dh = ctx.dct.m <= 6 ? 1 : 2;
  if (cue === 'future') return h >= dh ? ctx.dct.y : ctx.dct.y + 1;
  if (cue === 'past' && h > dh) return ctx.dct.y - 1;
  return h === 2 && dh === 1 ? ctx.dct.y - 1 : ctx.dct.y;
}

/** words of a match report: a half or quarter among them is part of a game, not of a year */
const GAME_WORDS = /\b(?:scored?|scoring|goals?|touchdowns?|field goal|penalt(?:y|ies)|free kick|corner|header|equali[sz]er|trail(?:ed|ing)|led|lead|rall(?:y|ied)|points?|baskets?|three-pointers?|rebounds?|interceptions?|fumbles?|quarterback|striker|midfielder|keeper|goalkeeper|referee|whistle|half-time|halftime|the break|kick-?off|match|game|innings|sacks?|tries|try|conceded|substitute|sent off|red card|yellow card|the (?:Lakers|Celtics|Knicks|Giants|Jets|Patriots))\b/i;
/** words of a business or economic report, which win over the game words ('profit led by ... in the second half') */
export const MONEY_WORDS = /\b(?:profits?|revenues?|sales|earnings|income|losses|growth|economy|economic|GDP|inflation|percent|per cent|%|\$|shares|stocks?|prices?|investors?|analysts?|forecasts?|fiscal|results|demand|output|margins?|dividends?|quarterly|bank|company|firm|spend|spending|advertis(?:ing|ers?)|brands|recovery|recession|slowdown)\b/i;

/** Whether a half or quarter at [start, end) is part of a game: its sentence (to the nearest . ! ? or line break) reads as a match report. */
export function inGame(text: string, start: number, end: number): boolean {
  let a = start, b = end;
  while (a > 0 && start - a < 300 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  while (b < text.length && b - end < 300 && !/[.!?\n]/.test(text[b]!)) b++;
  const sentence = text.slice(a, b);
  return GAME_WORDS.test(sentence) && !MONEY_WORDS.test(sentence);
}

const YEAR_TO = new RegExp(String.raw`^\s+to\s+(?:the end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_RE}(?![a-z])`);

/** the noun of an award named 'X of the year' */
const AWARD_OF = /\b(?:album|albums|artist|artists|song|songs|single|record|records|player|players|coach|manager|person|man|woman|newcomer|producer|group|duo|band|act|singer|vocalist|DJ|rapper|songwriter|team|driver|rookie|footballer|cricketer|athlete|sportsperson|sportsman|sportswoman|personality|entertainer|comedian|book|novel|film|movie|car|word|breakthrough|achievement|goal|try|photo|photographer|journalist|reporter|teacher|nurse|volunteer|citizen|employee|chef|restaurant|pub|club|company|business|entrepreneur|innovator|leader|dog|pet)\s+of\s+$/i;

const rules: Rule[] = defineRules([
  {
    name: 'quarter-ordinal',
    before: /(?:\b(?<the>the)\s+)?(?:\b(?<yr>(?:1[89]|20)\d{2}|this year's|last year's|next year's)(?:'s)?\s+)?(?:\b(?<fiscal>fiscal|calendar)[- ])?$/i,
    re: /\b(?<ord>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)[- ](?:(?:fiscal|calendar)[- ])?(?<unit>quarter|half|two quarters)(?:\s+of\s+(?<yr2>(?:1[89]|20)\d{2}|this year|last year|next year|the (?:current |fiscal )?year|fiscal (?:1[89]|20)\d{2}))?\b(?!-)/gi,
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      const ordWord = g['ord']!.toLowerCase();
      if ((ordWord === 'last' || ordWord === 'final' || ordWord === 'latter') && !g['the']) return null;
      // 'the last half of 1989', 'the first two quarters of 1990': halves
      const unitWord = g['unit']!.toLowerCase();
      if (unitWord === 'two quarters') {
        if (ordWord !== 'first' && ordWord !== 'last' && ordWord !== 'final') return null;
        g['unit'] = 'half';
      }
      const isHalf = g['unit']!.toLowerCase() === 'half';
      if (ordWord === 'latter' && !isHalf) return null;
      // 'Rooney scored early in the second half', 'trailed by 10 in the third quarter': a part of a game
      if (!g['yr'] && !g['yr2'] && !g['fiscal'] && /^(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)$/.test(ordWord)) {
        if (inGame(ctx.text, m.index, m.index + m[0].length)) return null;
        // 'Goneril is a cartoon for much of the first half': a half with no year and no figures or business near it is a
        // play's, a film's, a season's
        if (isHalf && !MONEY_WORDS.test(ctx.text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 200))) return null;
      }
      // 'cancel the second half of a European tour', 'the first quarter of the match': a part of something else, no year's
      if (!g['yr'] && !g['yr2'] && !g['fiscal'] && /^\s+of\s+(?:a|an|the|its|his|her|their|our|this|that)\s+(?!(?:current\s+|fiscal\s+|calendar\s+|financial\s+)?(?:year|decade|century|season)\b)/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      const n = isHalf && /^(?:last|final|latter)$/.test(ordWord) ? 2 : ORD[ordWord]!;
      // 'the second half of the year': the year under way, as if unnamed
      const yrs = (g['yr'] ?? g['yr2'] ?? '').toLowerCase().replace(/^the (?:current |fiscal )?year$/, '');
      let y: number;
      if (/\d{4}/.test(yrs)) y = Number(/\d{4}/.exec(yrs)![0]);
      else if (yrs.startsWith('last')) y = ctx.dct.y - 1;
      else if (yrs.startsWith('next')) y = ctx.dct.y + 1;
      else if (yrs.startsWith('this')) y = ctx.dct.y;
      else {
        const cue = directionCue(ctx.text, pre['$start'] ? Number(pre['$start']) : m.index, m.index + m[0].length);
        y = g['unit']!.toLowerCase() === 'half' ? halfYear(ctx, n, cue) : quarterYear(ctx, n, cue);
      }
      if (g['unit']!.toLowerCase() === 'half') {
        if (n > 2) return null;
        return { type: 'DATE', value: `${pad(y, 4)}-H${n}`, anchor: yrs ? 'absolute' : 'dct' };
      }
      return { type: 'DATE', value: `${pad(y, 4)}-Q${n}`, anchor: yrs ? 'absolute' : 'dct' };
    },
  },
  {
    name: 'quarter-short',
    // the analysts' shorthand: 'Q3', 'Q3 2012', '2012 Q3', 'Q4 of 2012', "Q1'13", '2Q', 'H1 2013', '1H': a quarter or half,
    // upper case only and standing alone ('H1N1', 'Q-tips', 'the Audi Q5' are not)
    // ('Q3 FY25', 'FY2024 Q1', 'Q3FY25': a quarter of a fiscal year, valued by the year's label as fiscal quarters are)
    re: /(?<![\w-])(?:(?<y1>(?:19|20)\d{2})\s+|FY\s?['\u2019]?(?<fy1>(?:19|20)\d{2}|\d{2})\s+)?(?:Q(?<q>[1-4])|(?<q2>[1-4])Q|H(?<h>[12])|(?<h2>[12])H)(?:\s+(?:of\s+)?(?<y2>(?:19|20)\d{2})|['\u2019]?(?<yy>\d{2})|\s*(?:of\s+)?FY\s?['\u2019]?(?<fy2>(?:19|20)\d{2}|\d{2}))?(?![\w-])/g,
    make: (m, ctx) => {
      const g = m.groups!;
      const fy = g['fy1'] ?? g['fy2'];
      const y = g['y1'] ?? g['y2'] ?? (g['yy'] ? String(2000 + Number(g['yy'])) : fy ? fiscalLabelYear(fy) : undefined);
      const q = g['q'] ?? g['q2'];
      const cue = y ? undefined : directionCue(ctx.text, m.index, m.index + m[0].length);
      if (q) return { type: 'DATE', value: `${y ?? pad(quarterYear(ctx, Number(q), cue), 4)}-Q${q}`, anchor: y ? 'absolute' : 'dct' };
      const h = Number(g['h'] ?? g['h2']);
      // a bare 'H1' is also a form, a grade, a visa: a half only after a preposition or determiner ('in H2', 'the H1 figures')
      if (!y && !/\b(?:in|for|the|during|of|by|over|through|and|to|its|their|from|since|until|this|last|next)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      return { type: 'DATE', value: `${y ?? pad(halfYear(ctx, h, cue), 4)}-H${h}`, anchor: y ? 'absolute' : 'dct' };
    },
  },
  {
    name: 'quarter-months',
    // 'the October-December quarter', 'the April-June period', 'the July-September 2023 quarter': a calendar quarter named by
    // its first and last months, the style of Japanese and British economic reports (not 'the December-February quarter');
    // 'the April-to-June quarter'
    before: /\bthe\s+$/i,
    re: new RegExp(String.raw`\b(?<m1>${MONTH_RE})\.?\s*(?:-to-|-|\u2013|to|through)\s*(?<m2>${MONTH_RE})\.?(?:,?\s+(?<y>(?:1[89]|20)\d{2}))?\s+(?:quarter|period)\b(?!-)`, 'gi'),
    make: (m, ctx, pre) => {
      if (!pre['$start']) return null;
      const g = m.groups!;
      const m1 = monthNumber(g['m1']!), m2 = monthNumber(g['m2']!);
      if (!m1 || !m2 || m1 % 3 !== 1 || m2 !== m1 + 2) return null;
      const q = (m1 + 2) / 3;
      // ('sales could pick up in the January-March quarter', said in October: by the tense, as for 'the first quarter')
      const y = g['y'] ? Number(g['y']) : quarterYear(ctx, q, directionCue(ctx.text, Number(pre['$start']), m.index + m[0].length));
      return { type: 'DATE', value: `${pad(y, 4)}-Q${q}`, anchor: g['y'] ? 'absolute' : 'dct' };
    },
  },
  {
    name: 'quarter-months',
    // 'Housing sales slide 18% in July-September': the first and last months of a calendar quarter joined by a dash alone
    // name the quarter ('from July to September' is two months)
    re: new RegExp(String.raw`\b(?<m1>January|April|July|October|Jan|Apr|Jul|Oct)\.?(?:-|\u2013)(?<m2>March|June|September|December|Mar|Jun|Sept?|Dec)\b\.?(?:,?\s+(?<y>(?:1[89]|20)\d{2})\b)?(?![-\u2013]|\s+(?:quarter|period)\b)`, 'g'),
    make: (m, ctx) => {
      const g = m.groups!;
      const m1 = monthNumber(g['m1']!), m2 = monthNumber(g['m2']!);
      if (!m1 || !m2 || m2 !== m1 + 2) return null;
      const q = (m1 + 2) / 3;
      const y = g['y'] ? Number(g['y']) : quarterYear(ctx, q, directionCue(ctx.text, m.index, m.index + m[0].length));
      return { type: 'DATE', value: `${pad(y, 4)}-Q${q}`, anchor: g['y'] ? 'absolute' : 'dct' };
    },
  },
  {
    name: 'month-quarter',
    // 'exports rose in the September quarter', 'the December 2023 quarter': the quarter that ends in that month (Australian
    // and company reporting), a calendar quarter whatever the fiscal year calls it
    // ('The September quarter of 2008': its year after 'of')
    before: /\bthe\s+$/i,
    re: /\b(?<m>March|June|September|Sept\.|Sep\.|December|Dec\.)(?:,?\s+(?<y>(?:1[89]|20)\d{2}))?\s+quarter\b(?:\s+of\s+(?<y2>(?:1[89]|20)\d{2})\b)?(?![-'\u2019]|\s+of\b)/g,
    make: (m, ctx, pre) => {
      if (!pre['$start']) return null;
      if (m.groups!['y2'] && !m.groups!['y']) m.groups!['y'] = m.groups!['y2'];
      const q = monthNumber(m.groups!['m']!)! / 3;
      const y = m.groups!['y'] ? Number(m.groups!['y']) : quarterYear(ctx, q, directionCue(ctx.text, Number(pre['$start']), m.index + m[0].length));
      return { type: 'DATE', value: `${pad(y, 4)}-Q${q}`, anchor: m.groups!['y'] ? 'absolute' : 'dct' };
    },
  },
  {
    name: 'quarter-focus',
    // 'the quarter', 'the latest quarter', 'the latest period', 'the current quarter'
    re: /\b(?<unit>quarter|period)\b(?!-|\s+(?:of|from|in)\b|\s+to\s+(?:quarter|period|date)\b)/gi,
    before: /\bthe\s+(?:(?<adj>latest|most recent|recent|current|same|comparable|just-ended|just-completed|past)\s+)?(?:fiscal\s+)?$/i,
    make: (m, ctx, pre) => {
      if (!pre['$start']) return null;
      const g = { ...m.groups!, ...pre };
      const adj = g['adj']?.toLowerCase();
      const unit = g['unit']!.toLowerCase();
      if (unit === 'period' && !adj) return null;
      if (unit === 'period' && adj && !/latest|same|comparable|most recent/.test(adj)) return null;
      if (adj === 'current') return { type: 'DATE', value: shiftedValue(ctx.dct, 'quarter', 0), anchor: 'dct' };
      // 'the quarter ended Sept. 30' with no quarter in focus: the calendar quarter holding most of the three months that end
      // on that date (ended July 31 -> May-July -> Q2; ended Jan. 31 -> Q4 of the year before)
      const ended = ENDED_MONTH.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      if (ended && unit === 'quarter') {
        const em = monthNumber(ended[1]!);
        if (em) {
          let y = em <= ctx.dct.m + 3 ? ctx.dct.y : ctx.dct.y - 1;
          let q = Math.ceil((em - 1) / 3);
          if (q === 0) { q = 4; y -= 1; }
          // a fiscal quarter already in focus ('the fiscal first quarter ... the quarter ended Sept. 29') still wins
          return { type: 'DATE', value: `${pad(y, 4)}-Q${q}`, anchor: 'narrative', priority: -1 };
        }
      }
      // resolved against the quarter in focus by the narrative refiner; default: the last complete quarter
      return { type: 'DATE', value: shiftedValue(ctx.dct, 'quarter', -1), anchor: 'narrative', priority: -1 };
    },
  },
  {
    name: 'full-year',
    // 'for the full year', 'the current year', 'the current fiscal year': the DCT's year
    re: /\byear\b(?!\s+(?:before|after|of|ago|earlier)\b)/gi,
    before: /\bthe\s+(?:full|whole|entire|current|calendar|full fiscal|current fiscal)\s+$/i,
    make: (_m, ctx, pre) => !pre['$start'] ? null : ({ type: 'DATE', value: pad(ctx.dct.y, 4), anchor: 'dct' }),
  },
  {
    name: 'relative-fiscal-year',
    // 'next fiscal year', 'last financial year', 'this financial year': the fiscal year named from the DCT's, valued as a
    // year like 'fiscal 2025' (where fiscal years are named after the calendar year they end in, or begin, is not said)
    re: /\b(?<rel>last|next|this|previous|coming|current|the (?:last|next|previous|prior|coming|current|past))\s+(?:fiscal|financial)\s+year\b(?![-'\u2019]|\s+(?:before|after|of|ago|earlier|later)\b)/gi,
    make: (m, ctx) => {
      const rel = m.groups!['rel']!.toLowerCase().replace(/^the /, '');
      const off = /^(?:last|previous|prior|past)$/.test(rel) ? -1 : /^(?:next|coming)$/.test(rel) ? 1 : 0;
      return { type: 'DATE', value: pad(ctx.dct.y + off, 4), anchor: 'dct' };
    },
  },
  {
    name: 'the-year',
    // business news: 'for the year', 'a high for the year', 'nine months of the year' mean the DCT's
    // year; 'the year ended March 31' / 'the fiscal year ending June 30' is a twelve-month span
    // (TimeML: DURATION P1Y). Not 'the year before/after/earlier/ago', 'the year when ...',
    // 'the year 2000', 'the year-earlier quarter'.
    re: /\b[Tt]he (?:fiscal )?year\b(?![-'\u2019]|\s+(?:before|after|earlier|ago|later|when|that|in which|of|two thousand|\d)|\s*,?\s*(?:which|who)\b)/g,
    make: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/^\s+(?:ended|ending|that ended|which ended|through)\b/.test(after)) return { type: 'DURATION', value: 'P1Y', anchor: 'absolute' };
      // British figures: 'inflation in the year to September', 'in the year to 30 June' (not 'the year to date')
      if (YEAR_TO.test(after)) return { type: 'DURATION', value: 'P1Y', anchor: 'absolute' };
      // an award's title: 'album of the year', 'female artist of the year', 'Newcomer of the year', 'Player of the Year'
      if (AWARD_OF.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
      return { type: 'DATE', value: pad(ctx.dct.y, 4), anchor: 'dct', priority: -1 };
    },
  },
  {
    name: 'the-week',
    // market and sports reports: 'For the week, the index fell 3.8%', 'the week's most active session': the week of the
    // day under discussion (the Friday whose close is reported), else the DCT's; not 'the week of March 6', 'the week before'
    before: /\bthe\s+$/i,
    re: /\bweek\b(?=['\u2019]s\b|\s*[,.;:!?]|\s*$)/gi,
    make: (m, ctx, pre) => {
      if (!pre['$start']) return null;
      const possessive = /^['\u2019]s/.test(ctx.text.slice(m.index + 4, m.index + 6));
      if (!possessive && !/\bfor\s+the\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      return { type: 'DATE', value: '', pending: { kind: 'anchorday', offset: 0 }, asWeek: true, anchor: 'narrative' };
    },
  },
  {
    name: 'year-earlier',
    // 'the year-earlier quarter', 'the year-ago period', 'year-earlier', 'a year earlier', 'a year ago'; a quarter or
    // period placed a year back is one expression: 'the quarter a year ago', 'the corresponding period last year',
    // 'last year's quarter' (the quarter in focus, a year earlier); 'the same month last year', the month just named a year back
    before: /\bthe\s+$/i,
    // ('the prior-year quarter', 'the prior-year period', 'the previous-year quarter': the same)
    re: /\b(?:(?:year-(?:earlier|ago)|(?:prior|previous)-year(?=\s+(?:fiscal\s+)?(?:quarter|period|third|second|first|fourth)\b))(?:\s+(?:fiscal\s+)?(?:quarter|period|third quarter|second quarter|first quarter|fourth quarter))?|(?:(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period)\s+)?(?:a|one) year (?:earlier|ago|before)|(?:corresponding|comparable|same)\s+(?:quarter|period|month|week)\s+(?:of\s+)?last year|last year['\u2019]s\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period))\b/gi,
    make: (m, ctx) => ({ type: 'DATE', value: pad(ctx.dct.y - 1, 4), anchor: 'narrative', direction: 'past', priority: 1, ...(m[0] ? {} : {}) }),
  },
  {
    name: 'same-of-year',
    // 'dropped 11 percent in the fourth quarter compared with the same quarter of 1989': the quarter (month, half,
    // week) just named, in that year; the year alone when none was named
    before: /\bthe\s+$/i,
    re: /\b(?:same|corresponding|comparable)\s+(?:quarter|month|period|week|half)\s+(?:of|in)\s+(?<y>(?:19|20)\d\d)\b(?![-'\u2019])/gi,
    make: (m, _ctx, pre) => pre['$start'] ? { type: 'DATE', value: m.groups!['y']!, anchor: 'narrative', priority: 1 } : null,
  },
  {
    name: 'year-period',
    // 'in the 2023 period', 'the 2024 quarter': that year's quarter in focus (the year itself after 'the nine months')
    re: /\bthe\s+(?:fiscal\s+)?(?<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:period|quarter)\b(?!-)/gi,
    make: (m) => ({ type: 'DATE', value: m.groups!['y']!, anchor: 'narrative' }),
  },
  {
    name: 'year-fiscal',
    // 'the 2022 financial year', 'the 2019 calendar year', 'the 1997 tax year': the year, the noun it names in the span
    re: /\bthe\s+(?<y>(?:19|20)\d\d)\s+(?:financial|fiscal|calendar|tax|budget|academic|school|marketing|crop|model)\s+year\b(?![-'\u2019])/gi,
    make: (m) => ({ type: 'DATE', value: m.groups!['y']!, anchor: 'absolute', priority: 1 }),
  },
]);

export function quartersParser(ctx: Ctx): Candidate[] {
  const out = runRules(ctx, rules);
  for (const c of out) {
    // 'the year-earlier results': the timex is 'year-earlier'
    const the = /^the\s+(?=year-(?:earlier|ago)$)/i.exec(ctx.text.slice(c.start, c.end));
    if (the) c.start += the[0].length;
    // 'the third-quarter loss', 'the first-half profit': the article belongs to the noun the timex modifies (as for
    // 'the eight-year plan'), while 'the third quarter' keeps it
    const mod = /^the\s+(?=(?:(?:fiscal|calendar)[- ])?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)-(?:(?:fiscal|calendar)-)?(?:quarter|half)$)/i.exec(ctx.text.slice(c.start, c.end));
    if (mod && c.rule === 'quarter-ordinal') c.start += mod[0].length;
  }
  return out;
}
