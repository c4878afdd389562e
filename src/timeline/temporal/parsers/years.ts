/**
 * Years, decades, centuries and fiscal years: 'in 2010', 'the 1990s' (199),
 * 'the late 1980s' (198, mod END), 'mid-1990', 'the end of 1990' (1990,
 * mod END), 'fiscal 1998' (1998), 'the 20th century' (19), 'this century'.
 * Numbers that are counts ('1,200 troops', '2000 soldiers', '$1990') are not years. Years after 2099
 * are read after a preposition ('by 2150', 'in 3025'); the implausible ones are refused later (refiners/plausible.ts).
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { MOD_PREFIX, modOf } from './periods.ts';
import { pad } from '../calendar.ts';
import { NUMBER_WORDS, ORDINALS, fiscalLabelYear } from '../constants.ts';

const EVENT_NOUN = /^\s+(?:protests|riots|elections|polls|primaries|games|olympics|talks|negotiations|accords|attacks|bombings|floods|earthquakes|strikes|uprisings|hearings|reforms|sanctions|championships|finals|playoffs|summits|results|figures|levels|rates|prices|sales|earnings|profits|losses|budgets|bonds|notes|debentures)\b/i;
/**
 * A plural noun of people or countable things: after a round number it makes a count even behind 'the' ('the 2000
 * protesters', 'the 1900 delegates', 'the 2000 seats'), where 'the 2011 protests' / 'the 2012 regulations' are years.
 * Agent and member suffixes (-ers, -ors, -ists, -ians, -ees, -ants, -ents, -ates, -ites; not event or document nouns
 * like 'murders', 'mergers', 'events', 'agreements', 'debates') and a few common count nouns.
 */
const PEOPLE_NOUN = /^\s+(?!(?:murders|disasters|mergers|transfers|numbers|papers|orders|letters|matters|offers|winters|summers|events|incidents|accidents|patents|rates|debates|estimates|updates|mandates|dates|states|climates)\b)(?:[a-z]+(?:ers|ors|ists|ians|ees|ants|ents|ates|ites)|fans|guests|victims|pilgrims|athletes|marines|police|families|households|children|homes|houses|cars|vehicles|seats|beds|flights|copies|cases|deaths|casualties)\b(?<!ments)/;
const COUNT_NOUN = /^\s+(?!years?\b|(?:was|is|has|had|as|this|its|his|her|their|were|saw|brought|marked|and|or|to|through|when|after|before)\b)[a-z]+s\b/;
/** Before a year after 2099: only words that expect a time ('in 2150', 'by 2300', not 'of 5000', 'to 3000'). */
const FAR_YEAR_PREP = /\b(?:in|by|until|till|through|before|after|since|circa)\s*$/i;
const YEAR_PREP = /\b(?:in|since|of|from|by|until|till|to|through|during|before|after|year|early|late|mid|circa|c\.|fiscal|spring|summer|fall|autumn|winter|and|or|between|around)\s*$/i;

/** a car maker after a model year ('a 2019 Honda Civic') */
const CAR_MAKER = /^\s+(?:Chevrolet|Chevy|Toyota|Honda|Nissan|Dodge|Buick|Cadillac|Pontiac|Oldsmobile|Chrysler|Plymouth|Jeep|Volkswagen|VW|Mercedes(?:-Benz)?|BMW|Mazda|Subaru|Volvo|Audi|Porsche|Hyundai|Kia|Mitsubishi|GMC|Saab|Lexus|Acura|Infiniti|Datsun|Jaguar|Peugeot|Renault|Fiat|Tesla|Suzuki|Isuzu|Ford|Lincoln|Mercury|Saturn)\b/;
/** the maker, then a model name or a vehicle */
const CAR_MODEL = /^\s+\S+\s+(?:(?!(?:Motors?|Company|Corp|Inc|Group|Foundation)\b)[A-Z][\w-]*|F-\d+|\d{3}\b|(?:sedan|pickup|truck|van|minivan|coupe|convertible|SUV|hatchback|wagon|station wagon|car|motorcycle)\b)/;
const STREET_AFTER = /^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy)\b/;

