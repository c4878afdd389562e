/**
 * Sets (recurring times): 'every Sunday' (XXXX-WXX-7), 'each season',
 * 'weekly' (P1W), 'daily', 'every two years' (P2Y), 'each July' (XXXX-07),
 * 'twice a week'.
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { MONTH_RE, QUANT_RE, SPEED_UNIT, WEEKDAY_RE, ZONES, durationValue, monthNumber, quantity, weekdayNumber } from '../constants.ts';
import { pad } from '../calendar.ts';

/** an amount, maybe with its noun, right before a frequency adverb: '20% annually', '$2 million annually', '10,000 units annually' */
const RATE_BEFORE = /(?:\d|%|\b(?:percent|per cent|million|billion|thousand|hundred|dozen))(?:\s+[a-z]+)?\s+$/i;

/** frequency words that are also nouns for a periodical */
const PAPER_NOUN = /^(?:daily|weekly|monthly)$/;
/** the words a periodical's name follows: a determiner, a name ('Party', 'Kremlin-backed'), an adjective of its kind */
const PAPER_BEFORE = /(?:\b(?:the|a|an|its|business|financial|economic|state|government|party|opposition|sports|tabloid|evening|morning|leading|popular|independent|local|regional|national|official|liberal|conservative)|\b[A-Z][\w-]*|-(?:run|owned|backed|language|based))\s+$/;
/** a name after it: 'daily Granma', 'daily Le Monde' (not a day, a month or 'Mass') */
const PAPER_NAME = /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mass|Masses|Bible|Prayer|Prayers)\b)[A-Z]/;
/** 'the daily said', 'the daily, which', "the daily's editor" */
const PAPER_VERB = /^(?:['\u2019]s\b|\s*[,;)]|\s+(?:said|says|reported|reports|quoted|quotes|wrote|writes|added|cited|claimed|published|publishes|printed|carried|ran|revealed|disclosed|noted|warned|accused)\b)/;
/** a periodical named with its determiner and the words that class it: 'the Roscommon weekly', 'a four-page weekly',
 * 'the third daily', 'the county's oldest weekly' (names, compounds, ordinals and words of a paper's kind, no verbs) */
const PAPER_DET = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]nother)\s+(?:(?:[A-Z][\w'.-]*|[a-z]+-[a-z]+(?:-[a-z]+)?|first|second|third|fourth|fifth|only|oldest|largest|biggest|smallest|morning|evening|afternoon|local|county|regional|national|provincial|state|business|financial|free|tabloid|broadsheet|rural|community|independent|new|former|rival|sister|struggling|small|big|two|three|four)\s+){0,3}$/;
/** what follows a periodical used as a noun: a verb, a preposition, a clause or the sentence's end ('the weekly has missed',
 * 'became a daily in 1891', 'a weekly by a printer', 'a weekly, which') */
const PAPER_NOUN_AFTER = /^(?:\s*[,;.:)!?]|\s*$|\s+(?:in|by|of|for|from|at|with|since|on|which|that|who|has|had|have|is|was|were|are|will|would|could|can|may|might|must|announced|marked|marks|became|becomes|closed|closes|folded|folds|survived|survives|launched|employs|employed)\b)/;
/** nouns a frequency adjective classes, one word away at most: 'a weekly business magazine', 'the daily news bulletin' */
const PROGRAMME_NOUN = /^\s+(?:[a-z-]+\s+)?(?:magazines?|newspapers?|papers?|columns?|newsletters?|digests?|tabloids?|journals?|shows?|programmes?|programs?|broadcasts?|bulletins?|newscasts?|supplements?|editions?|podcasts?)\b/;

const rules: Rule[] = defineRules([
  {
    name: 'set-every',
    re: new RegExp(String.raw`\b(?:every|each|per)\s+(?:(?<other>other|single|second|third|fourth|fifth|sixth|seventh|tenth)\s+)?(?:(?<q>${QUANT_RE})\s+)?(?:(?<wd>${WEEKDAY_RE})|(?<mon>${MONTH_RE})(?:\s+(?<md>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d,.:]\d|\d))?|(?<pod>morning|afternoon|evening|night)|(?<season>season|spring|summer|fall|autumn|winter)|(?<unit>second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades))\b`, 'gi'),
    make: (m, ctx) => {
      const g = m.groups!;
      // rates of small units ('15 million instructions per second', '40 calls per hour') and speeds ('150 km per day') are measures
      if (/^per$/i.test(m[0].slice(0, 3)) && (/^(?:seconds?|minutes?|hours?)$/i.test(g['unit'] ?? '') || SPEED_UNIT.test(ctx.text.slice(Math.max(0, m.index - 16), m.index)))) return null;
      if (g['wd']) return { type: 'SET', value: `XXXX-WXX-${weekdayNumber(g['wd'])!}`, anchor: 'absolute' };
      // 'every May 17': that day of every year
      if (g['mon']) return { type: 'SET', value: `XXXX-${pad(monthNumber(g['mon'])!)}${g['md'] ? '-' + pad(Number(g['md'])) : ''}`, anchor: 'absolute' };
      if (g['pod'] && /^per$/i.test(m[0].slice(0, 3))) return null; // a price of a stay ('from €95 per night'), no recurrence
      if (g['pod']) return { type: 'SET', value: `XXXX-XX-XXT${({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as Record<string, string>)[g['pod'].toLowerCase()]}`, anchor: 'absolute' };
      if (g['season']) {
        const s = g['season'].toLowerCase();
        const code: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
        return { type: 'SET', value: s === 'season' ? 'XXXX-XX' : `XXXX-${code[s]}`, anchor: 'absolute' };
      }
      // ('every few hours', 'every several years': some number of them, PTXH, PXY)
      let n = g['q'] ? quantity(g['q']) ?? 1 : 1;
      // 'every other week' (P2W), 'every fifth day' (P5D)
      const nth: Record<string, number> = { other: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, tenth: 10 };
      if (g['other'] && nth[g['other'].toLowerCase()] && n > 0) n *= nth[g['other'].toLowerCase()]!;
      // 'every weekend' is the weekends of every week (XXXX-WXX-WE); 'every other weekend' one weekend in two weeks, P2W
      if (/^weekends?$/i.test(g['unit']!)) return { type: 'SET', value: n === 1 ? 'XXXX-WXX-WE' : `P${n}W`, anchor: 'absolute' };
      return { type: 'SET', value: durationValue(n, g['unit']!), anchor: 'absolute' };
    },
  },
  {
    name: 'set-nth-weekday',
    // 'the first Thursday of each month', 'on the last Friday of every month': a monthly rule, not a day
    re: new RegExp(String.raw`\b(?:[Tt]he\s+)?(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:${WEEKDAY_RE})\s+(?:of|in)\s+(?:each|every)\s+month\b`, 'g'),
    make: () => ({ type: 'SET', value: 'P1M', anchor: 'absolute' }),
  },
  {
    name: 'set-day-of-month',
    // 'released on the 15th of each month', 'the first of every month': a day of every month (XXXX-XX-15)
    re: /\b[Tt]he\s+(?:(?<n>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?<w>first|second|third|fourth|fifth|tenth|fifteenth|twentieth))(?:\s+day)?\s+of\s+(?:each|every)\s+month\b/g,
    make: (m) => {
      const words: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, tenth: 10, fifteenth: 15, twentieth: 20 };
      const d = m.groups!['n'] ? Number(m.groups!['n']) : words[m.groups!['w']!.toLowerCase()]!;
      return { type: 'SET', value: `XXXX-XX-${String(d).padStart(2, '0')}`, anchor: 'absolute' };
    },
  },
  {
    name: 'set-adverb',
    // 'twice weekly', 'three times daily': the frequency is part of the set
    before: /\b(?:once|twice|thrice|(?:two|three|four|five|six|several|\d+) times)(?:\s+|-)$/i,
    re: /\b(?:daily|weekly|monthly|yearly|annually|half-hourly|hourly|nightly|biweekly|fortnightly|quarterly|semiannually|twice-yearly)\b/gi,
    make: (m, ctx) => {
      const w = m[0].toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // adjectives before a noun ('the quarterly dividend', 'a daily newspaper') are not timexes in TimeML news practice
      const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
      if ((w === 'quarterly' || w === 'monthly' || w === 'yearly' || w === 'biweekly' || w === 'semiannually') && nextWord && !/^(?:and|or|to|in|on|at|by|for|from|with|since|until|basis|through|but|as)$/.test(nextWord)) return null;
      if (w === 'daily' && nextWord && /^(?:newspaper|newspapers|paper|papers|news|mail|telegraph|express|star|beast|show|life|lives|routine|routines|bread|basis)$/.test(nextWord)) return nextWord === 'basis' ? { type: 'SET', value: 'P1D', anchor: 'absolute' } : null;
      // 'the weekly magazine', 'a weekly column', 'the daily show': a publication or programme, no recurrence of an event
      if ((w === 'weekly' || w === 'daily' || w === 'nightly') && PROGRAMME_NOUN.test(after)) return null;
      if (/^[A-Z]/.test(m[0]) && /^\s+[A-Z]/.test(after)) return null; // 'Daily Telegraph', 'Weekly Standard'
      const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
      // "People's Daily reported": capitalised inside a sentence, a name
      if (m[0] !== w && PAPER_NOUN.test(w) && !/(?:^|[.!?:]\s+|["'\u201c(]\s*|\n\s*)$/.test(before)) return null;
      // a newspaper: 'the Communist Party daily Granma', 'the business daily Nikkei', 'the daily said', 'the weekly's editor'
      if (PAPER_NOUN.test(m[0]) && m[0] === w && (PAPER_BEFORE.test(before) && PAPER_NAME.test(after) || /\b(?:the|a|an|this|that|its)\s+$/i.test(before) && PAPER_VERB.test(after))) return null;
      // 'The Roscommon weekly has missed only a handful of issues', 'became a daily in 1891': the paper itself
      if (PAPER_NOUN.test(m[0]) && m[0] === w && PAPER_DET.test(ctx.text.slice(Math.max(0, m.index - 60), m.index)) && PAPER_NOUN_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      // an adverb of frequency after an amount is a rate's, which TimeBank leaves untagged in most of its uses (where
      // the unit of a rate, '$50,000 a year', is tagged as a set by the duration rule):
      // 'sales to rise 8.5% annually', '10,000 units annually', 'average daily volume' (not 'the board meets weekly')
      // ('open from 16:00 to 22:00 daily', '9am to 5pm daily': a clock time before it is no quantity)
      if (RATE_BEFORE.test(before) && !/\b(?:times|once|twice)\s+$/i.test(before) && !/(?:\d:\d\d|\d\s*(?:a\.m\.|p\.m\.|am|pm))\s+$/i.test(before)) return null;
      if (/\baverage\s+$/i.test(before)) return null;
      const value: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', 'half-hourly': 'PT30M', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W', fortnightly: 'P2W', quarterly: 'P3M', semiannually: 'P6M', 'twice-yearly': 'P1Y' };
      return { type: 'SET', value: value[w]!, anchor: 'absolute' };
    },
  },
  {
    name: 'set-weekends',
    // 'open weekends from 10 a.m.', 'works most weekends', 'on weekends': every weekend (TimeML: XXXX-WXX-WE)
    re: /\b(?<most>most\s+)?weekends\b(?!\s+(?:ago|of|in\s+a\s+row)\b)/gi,
    make: (m, ctx) => {
      if (/^W/.test(m[0]) && !m.groups!['most']) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      if (!m.groups!['most'] && !/\b(?:on|at|open|opens|opened|closed|closes|work|works|worked|working|play|plays|played|busy|crowded)\s+$/i.test(before)) return null;
      return { type: 'SET', value: 'XXXX-WXX-WE', anchor: 'absolute' };
    },
  },
  {
    name: 'set-times-a',
    // ('twice an hour', 'three times a minute': an hour's and a minute's too)
    re: new RegExp(String.raw`\b(?:once|twice|thrice|(?:${QUANT_RE}) times)\s+(?:(?:a|per|each|every)\s+(?:day|week|month|year|season|decade)|(?:an|per|each|every)\s+hour|(?:a|per|each|every)\s+minute)\b`, 'gi'),
    make: (m) => {
      const unit = /(\w+)$/.exec(m[0])![1]!;
      return { type: 'SET', value: durationValue(1, unit === 'season' ? 'year' : unit), anchor: 'absolute' };
    },
  },
  {
    name: 'set-units-a',
    // 'six days a week', 'two evenings a week': so many of a unit in every larger one ('24 hours a day' is two, the
    // hours a duration and 'a day' its set, as annotators write it; see the duration rule)
    re: new RegExp(String.raw`\b(?:${QUANT_RE})\s+(?:days|nights|evenings|mornings|afternoons|weekends)\s+(?:a|per|each|every)\s+(?<unit>day|week|month|year|season)\b(?!\s+(?:ago|earlier|before|later)\b)`, 'gi'),
    make: (m) => {
      const unit = m.groups!['unit']!.toLowerCase();
      return { type: 'SET', value: durationValue(1, unit === 'season' ? 'year' : unit), anchor: 'absolute' };
    },
  },
  {
    name: 'set-weekday',
    // 'trains run every weekday', 'each working day': the days Monday to Friday
    re: /\b(?:every|each)\s+(?:weekday|working\s+day|workday|business\s+day)\b/gi,
    make: () => ({ type: 'SET', value: 'XXXX-WXX-WD', anchor: 'absolute' }),
  },
  {
    name: 'set-weekday',
    // 'between 4pm and 8pm on weekdays', 'open weekdays': the days Monday to Friday, every week
    re: /\b(?<=\b(?:on|at|over|during|and|or|open|closed|shut|work|works|worked|working|runs?|ran)\s+)weekdays\b(?!['\u2019])/gi,
    make: () => ({ type: 'SET', value: 'XXXX-WXX-WD', anchor: 'absolute' }),
  },
  {
    name: 'set-weekday',
    // 'open 10am to 6pm weekdays', 'reruns will continue weekdays at 4 p.m.': after a clock time, or before one
    re: /\b(?:(?<=(?:\d|\d\s?[ap]\.?m\.?|\bnoon|\bmidnight)\s+)weekdays\b|weekdays(?=\s+(?:at|from|between|until|till)\s+(?:\d|noon|midnight)))(?!['\u2019])/gi,
    make: () => ({ type: 'SET', value: 'XXXX-WXX-WD', anchor: 'absolute' }),
  },
  {
    name: 'set-alternate-days',
    // 'water supply cut to alternate days', 'hand watering on odd-numbered days': every other day
    re: /\b(?:(?:on\s+)?(?<x>alternate\s+days|every\s+alternate\s+day|(?:odd|even)(?:-numbered)?\s+days))\b/gi,
    make: () => ({ type: 'SET', value: 'P2D', anchor: 'absolute' }),
  },
  {
    name: 'set-plural-weekday',
    re: /\b(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b/g,
    make: (m) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[0].slice(0, -1))!}`, anchor: 'absolute' }),
  },
]);

const POD_CODE: Record<string, string> = { mornings: 'MO', afternoons: 'AF', evenings: 'EV', nights: 'NI' };
/**
 * A weekday before a plural part of day recurs: 'Thursday nights' (XXXX-WXX-4TNI), 'on Sunday mornings'; in
 * 'Saturday and Sunday evenings' both days are the set (each its own expression, as TimeML splits coordinations).
 */
const WEEKDAY_POD = new RegExp(String.raw`\b(?<wd1>${WEEKDAY_RE})s?(?:(?<sep>\s*,\s*|\s+(?:and|or)\s+)(?<wd2>${WEEKDAY_RE})s?)?\s+(?<pod>mornings|afternoons|evenings|nights)\b`, 'g');

function weekdayPodSets(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  WEEKDAY_POD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY_POD.exec(ctx.text)) !== null) {
    const g = m.groups!;
    const pod = POD_CODE[g['pod']!]!;
    const n1 = weekdayNumber(g['wd1']!);
    if (!n1) continue;
    const end = m.index + m[0].length;
    if (g['wd2']) {
      const n2 = weekdayNumber(g['wd2']);
      if (!n2) continue;
      const firstEnd = m.index + g['wd1']!.length + (ctx.text[m.index + g['wd1']!.length] === 's' ? 1 : 0);
      const secondStart = firstEnd + g['sep']!.length;
      out.push({ start: m.index, end: firstEnd, type: 'SET', value: `XXXX-WXX-${n1}T${pod}`, anchor: 'absolute', rule: 'set-weekday-pod', priority: 2 });
      out.push({ start: secondStart, end, type: 'SET', value: `XXXX-WXX-${n2}T${pod}`, anchor: 'absolute', rule: 'set-weekday-pod', priority: 2 });
    } else {
      out.push({ start: m.index, end, type: 'SET', value: `XXXX-WXX-${n1}T${pod}`, anchor: 'absolute', rule: 'set-weekday-pod', priority: 2 });
    }
  }
  // 'Weekday mornings are reserved for school groups', 'on weekend evenings': every such part of those days
  WEEKPART_POD.lastIndex = 0;
  while ((m = WEEKPART_POD.exec(ctx.text)) !== null) {
    const code = /^weekend/i.test(m.groups!['wp']!) ? 'WE' : 'WD';
    out.push({ start: m.index, end: m.index + m[0].length, type: 'SET', value: `XXXX-WXX-${code}T${POD_CODE[m.groups!['pod']!.toLowerCase()]!}`, anchor: 'absolute', rule: 'set-weekday-pod', priority: 2 });
  }
  return out;
}
const WEEKPART_POD = /\b(?<wp>[Ww]eekday|[Ww]eekend)\s+(?<pod>mornings|afternoons|evenings|nights)\b/g;

/** a clock time: '8 p.m.', '9:25 pm', '7.30 a.m.', 'noon', 'midnight', with a zone ('9 a.m. EST') */
const CLOCK = String.raw`(?:(?<h>\d{1,2})(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>[aApP])(?:\.\s?[mM]\b\.?|\s?[mM]\b)|(?<word>noon|midnight))(?:\s+(?:${Object.keys(ZONES).filter((z) => z.length > 1).join('|')})\b)?`;
const CLOCK_AFTER = new RegExp(String.raw`^(?:\s*,)?\s+at\s+${CLOCK}`);
const CLOCK_BEFORE = new RegExp(String.raw`(?<![\w:.])${CLOCK.replace(/\?<(\w+)>/g, '?<$1b>')}\s+$`);
const POD_AFTER = /^\s+(?<pod>morning|afternoon|evening|night)\b(?!-)/;

function clockSuffix(g: Record<string, string | undefined>, b = ''): string | undefined {
  const word = g['word' + b]?.toLowerCase();
  if (word) return word === 'noon' ? 'T12:00' : 'T24:00';
  let h = Number(g['h' + b]);
  if (!(h >= 1 && h <= 12)) return undefined;
  const pm = g['ap' + b]!.toLowerCase() === 'p';
  if (pm && h < 12) h += 12;
  if (!pm && h === 12) h = 0;
  return `T${String(h).padStart(2, '0')}:${g['mi' + b] ?? '00'}`;
}

/**
 * The time of day a recurrence takes place at is part of it: 'every Tuesday at 8 p.m.' (XXXX-WXX-2T20:00), 'at 8 p.m.
 * every Tuesday', 'every Sunday morning' (XXXX-WXX-7TMO), 'every day at noon' (XXXX-XX-XXT12:00) - not a Tuesday or
 * today at 8 p.m.
 */
function withTimeOfDay(ctx: Ctx, c: Candidate): Candidate {
  const base = /^XXXX-WXX-[1-7]$/.test(c.value) ? c.value : /^(?:every|each)\s+day$/i.test(ctx.text.slice(c.start, c.end)) ? 'XXXX-XX-XX' : undefined;
  if (!base) return c;
  const after = ctx.text.slice(c.end, c.end + 40);
  const pod = base !== 'XXXX-XX-XX' ? POD_AFTER.exec(after) : null;
  if (pod) return { ...c, end: c.end + pod[0].length, value: `${base}T${({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as Record<string, string>)[pod.groups!['pod']!.toLowerCase()]}` };
  // ('9 a.m. every day', 'every day at 10.30am': a clock time and a set, each its own, as annotators tag them)
  if (base === 'XXXX-XX-XX') return c;
  const clock = CLOCK_AFTER.exec(after);
  const sAfter = clock ? clockSuffix(clock.groups!) : undefined;
  if (clock && sAfter) return { ...c, end: c.end + clock[0].length, value: base + sAfter };
  const head = ctx.text.slice(Math.max(0, c.start - 24), c.start);
  const before = CLOCK_BEFORE.exec(head);
  const sBefore = before ? clockSuffix(before.groups!, 'b') : undefined;
  if (before && sBefore) return { ...c, start: c.start - before[0].length, value: base + sBefore };
  return c;
}

/** 'roughly every two years', 'about every six weeks': the approximation is the set's (mod APPROX) */
function withApprox(ctx: Ctx, c: Candidate): Candidate {
  if (!/^(?:every|each)\s/i.test(ctx.text.slice(c.start, c.end))) return c;
  const lead = /\b(?:roughly|about|around|approximately)\s+$/i.exec(ctx.text.slice(Math.max(0, c.start - 16), c.start));
  return lead ? { ...c, start: c.start - lead[0].length, mod: 'APPROX' } : c;
}

export function setsParser(ctx: Ctx): Candidate[] {
  return [...runRules(ctx, rules).map((c) => c.rule === 'set-every' ? withApprox(ctx, withTimeOfDay(ctx, c)) : c), ...weekdayPodSets(ctx)];
}
