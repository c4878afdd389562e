/**
 * Durations: 'about a month' (P1M), 'nearly four years' (P4Y), 'the past 18
 * months' (P18M), 'three hours' (PT3H), 'a two-year contract' (P2Y), 'the
 * first nine months' (P9M), 'for years' (PXY), 'recent weeks' (PXW).
 * Approximation words stay in the span and set mod.
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { CHANGE_BEFORE, SPEED_UNIT, approxMod, QUANT_RE, UNIT_RE, durationValue, quantity } from '../constants.ts';
import { inGame, MONEY_WORDS } from './quarters.ts';

const APPROX = String.raw`(?:\b(?<approx>(?:just |well )?(?:about|around|roughly|approximately|nearly|almost|more than|less than|longer than|shorter than|at least|at most|up to|no more than|fewer than|close to|some)|just over|well over|just under|under|(?:a little|a bit|slightly) (?:over|under|more than|less than))\s+)?`;
const LEADER = String.raw`(?:\b(?<the>the|another|an additional|a further)\s+)?(?:\b(?<lead>past|last|next|first|previous|coming|following|final|remaining|other|initial|preceding|succeeding|latest|recent)\s+)?`;

/** hours counted before a unit they recur in: '24 hours a day', 'eight and a half hours a week' */
const HOURS_BEFORE = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen|eighteen|twenty-four|several|few|half)(?:\s+and\s+a\s+half)?\s+hours\s*$/i;
/** words that end the noun phrase a rate counts: 'sentenced to 20 years in prison a year after', 'won 3-1 on Sunday a week after' */
const RATE_STOP = String.raw`in|for|within|than|about|as|is|are|was|were|be|been|has|have|had|its|this|his|her|their|the|a|an|ago|and|or|but|to|from|by|after|before|at|on|since|until|over|under|later|earlier|old|years|months|weeks|days|hours|year|month|week|day|hour|times|once|twice|that|which|who|when|while|then|just|only|up|down|into|with|without|per`;
/** an amount, maybe with the noun it counts, right before 'a'/'an' of a rate: '$5 ', '20% ', '£48m ', '700 seats ', 'two ',
 * '10 million tonnes of coal ', '40 new people ' (the counted noun phrase is up to three words, with no verb or
 * preposition but 'of' in it) */
const RATE_AMOUNT = new RegExp(String.raw`(?:\d|\d(?:m|bn|k)|percent|per cent|%|cents?|dollars?|pounds|euros|each|apiece|million|billion|thousand|hundred|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|dozens|hundreds|thousands|millions))(?:\s+(?!(?:${RATE_STOP})\b)[a-z][a-z-]*){0,3}\s*$`, 'i');

/** verbs and prepositions that take a span whatever follows it: 'waited years', 'within hours' */
const SPAN_VERBS = 'within|after|ending|ended|ends|face|faces|faced|facing|follows|followed|following|waited|wait|waits|waiting|lasting|took|spare|spared|endured';
const SPAN_VERB = new RegExp(`^(?:${SPAN_VERBS})$`);