/** a hyphenated century before its noun: '-century palace' (not '-century.' or '-century, when') */
const ATTRIBUTIVE_CENTURY = /-century\s+(?!(?:and|or|but|when|as|to|in|of|was|is|were|had|has|that|which)\b)[a-z]/;
const attributiveCentury = (text: string, m: RegExpExecArray): boolean => ATTRIBUTIVE_CENTURY.test(text.slice(m.index + m[0].length - 8, m.index + m[0].length + 20));
/** a century's ordinal, perhaps with 'early' / 'late' / 'mid' */
const CENTURY_CORE = String.raw`(?:(?<mod>early|late|mid)[- ])?(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|\d{1,2}(?:st|nd|rd|th))`;
/** the century a 'century' match names ('17th' is 16), with its modifier */
function centuryOf(m: RegExpExecArray): Omit<Candidate, 'start' | 'end' | 'rule'> | null {
  const o = m.groups!['ord']!.toLowerCase();
  const n = ORDINALS[o] ?? parseInt(o, 10);
  if (!n || n < 1) return null;
  const mod = modOf(m.groups!['mod']);
  return { type: 'DATE', value: pad(n - 1, 2), anchor: 'absolute', ...(mod ? { mod } : {}) };
}

const rules: Rule[] = defineRules([
  {
    name: 'fiscal-year',
    re: /\b(?:(?:the\s+)?fiscal(?:\s+year)?|FY)\s*(?:'|’)?(?<y>(?:1[5-9]|20)\d{2}|\d{2})(?:[-/\u2013](?<y2>\d{2})(?![\w%/:-]|[.,]\d))?\b/gi,
    make: (m) => {
      let y = m.groups!['y']!;
      // 'fiscal 2024-25' straddles two years: valued as the year it starts, like a season ('the 2012-13 season')
      const y2 = m.groups!['y2'];
      if (y2 !== undefined && (y.length !== 4 || Number(y2) !== (Number(y) + 1) % 100)) return null;
      y = fiscalLabelYear(y);
      // the year it is named after, as TimeML values it (its value syntax has no fiscal years; 'FY1998' is
      // TIDES TIMEX2), like fiscal quarters ('the fiscal first quarter' = YYYY-Q1)
      return { type: 'DATE', value: y, anchor: 'absolute' };
    },
  },
  {
    name: 'decade',
    re: /(?:\b(?<full>1[0-9]{2}0|20[0-9]0)s|(?:'|’)(?<short>[0-9]0)s|\b(?<bare>[2-9]0)s)\b/g,
    before: new RegExp(String.raw`${MOD_PREFIX}(?<the>\bthe\s+(?:(?<mod2>early|late|mid)[- ]?)?)?$`, 'i'),
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      if (g['bare']) {
        // 'a year from the 70s or 80s': a decade written without its century or apostrophe, after 'the' or after another
        // decade and 'or' / 'and' (not an age, 'in his 80s', nor a temperature, 'highs in the 70s')
        const lead = ctx.text.slice(Math.max(0, m.index - 16), m.index);
        const coordinated = /\d0s\s+(?:or|and|to|-|\u2013)\s*$/.test(lead);
        if (!g['the'] && !coordinated) return null;
        let a = m.index, b = m.index + m[0].length;
        while (a > 0 && m.index - a < 120 && !/[.!?\n]/.test(ctx.text[a - 1]!)) a--;
        while (b < ctx.text.length && b - m.index < 120 && !/[.!?\n]/.test(ctx.text[b]!)) b++;
        const around = ctx.text.slice(a, b);
        if (/\b(?:temperatures?|degrees|highs?|lows?|forecast|mph|km\/h|°|aged|ages|age|his|her|their|percent|per cent|%|scores?|mark)\b|°/i.test(around)) return null;
        g['short'] = g['bare'];
      }
      let dec = g['full'] ? g['full'].slice(0, 3) : (Number(g['short']) >= 30 ? '19' : '20') + g['short']![0];
      // 'the 1800s', 'the early 1700s': a century, as English uses the hundreds (its first decade would be 'the 1800s'
      // too, but is rarely meant); 'the 1900s' and 'the 2000s' stay ambiguous and are read as decades
      if (g['full'] && /^1[0-8]00$/.test(g['full'])) dec = g['full'].slice(0, 2);
      const mod = modOf(g['mod'] ?? g['mod2']);
      return { type: 'DATE', value: dec, anchor: 'absolute', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'decade-words',
    re: /\b(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties|naughties)\b/gi,
    before: /\bthe\s+(?:(?<mod>early|mid|late)[- ])?$/i,
    make: (m, ctx, pre) => {
      if (!pre['$start']) return null; // 'in his forties' is an age: only 'the nineties' counts
      const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
      if (/\b(?:his|her|their|its|my|your|our)\s*$/i.test(before)) return null;
      const d: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      const mod = modOf(pre['mod']);
      // (British 'the noughties': the 2000s)
      if (/^n[oa]ughties$/i.test(m.groups!['d']!)) return { type: 'DATE', value: '200', anchor: 'absolute', ...(mod ? { mod } : {}) };
      return { type: 'DATE', value: `19${d[m.groups!['d']!.toLowerCase()]}`, anchor: 'absolute', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'century',
    re: new RegExp(String.raw`\b(?:the\s+)?${CENTURY_CORE}[- ]century\b`, 'gi'),
    // ('the 17th-century palace': 'the' is the palace's; the rule below takes the century alone)
    // ('the late 18th century': the span keeps 'the' and the modifier)
    make: (m, ctx) => (/^the\s/i.test(m[0]) && attributiveCentury(ctx.text, m) ? null : centuryOf(m)),
  },
  {
    name: 'century',
    // 'the 17th-century palace', 'a 19th-century mill': the century as an adjective, without the noun's article
    re: new RegExp(String.raw`(?<=\b[Tt]he\s+)\b${CENTURY_CORE}-century\b`, 'gi'),
    make: (m, ctx) => (attributiveCentury(ctx.text, m) ? centuryOf(m) : null),
  },
  {
    name: 'year',
    // "In '77 we watched the glow", "since '08", "the class of '92": a year clipped to two digits after a preposition (the
    // latest such year not after the DCT's; not "'80s", "Rock '83 tour", scores or feet)
    re: /(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|of)\s+)['\u2019](?<yy>\d\d)\b(?![\d%'\u2019]|s\b|\s*(?:-|\u2013|to)\s*\d)/g,
    make: (m, ctx) => {
      const yy = Number(m.groups!['yy']);
      const century = Math.floor(ctx.dct.y / 100) * 100;
      let y = century + yy <= ctx.dct.y ? century + yy : century - 100 + yy;
      // ('the class of '92' said in 1987: a class yet to graduate, the nearest such year)
      if (/\bclass\s+of\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index)) && y + 100 - ctx.dct.y < ctx.dct.y - y) y += 100;
      return { type: 'DATE', value: String(y), anchor: 'dct' };
    },
  },
  {
    name: 'year-era',
    // 'AD 910', 'around A.D. 1080', '400 BC', '2500 BCE': a year of the era written out, any number of digits (BC years
    // as HeidelTime writes them, 'BC0400'; TimeML has no form of its own)
    before: /\b(?<approx>about|around|circa|c\.|ca\.|approximately|roughly)\s+$/i,
    re: /(?:\b(?:AD|A\.D\.)\s+(?<y1>[1-9]\d{0,3})\b|\b(?<y2>[1-9]\d{0,3})\s*(?<era>AD|A\.D\.|CE|BC|B\.C\.|BCE|B\.C\.E\.)(?![\w]))/g,
    make: (m, _ctx, pre) => {
      const g = m.groups!;
      const y = Number(g['y1'] ?? g['y2']);
      const bc = /^B/i.test(g['era'] ?? '');
      return { type: 'DATE', value: (bc ? 'BC' : '') + pad(y, 4), anchor: 'absolute', ...(pre['approx'] ? { mod: 'APPROX' } : {}) };
    },
  },
  {
    name: 'this-century',
    re: /\b(?:this|last|next|the (?:past|last|previous|next|current)) century\b/gi,
    make: (m, ctx) => {
      const w = m[0].toLowerCase();
      const off = /last|past|previous/.test(w) ? -1 : /next/.test(w) ? 1 : 0;
      return { type: 'DATE', value: pad(Math.floor(ctx.dct.y / 100) + off, 2), anchor: 'dct' };
    },
  },
  {
    name: 'year',
    // any four-digit year: ones far ahead ('in 3025') are refused by the plausibility refiner, not ignored
    re: /\b(?<y>[1-9][0-9]{3})\b(?![.,]\d|%|-\d|\/\d|:\d|\s*(?:percent|per cent)\b)/g,
    before: new RegExp(String.raw`${MOD_PREFIX}(?<yr>\bthe year\s+)?$`, 'i'),
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      // not part of a bigger number, an amount or a code ('$1990', '3.1990', '#2010'); 'mid-1990' is fine
      const prev = ctx.text[m.index - 1] ?? ' ';
      if (/[\d$.,/:#]/.test(prev)) return null;
      if (prev === '-' && !/(?:mid|pre|post)-$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
      const y = Number(g['y']);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // 'the asteroid 2011 QF7', 'comet 1996 B2': a designation, its letters and digits after the year
      if (/^ [A-Z]{1,2}\d{1,3}\b/.test(after) && !/\b(?:in|since|by|during|until|from|of)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      // 'post-1959 politics', 'pre-1990 levels': a prefixed year stays a year before a plural noun
      const prefixed = prev === '-';
      // 'the 2011 protests', 'the 2016 elections': an event noun (or 'the' + a plural noun; news writes counts
      // from 1,000 up with a comma) makes a year of it, not a count like '1500 protesters'; behind 'the', a round number
      // before people or things counted is a count ('the 2000 delegates'), a year otherwise ('the 2016 candidates')
      const eventNoun = EVENT_NOUN.test(after) || (/\b(?:the|its|their|his|her)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) && y >= 1900 && y <= 2099 && !(y % 50 === 0 && PEOPLE_NOUN.test(after)));
      // ('in 1948 pupils did not return': after a preposition of time, a year before the clause's subject)
      const timePrep = /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring)\s+$/.test(ctx.text.slice(Math.max(0, m.index - 7), m.index)) && /^\s+[a-z]+\s+(?:did|were|was|had|have|could|would|went|came|began|returned|left|moved|voted|marched|rallied|gathered)\b/.test(after);
      // ('a network installed in 2018 sends readings', 'a hall built in 1887 houses': a participle's 'in' dates it)
      // (not a round hundred, 'injured in 2000 crashes')
      const datedBy = y >= 1800 && y <= 2099 && y % 100 !== 0 && /\b(?:[a-z]{2,}ed|built|begun|won|made|held|set|shot|written|born)\s+(?:in|since|during)\s+$/.test(ctx.text.slice(Math.max(0, m.index - 30), m.index));
      if (COUNT_NOUN.test(after) && !prefixed && !eventNoun && !timePrep && !datedBy) return null;
      // a number of years, days… is a count, not a year: '2000 years old', 'a 1500-year-old church', '1998 days'
      // ('the 2014 year-end results' is a year)
      if (/^(?:-|\s+)(?:years?|months?|weeks?|days?|decades?|century|centuries|minutes?|seconds?)\b(?!-(?:end|ago|earlier|on|over|to)\b)/i.test(after)) return null;
      // ('In 2007 people were writing us off': after a preposition of time and before a verb, the year the clause is set in;
      // a round number there may still be a count, 'In 2000 people were evacuated')
      if (/^\s*(?:troops|people|soldiers|personnel|points|shares|votes|men|women|workers|jobs|units|tons|miles|feet|meters|kilometers|dollars|euros|pounds|yen|acres|barrels|employees|residents|hours|km)\b/i.test(after)
        && !(timePrep && y % 100 !== 0)) return null;
      // a wire-style clock time in a zone, also where it only restates another ('4:30 a.m. (2030 GMT Tuesday)')
      if (y % 100 < 60 && Math.floor(y / 100) < 24 && /^\s?(?:GMT|UTC)\b/.test(after)) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
      // the last group of a telephone number: 'Bookings (02) 660 1994', '555-1994' (not a table's '1994   1993')
      if (/(?:\(\d{2,5}\)\s?|(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d{2,5}[ -])$/.test(before)) return null;
      // a street number: 'lives at 2012 Main Street', '1600 Pennsylvania Ave.' (not 'in 2012 Smith Street was renamed')
      if (STREET_AFTER.test(after) && !/\b(?:in|since|by|until|till|during|before|after|from|of)\s*$/i.test(before)) return null;
      if (/\b(?:No\.|Number|number|Nos\.|Flight|flight|Room|room|Route|route|Highway|Article|article|Resolution|resolution|Section|section|Page|page|Rule|rule|Act|model|Model|Boeing|Airbus|version|Version|Local|Lodge|Branch|Post|Platform|Gate|Channel|Bay|Pier|Berth|Unit|Ward|Block|Lot|\$|US\$)\s*$/.test(before)) return null;
      // a car's model year: 'a 2019 Honda Civic', "her 1999 Toyota Camry", 'a 2004 Ford pickup': a maker and a model
      // or a vehicle after the year (not 'the 2010 Toyota recall', 'the 1976 Ford administration', 'in 2019 Toyota sold')
      if (!/\b(?:in|since|by|until|till|during|before|after|from|of|to|through)\s*$/i.test(before) && CAR_MAKER.test(after) && CAR_MODEL.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 50))) return null;
      // a software release named with a year ('Windows 2000', 'Office 2010', 'SQL Server 2019'): a product, not its year
      if (/\b(?:Windows|Office|Server|Exchange|Outlook|Excel|PowerPoint|SharePoint|Visual Studio|Photoshop|AutoCAD)\s$/.test(before)) return null;
      // outside 1900–2099 a bare number is a year only where a year is expected ('in 1066', 'by 2150', 'the year 3025')
      if (y < 1900 && !g['mod'] && !g['yr'] && !YEAR_PREP.test(before)) return null;
      if (y > 2099 && !g['mod'] && !g['yr'] && !FAR_YEAR_PREP.test(before)) return null; // 'a crowd of 5000' is a count
      const mod = modOf(g['mod']);
      return { type: 'DATE', value: pad(y, 4), anchor: 'absolute', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'spelled-year',
    // broadcast transcripts: 'nineteen ninety-six', 'the year two thousand'
    before: /\bthe year $/i,
    re: /\b(?:(?<c>nineteen|twenty) (?<t>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?<u>one|two|three|four|five|six|seven|eight|nine))?|two thousand(?: and)?(?: (?<u2>one|two|three|four|five|six|seven|eight|nine))?)\b/gi,
    make: (m, _ctx, pre) => {
      const g: Record<string, string | undefined> = { ...m.groups!, yr: pre['$start'] };
      if (!g['c'] && !g['yr']) return null; // 'two thousand' alone is a number
      const n = (w: string | undefined) => (w ? NUMBER_WORDS[w.toLowerCase()] ?? 0 : 0);
      if (g['c']) {
        const y = (g['c'].toLowerCase() === 'nineteen' ? 1900 : 2000) + n(g['t']) + n(g['u']);
        if (!g['yr'] && !g['u'] && n(g['t']) < 20) return null; // 'twenty eleven' ... too ambiguous without 'the year'
        return { type: 'DATE', value: pad(y, 4), anchor: 'absolute' };
      }
      return { type: 'DATE', value: pad(2000 + n(g['u2']), 4), anchor: 'absolute' };
    },
  },
]);

/** 'the period 2008-2012', '1999\u20132003': a range of years, both ends written in full (not a score, a phone number, a code) */
const YEAR_RANGE = /(?<![\w$#.,/:-])(?<a>(?:1[5-9]|20)\d{2})\s?[-\u2013]\s?(?<b>(?:1[5-9]|20)\d{2})(?![\w%/-]|:\d|[.,]\d)/g;

/**
 * 'the 2012-13 season', 'in 2023/24', 'the 1998-99 budget': a season, school or fiscal year written as a year and the
 * next one's last two digits. TIMEX3 has no value for a period straddling two years; it is valued as the year it
 * starts in (the season's or fiscal year's first months), the whole written form its span.
 */
const SEASON_YEARS = /(?<![\w$#.,/:-])(?<a>(?:19|20)\d{2})[-/\u2013](?<b>\d{2})(?![\w%/:-]|[.,]\d)/g;

export function yearsParser(ctx: Ctx): Candidate[] {
  const out = runRules(ctx, rules);
  SEASON_YEARS.lastIndex = 0;
  for (let m = SEASON_YEARS.exec(ctx.text); m; m = SEASON_YEARS.exec(ctx.text)) {
    const a = Number(m.groups!['a']);
    if (Number(m.groups!['b']) !== (a + 1) % 100) continue;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:\b(?:No|Nos|pp?|Case|case)\.?|#|\$|US\$)\s*$/.test(before)) continue; // a number, pages, an amount
    // 'the 2014-15 financial year', 'the 2007/08 season', 'the 2008/09 marketing year': the noun the years name is the span's
    const lead = /\bthe\s+$/i.exec(before);
    const head = lead ? /^\s+(?:(?:financial|fiscal|income|marketing|crop|tax|academic|school|budget|planting|harvest|sugar|cotton|coffee|football|rugby|cricket|racing|hunting|fishing|regular|winter|summer|tourist)\s+)?(?:year|season)\b(?![-'\u2019])/i.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 32)) : null;
    const start = head ? m.index - lead![0].length : m.index, end = m.index + m[0].length + (head ? head[0].length : 0);
    out.push({ start, end, type: 'DATE', value: String(a), anchor: 'absolute', rule: 'season-years' });
  }
  // TimeML annotates each end of a range of years as a year of its own
  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(ctx.text); m; m = YEAR_RANGE.exec(ctx.text)) {
    const a = Number(m.groups!['a']), b = Number(m.groups!['b']);
    if (b <= a || b - a > 100) continue;
    // 'its 1999-2000 schedule', 'the 2019-2020 season': two years in a row before a season's noun are one season, valued
    // by the year it starts in, as '1999-00' is
    if (b === a + 1 && /^\s+(?:(?:financial|fiscal|academic|school|television|TV|broadcast|regular|football|hockey|basketball|NBA|NHL)\s+)?(?:season|schedule|year|budget|term|campaign|lineup|line-up)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 32))) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(a), anchor: 'absolute', rule: 'season-years' });
      continue;
    }
    const bAt = m.index + m[0].length - 4;
    out.push({ start: m.index, end: m.index + 4, type: 'DATE', value: String(a), anchor: 'absolute', rule: 'year-range' });
    out.push({ start: bAt, end: bAt + 4, type: 'DATE', value: String(b), anchor: 'absolute', rule: 'year-range' });
  }
  for (const c of out) {
    // 'the 1980s-era law', 'a 1990s-style campaign': the article belongs to the noun the decade modifies
    const the = c.rule === 'decade' && ctx.text[c.end] === '-' ? /^the\s+/i.exec(ctx.text.slice(c.start, c.end)) : null;
    if (the) c.start += the[0].length;
    // 'post-1959', 'pre-1990': the prefix belongs to the expression (TimeML mod AFTER / BEFORE)
    const pre = /\b(pre|post)-$/i.exec(ctx.text.slice(Math.max(0, c.start - 5), c.start));
    if (pre && c.rule === 'year' && !c.mod) {
      c.start -= pre[0].length;
      c.mod = pre[1]!.toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER';
    }
  }
  return out;
}