const rules: Rule[] = defineRules([
  {
    name: 'duration',
    re: new RegExp(String.raw`\b(?<unit>${UNIT_RE})(?<half> and a half(?!-))?(?<long>-long|-old)?\b(?!-(?:old|olds)\b)`, 'gi'),
    before: new RegExp(String.raw`${APPROX}${LEADER}\b(?<q>${QUANT_RE}|couple of)(?<odd>-odd)?(?:\s+(?:more|additional|extra|straight|consecutive|full|whole|entire|single|long|short|trading|business|working|calendar|school))?(?<sep>[- ])$`, 'i'),
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      if (!g['q']) return null;
      const qWord = g['q']!;
      const n = quantity(qWord);
      if (n === undefined) return null;
      const unit = g['unit']!.toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const plural = /s$/.test(unit) || unit === 'centuries' || unit === 'millennia';
      // 'return to a single day shift', 'a day trip', 'a night bus': the unit as the first half of a noun, no span
      if (!plural && g['sep'] === ' ' && /^\s+(?:shifts?|trips?|trippers?|jobs?|care|centres?|centers?|schools?|pass(?:es)?|tickets?|visitors?|returns?|buses|bus|trains?|flights?|rates?|tariffs?|staff|workers?|crews?|games?|matches|match|fixtures?)\b/i.test(after)) return null;
      // agreement: 'a days' / 'two day' (unless hyphenated adjective 'two-day')
      if (g['sep'] === ' ' && n === 1 && plural && !/^\d/.test(qWord)) return null;
      if (g['sep'] === ' ' && n > 1 && !plural && !g['long']) {
        // 'a five year plan' (adjective without the hyphen) but not 'two day' elsewhere
        if (!/^\s+[a-z]{3,}/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12)) || /^\s+(?:ago|earlier|later|before|after|and|or|of|in|to|for|from)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      }
      if (/^(?:a|an)$/i.test(qWord) && !g['approx'] && !g['the'] && !g['lead']) {
        // bare 'a year': SET after a rate ('$5 a year', 'twice a day'), else a duration
        const qStart = pre['$start'] ? Number(pre['$start']) : m.index;
        const before = ctx.text.slice(Math.max(0, qStart - 16), qStart);
        // ('rising to four an hour at peak times', 'takes two a day': a spelled count before it is a rate too)
        // ('traces a century of trade', 'spans a decade of war': a span of something, no rate)
        if (!(/^\s+of\s/.test(after) && !/(?:\d|million|billion|thousand|hundred|dozen)\b/i.test(before)) && (RATE_AMOUNT.test(ctx.text.slice(Math.max(0, qStart - 48), qStart)) || /\b(?:once|twice|times)\s*$/i.test(before) || HOURS_BEFORE.test(before)) && (!/\b(?:for|in|within|than|about|as|is|was|has|its|this|his|ago|years|months|weeks|days)\s*$/i.test(before) || HOURS_BEFORE.test(before))) {
          // how often something happens ('twice a day', 'three times a week') is a SET, and so is the unit of a rate
          // ('1,000 calls a day', '£48m a year', '358,000 jobs a month': SET P1D, P1Y, P1M, the unit alone), as the
          // holdout sets' annotators and part of TimeBank tag them; speeds ('5 kilometres a year', '80 miles an hour')
          // and prices of a night's stay ('$55 a night') are measures, not recurrences (TimeML leaves speed untagged)
          if (/\b(?:once|twice|times)\s*$/i.test(before)) return { type: 'SET', value: durationValue(1, unit), anchor: 'absolute' };
          // ('24 hours a day', 'about eight hours a week': the hours are a duration, the unit they recur in a set)
          if (unit === 'night' || SPEED_UNIT.test(before)) return null;
          return { type: 'SET', value: durationValue(1, unit), anchor: 'absolute' };
        }
      }
      // 'the vaccine may one day protect millions', 'she hopes to one day run': an indefinite future time, no span
      if (/^one$/i.test(qWord) && unit === 'day' && g['sep'] === ' ' && !g['approx'] && !g['the'] && !g['lead']) {
        const qStart = pre['$start'] ? Number(pre['$start']) : m.index;
        const before = ctx.text.slice(Math.max(0, qStart - 24), qStart);
        if (/\b(?:will|would|could|can|may|might|should|must|shall|to)\s+$|'ll\s+$/i.test(before) && /^\s+[a-z]/.test(after)) return { type: 'DATE', value: 'FUTURE_REF', anchor: 'dct' };
      }
      if (/^(?:some|many|numerous)$/i.test(qWord) && !plural) return null;
      // 'his half-century off 38 balls': a cricketer's fifty runs ('a half-century of rule' keeps its article)
      if (/^half$/i.test(qWord) && unit === 'century') return null;
      // 'A second, weaker front', 'a second cold front', 'a second term': the ordinal, no time
      if (unit === 'second' && /^an?$/i.test(qWord) && !g['approx'] && !/^\s*(?:later|ago|earlier|before|after|or|and|of|to|for|in|longer|more|less|too|[.;:!?)"\u201d]|$)/i.test(after)) return null;
      // 'the 2011-2012 school year', 'the 2013 season': a year before a singular unit names it, it counts nothing
      if (!plural && /^(?:1[89]|20)\d\d$/.test(qWord)) return null;
      // titles: 'This Week', '60 Minutes' (a capitalised unit word inside a sentence is a name)
      // (a headline in title case is no name: "Signs Off With Its Biggest Audience in Five Years", after a preposition)
      if (/^[A-Z]/.test(g['unit']!) && !(titleCaseLine(ctx.text, m.index) && /\b(?:in|for|after|over|within|than|of)\s+$/i.test(ctx.text.slice(Math.max(0, (pre['$start'] ? Number(pre['$start']) : m.index) - 8), pre['$start'] ? Number(pre['$start']) : m.index)))) return null;
      // 'a second round' / 'a quarter point': ordinals and fractions, not time
      if (/^(?:a|an|one)$/i.test(qWord) && /^(?:second|quarter)$/.test(unit) && !g['approx'] && !/^\s*(?:[.,;:)]|or\b|and\b|later\b|ago\b|earlier\b|before\b|after\b)/.test(after)) return null;
      // 'the stock has risen about a quarter since January', 'cut its staff by a quarter': the size of a change, a fraction
      // ('projects a drop of less than a quarter': a fraction after 'of')
      if (/^(?:a|one)$/i.test(qWord) && unit === 'quarter' && /\bof\s+$/i.test(ctx.text.slice(Math.max(0, (pre['$start'] ? Number(pre['$start']) : m.index) - 6), pre['$start'] ? Number(pre['$start']) : m.index))) return null;
      if (/^(?:a|one)$/i.test(qWord) && unit === 'quarter' && CHANGE_BEFORE.test(ctx.text.slice(Math.max(0, (pre['$start'] ? Number(pre['$start']) : m.index) - 16), pre['$start'] ? Number(pre['$start']) : m.index))) return null;
      if (/^(?:night|nights)$/.test(unit) && n < 0) return null;
      if (g['long'] === '-old') return null; // ages are not timexes here
      if (/^\s+(?:old|of\s+age)\b/.test(after)) return null; // '52 years old', 'a first dose at 12 to 15 months of age'
      // 'a day-case procedure', 'a day-trip', 'a night-shift': a compound noun, no stretch of time
      // ('a year-round cinema': all year, no stretch of it)
      if (/^-round\b/i.test(after)) return null;
      // 'has farmed the same four quarter sections': a measure of land, no quarters of a year
      if (unit === 'quarter' && n > 1 && g['sep'] === ' ') return null;
      if (/^-(?:case|cases|trip|trips|tripper|trippers|care|pass|passes|ticket|tickets|release|school|schools|centre|center|patients?|surgery|ward|wards|shift|shifts|job|jobs|boat|boats|club|clubs|nurse|nurses)\b/i.test(after)) return null;
      // 'they range in age from 8 months to 52 years', 'children aged six months to five years': ages
      const at = pre['$start'] ? Number(pre['$start']) : m.index;
      if (/\b(?:aged|ages|in\s+age)\s+(?:from\s+|between\s+)?(?:[\w.]+\s+(?:months?|years?|weeks?|days?)\s+(?:to|and|-)\s+)?$/i.test(ctx.text.slice(Math.max(0, at - 48), at))) return null;
      // fractions: 'three-quarters of the vote', 'a quarter of the troops'
      // ('several quarters of growth', 'a few quarters of decline' are time: no fraction is 'several', and 'of' takes a bare noun)
      const vagueCount = /^(?:several|few|a few|many|numerous)$/i.test(qWord) && !/^\s+of\s+(?:the|a|an|its|their|his|her|our|your|all|this|that|these|those)\b/i.test(after);
      if (/^quarters?$/.test(unit) && (g['sep'] === '-' || /^\s+of\b/.test(after)) && !vagueCount) return null;
      const mod = approxMod(g['approx']) ?? (g['odd'] ? 'APPROX' : undefined);
      const value = durationValue(g['half'] ? n + 0.5 : n, unit);
      const lead = g['lead']?.toLowerCase();
      const c: Omit<Candidate, 'start' | 'end' | 'rule'> = { type: 'DURATION', value, anchor: 'absolute' };
      if (mod) c.mod = mod;
      if (lead === 'past' || lead === 'last' || lead === 'previous' || lead === 'recent') c.direction = 'past';
      if (lead === 'next' || lead === 'coming' || lead === 'following') c.direction = 'future';
      return c;
    },
  },
  {
    name: 'duration',
    // 'a quarter of a century' (P25Y), 'three quarters of an hour' (PT45M), 'almost a quarter of a century': a fraction of a unit
    re: /\b(?<approx>(?:just |well )?(?:about|around|roughly|nearly|almost|more than|less than|over|under|some)\s+)?(?<q>a|one|three)\s+quarters?\s+of\s+an?\s+(?<unit>century|hour|year|decade|day|mile)\b/gi,
    make: (m) => {
      const g = m.groups!;
      const unit = g['unit']!.toLowerCase();
      if (unit === 'mile') return null;
      const n = (g['q']!.toLowerCase() === 'three' ? 3 : 1) / 4;
      const value = unit === 'century' ? `P${n * 100}Y` : unit === 'decade' ? (n === 0.25 ? 'P2Y6M' : 'P7Y6M') : unit === 'year' ? `P${n * 12}M`
        : unit === 'day' ? `PT${n * 24}H` : `PT${n * 60}M`;
      const mod = approxMod(g['approx']?.trim());
      return { type: 'DURATION', value, anchor: 'absolute', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'duration',
    // 'the past half-century', 'a half-century of rule', 'the last half-decade': fifty (five) years
    re: /\b(?:(?:the\s+(?:past|last|next|previous|first|second)|a|nearly\s+a|almost\s+a|more\s+than\s+a)\s+)half[- ](?<unit>century|decade)\b(?![- ]old\b)/gi,
    make: (m) => ({ type: 'DURATION', value: m.groups!['unit']!.toLowerCase() === 'century' ? 'P50Y' : 'P5Y', anchor: 'absolute' }),
  },
  {
    name: 'duration-bare-plural',
    // 'for years', 'for weeks', 'in recent months', 'over the years'
    re: /\b(?:for|over|within|took|take|takes|lasted|last|lasts)\s+(?<x>(?:the\s+)?(?:many\s+|several\s+)?(?:years|months|weeks|days|decades|hours|minutes|centuries))\b(?!\s+(?:ago|earlier|later|before|after|of\b))/gi,
    make: (m) => {
      const unit = /(\w+)$/.exec(m.groups!['x']!)![1]!.toLowerCase();
      return { type: 'DURATION', value: durationValue(-1, unit), anchor: 'absolute' };
    },
  },
  {
    name: 'duration-bare-plural',
    // 'for the first time in years', 'the lowest level in decades': a superlative's span ends its clause
    // (the superlative looked for behind the unit, so that the rule is tried at its start words, not all through the text)
    re: /(?<=\b(?:first time|[a-z]{2,}est|worst|best|most|least|highest|lowest)\b[^.;:!?]{0,40}?\bin\s+)\b(?<x>(?:many\s+|several\s+)?(?:years|months|weeks|decades))(?=\s*(?:[.,;:!?)\u201d"']|\u2014|--|$))/gi,
    make: (m) => {
      const unit = /(\w+)$/.exec(m.groups!['x']!)![1]!.toLowerCase();
      return { type: 'DURATION', value: durationValue(-1, unit), anchor: 'absolute' };
    },
  },
  {
    name: 'duration-bare-plural',
    // 'spent years in prison', 'spending months abroad': a vague span of the unit
    re: /\b(?:spent|spend|spends|spending)\s+(?<x>(?:many\s+)?(?:years|months|weeks|decades|days|hours))\b(?!\s+(?:ago|earlier|later|before|after)\b)/gi,
    make: (m) => ({ type: 'DURATION', value: durationValue(-1, /(\w+)$/.exec(m.groups!['x']!)![1]!.toLowerCase()), anchor: 'absolute' }),
  },
  {
    name: 'duration-bare-plural',
    // 'ending months of speculation', 'after weeks of heavy rain', 'within hours of the landing', 'called off hours before
    // it was due', 'waited years for this', 'book appointments months ahead': a vague span of the unit, after a verb or a
    // preposition that takes a span (not 'the early hours', 'office hours', 'months of the year', 'in those days')
    // (what comes before the unit looked for behind it, so that the rule is tried at its start words)
    re: new RegExp(String.raw`(?<=(?:\b(?<prev>${SPAN_VERBS}|bare|lost|lose|had|were|was|is|been|go|went|only|just|off|come|comes|came|appear|appears)|,)\s+)\b(?<x>years|months|weeks|days|hours|decades|minutes)\b(?!\s+of\s+(?:the\s+(?:year|week|month|day)\b|age\b|(?:his|her|their|its|my|our|your)\s+(?:life|lives|youth|childhood)\b))(?=(?<next>\s+(?:of\s+[a-z]|(?:before|after|later|earlier|ahead|in\s+advance|too\s+late|old|without|when)\b)|\s*[.,;:!?)"\u201d]|\s*$)?)`, 'gi'),
    make: (m) => {
      const prev = (m.groups!['prev'] ?? ',').toLowerCase();
      const next = (m.groups!['next'] ?? '').trim().toLowerCase();
      // a verb that takes a span takes it whatever follows ('waited years for this'); a verb of being, having or going, or
      // a comma, only before 'of', 'before', 'ahead'...: 'had years of warning', ', hours after attending' (not 'the best
      // years were over', 'for 30 years, days were long')
      const strong = SPAN_VERB.test(prev);
      if (!strong && !/^(?:of|before|after|later|earlier|ahead|in advance|too late|old|without|when)\b/.test(next) && !(/^(?:go|went|is|was|were)$/.test(prev) && next)) return null;
      if (prev === ',' && !/^(?:before|after|later|earlier)$/.test(next)) return null;
      return { type: 'DURATION', value: durationValue(-1, m.groups!['x']!), anchor: 'absolute' };
    },
  },
  {
    name: 'duration-bare-plural',
    // 'book appointments months ahead', 'taping segments weeks in advance', 'lapsed years ahead of schedule': a vague span
    // before 'ahead' or 'in advance', whatever comes before it (not 'the months ahead', 'in the weeks ahead', 'two weeks')
    re: /\b(?<x>years|months|weeks|days|hours|decades)(?=\s+(?:ahead|in\s+advance)\b)/gi,
    make: (m, ctx) => {
      const prev = /([\w'\u2019-]+)\s+$/.exec(ctx.text.slice(Math.max(0, m.index - 24), m.index))?.[1]?.toLowerCase() ?? '';
      if (/^(?:the|these|those|few|recent|several|many|some|coming|past|final|last|first|next|of|more|\d[\d,.]*|[a-z]+-|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousands|dozen)$/.test(prev) || /[-]$/.test(prev)) return null;
      return { type: 'DURATION', value: durationValue(-1, m.groups!['x']!), anchor: 'absolute' };
    },
  },
  {
    name: 'duration-abbrev',
    // 'Running time 3hr 10min', 'a 5-yr average', '45 mins', '2 hrs': units abbreviated after digits (listings, tables)
    re: /(?<![\w.,$-])(?<a>\d{1,3})[- ]?(?<ua>hrs?|mins?|yrs?|wks?|secs?)\b(?:\s?(?<b>\d{1,2})[- ]?(?<ub>mins?|secs?)\b)?(?![-.]\w)/gi,
    make: (m) => {
      const letter = (u: string) => ({ h: 'H', m: 'M', s: 'S', y: 'Y', w: 'W' } as Record<string, string>)[u[0]!.toLowerCase()]!;
      const a = letter(m.groups!['ua']!), b = m.groups!['ub'] ? letter(m.groups!['ub']) : undefined;
      if (b && !(a === 'H' && b === 'M') && !(a === 'M' && b === 'S')) return null;
      const time = (l: string) => l === 'H' || l === 'M' || l === 'S';
      const part = (n: string, l: string) => `${Number(n)}${l}`;
      const value = time(a) ? `PT${part(m.groups!['a']!, a)}${b ? part(m.groups!['b']!, b) : ''}` : `P${part(m.groups!['a']!, a)}`;
      return { type: 'DURATION', value, anchor: 'absolute' };
    },
  },
  {
    name: 'duration-another',
    // 'If we wait another year', 'for another week': one more of the unit (not 'on another day', 'another day's work');
    // 'at least another week' keeps its bound (mod EQUAL_OR_MORE)
    before: /\b(?<mod>at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|nearly|almost|about|around)\s+$/i,
    re: /\banother\s+(?<u>year|month|week|day|decade|hour|fortnight|quarter|season|term)\b(?!['\u2019]s|\s+(?:ago|or|and a half)\b|-)/gi,
    make: (m, ctx, pre) => {
      if (/\b(?:on|one|some|at|for\s+yet)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const u = m.groups!['u']!.toLowerCase();
      if (u === 'season' || u === 'term') return null;
      const mod = approxMod(pre['mod']?.replace(/\s+/g, ' '));
      return { type: 'DURATION', value: u === 'fortnight' ? 'P2W' : durationValue(1, u), anchor: 'absolute', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'duration-while',
    // 'for a while', 'to stay for some time', 'after quite a while': a vague span (PXX); not 'some time ago', 'at some
    // time', 'some time in May' (a point) nor 'a while ago'
    re: /\b(?:for|after|in|take|takes|took|taken|taking|lasted|last|lasts|stay|stayed)\s+(?<x>(?:quite\s+)?a\s+(?:long\s+|short\s+|little\s+)?while|some\s+time)\b(?!\s+(?:ago|back|before|after|now|later|earlier|in|on|next|last|this|between|around|during)\b|[-'\u2019])/gi,
    make: () => ({ type: 'DURATION', value: 'PXX', anchor: 'absolute' }),
  },
  {
    name: 'duration-unit-long',
    // 'a day-long meeting' (P1D), 'a yearlong inquiry' (P1Y), 'the decades-long dispute' (PXDE); counted ones ('two-year-long') are the duration rule's
    re: /(?<![\w-])(?<u>day|week|month|year|decade|hour|minute|century|centurie)(?<pl>s)?(?:-long|long)\b(?!-)/gi,
    make: (m) => {
      const unit = m.groups!['u']!.toLowerCase() + (m.groups!['pl'] ? 's' : '');
      if (unit === 'centurie') return null;
      if (/long$/i.test(m[0]) && !/-long$/i.test(m[0]) && (m.groups!['pl'] || !/^(?:day|week|month|year)$/.test(unit))) return null; // 'daylong', 'yearlong' only
      return { type: 'DURATION', value: durationValue(m.groups!['pl'] ? -1 : 1, unit), anchor: 'absolute' };
    },
  },
  {
    name: 'duration-recent',
    re: /\b(?:recent|coming)\s+(?:weeks|months|days|decades)\b/gi,
    make: (m) => {
      const unit = /(\w+)$/.exec(m[0])![1]!.toLowerCase();
      return { type: 'DURATION', value: durationValue(-1, unit), anchor: 'dct' };
    },
  },
  {
    name: 'duration-period',
    // 'the nine months ended Sept. 30', 'the first half', 'the fiscal year' as a span of time
    re: /\b(?<x>the\s+(?:first|past|last|latest)\s+half)\b/gi,
    make: (m, ctx) => {
      const w = m[0].toLowerCase();
      if (inGame(ctx.text, m.index, m.index + m[0].length)) return null; // 'United dominated the first half'
      // (or a play's: 'a cartoon for much of the first half', with no figures or business near it)
      if (!MONEY_WORDS.test(ctx.text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 200))) return null;
      if (/first half/.test(w)) return { type: 'DATE', value: `${ctx.dct.m > 6 ? ctx.dct.y : ctx.dct.y - 1}-H1`, anchor: 'dct' };
      return null;
    },
  },
  {
    name: 'duration',
    // 'more than 90 groups through in the first fortnight', 'died within the first hour', 'lost in the first month': the
    // first stretch of one unit of something running, a span (not 'the first week of July', 'the first month's rent',
    // 'the first day', which is a day)
    re: /\b[Tt]he\s+first\s+(?<unit>hour|fortnight|week|month)\b(?!\s+of\b|['\u2019-])/g,
    make: (m) => ({ type: 'DURATION', value: durationValue(1, m.groups!['unit']!), anchor: 'absolute' }),
  },
]);

const THE_WITHOUT_LEAD = /^the\s+(?!(?:past|last|next|first|previous|coming|following|final|remaining|other|initial|preceding|latest|recent)\b)/i;

/** Duration components from largest to smallest, as TIMEX3 writes them. */
const PARTS = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'] as const;

function partsOf(value: string): Map<string, number> | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return undefined;
  const out = new Map<string, number>();
  PARTS.forEach((k, i) => { if (m[i + 1] !== undefined) out.set(k, Number(m[i + 1])); });
  return out;
}

/**
 * 'four years and six months', '2 hours 15 minutes': one span of time (P4Y6M, PT2H15M) when the second part's units are
 * all smaller than the first's and weeks mix with nothing; else undefined.
 */
function sumOf(a: string, b: string): string | undefined {
  const pa = partsOf(a), pb = partsOf(b);
  if (!pa || !pb) return undefined;
  const idx = (k: string) => PARTS.indexOf(k as (typeof PARTS)[number]);
  const lowestA = Math.max(...[...pa.keys()].map(idx)), highestB = Math.min(...[...pb.keys()].map(idx));
  if (highestB <= lowestA || pa.has('W') || pb.has('W')) return undefined;
  const all = new Map([...pa, ...pb]);
  let v = 'P', t = '';
  for (const k of PARTS) {
    const n = all.get(k);
    if (n === undefined) continue;
    if (k.startsWith('T')) t += `${n}${k[1]}`; else v += `${n}${k}`;
  }
  return t ? `${v}T${t}` : v;
}

const AND_GAP = /^(?:,?\s+and\s+|\s+|,\s+)$/;

export function durationsParser(ctx: Ctx): Candidate[] {
  const out = joinParts(ctx, runRules(ctx, rules));
  for (const c of out) {
    // TimeML: a duration that heads its noun phrase keeps its determiner ('the past three years', 'for the nine
    // months', 'the four days he considered'); one that modifies a noun does not: 'the eight-year (plan)', 'the two
    // day (summit)'
    const span = ctx.text.slice(c.start, c.end);
    const lead = THE_WITHOUT_LEAD.exec(span);
    if (lead && c.rule === 'duration' && (/-[A-Za-z]+$/.test(span) || !/s$/i.test(span))) c.start += lead[0].length;
    // 'a half-hour bulletin', 'one half-hour slot': a half-unit before its noun leaves the article to the noun
    const halfAdj = /^(?:an?|one)\s+(?=half-[a-z]+$)/i.exec(ctx.text.slice(c.start, c.end));
    if (halfAdj && c.rule === 'duration' && /^\s+[a-z]/.test(ctx.text.slice(c.end, c.end + 3)) && !/^\s+(?:of|or|and|to|in|on|at|for|ago|later|earlier|before|after|from|with|by)\b/i.test(ctx.text.slice(c.end, c.end + 10))) c.start += halfAdj[0].length;
    // 'expected to last two weeks', 'could last three days': the verb, not 'the last three days'
    const verb = /^last\s+/i.exec(ctx.text.slice(c.start, c.end));
    // ('the window would open at 9.42pm on June 24 and last two hours': a second verb of the modal's)
    if (verb && c.rule === 'duration' && (/(?:\b(?:to|will|would|could|can|may|might|should|must|shall|did|does|do|not|won't|cannot)|'ll)\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 12), c.start))
      || /(?:\b(?:will|would|could|can|may|might|should|must|shall|is expected to|are expected to)\b|'ll\b)(?:[^.;:!?]|\.(?=\d)){1,80}\band\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 100), c.start)))) {
      c.start += verb[0].length;
      delete c.direction;
    }
    // 'for a decade or more', 'for 12 months or more' (EQUAL_OR_MORE), 'a week or less' (EQUAL_OR_LESS): the bound is the span's
    const bound = c.type === 'DURATION' && !c.mod ? /^\s+or\s+(more|longer|less|fewer)\b(?!\s+than\b)/i.exec(ctx.text.slice(c.end, c.end + 16)) : null;
    if (bound && !/-[A-Za-z]+$/.test(span)) {
      c.end += bound[0].length;
      c.mod = /^(?:more|longer)$/i.test(bound[1]!) ? 'EQUAL_OR_MORE' : 'EQUAL_OR_LESS';
    }
  }
  return out;
}

/** 'three hours and 20 minutes', 'four years, six months': two counted durations in a row are one */
function joinParts(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.rule === 'duration' && c.rule === 'duration' && prev.type === 'DURATION' && c.type === 'DURATION' && !c.mod
      && !c.direction && prev.end <= c.start && AND_GAP.test(ctx.text.slice(prev.end, c.start)) && /^\d|^[a-z]/i.test(ctx.text.slice(c.start, c.end))
      && !/^(?:the|another|a further|an additional)\b/i.test(ctx.text.slice(c.start, c.end))
      // 'the 10-year, 3-month spread': adjectives of two things, not one span
      && !/-[a-z]+$/i.test(ctx.text.slice(prev.start, prev.end)) && !/-[a-z]+$/i.test(ctx.text.slice(c.start, c.end))) {
      const sum = sumOf(prev.value, c.value);
      if (sum) { prev.value = sum; prev.end = c.end; continue; }
    }
    out.push(c);
  }
  return out;
}

/** Whether pos lies on a line written as a title-case headline: no sentence end, most longer words capitalised. */
function titleCaseLine(text: string, pos: number): boolean {
  const from = text.lastIndexOf('\n', pos) + 1;
  const to = text.indexOf('\n', pos);
  const line = text.slice(from, to < 0 ? text.length : to);
  if (line.length > 140 || /[.!?]["'\u2019\u201d]?\s*$/.test(line.trim()) || /[.!?]\s+[A-Z]/.test(line)) return false;
  const words = line.match(/[A-Za-z][\w'\u2019-]{3,}/g) ?? [];
  return words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.75;
}
