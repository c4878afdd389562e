/**
 * Month names without a day: 'August', 'in early August' (direction by tense
 * and distance from the DCT), 'mid-November' (mod MID), 'August 1988',
 * 'January of next year'; seasons ('the summer', 'spring 1998'); fixed
 * holidays ('Christmas', 'New Year's Day', 'Thanksgiving').
 * 'may' / 'march' as verbs or nouns are not months: only capitalised forms in
 * a temporal position count.
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { FIGURES_FOR, MONTH_NAMES_RE, MONTH_RE, SEASONS, SPELLED_YEAR_RE, monthNumber, spelledYear, weekdayNumber } from '../constants.ts';
import { MOD_PREFIX, modOf } from './periods.ts';
import { type Ymd, addDays, daysInMonth, fmtDay, fmtWeek, isoWeekday, pad, toDays, validDay } from '../calendar.ts';
import { clauseYear, directionCue, frontedYear } from '../cues.ts';
import { documentCountry, independenceDay } from '../locale.ts';
import { LUNAR_HOLIDAYS, lunarHoliday } from '../lunar.ts';

const LIST_AFTER_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December),\s*$/;
const TEMPORAL_BEFORE = /\b(?:in|into|since|until|till|by|from|through|during|before|after|of|to|early|late|mid|last|next|this|and|or|between|around|last|every|each|following|since|that|throughout|on)\s*$/i;

/** a second month and a year after a month: ' and April 2020', ' to December, 2019', '-June 2021' */
const SHARED_YEAR = new RegExp(String.raw`^\s*(?:and|or|to|through|until|-|\u2013)\s*(?:early\s+|late\s+|mid-?)?(?:${MONTH_RE})(?![a-z])\.?,?\s+(?:((?:1[5-9]|20)\d\d)(?![\d%])|(?:of\s+)?(this|next|last)\s+year\b)`);

/** A determiner or possessive right before a capitalised month used as a modifier. */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|his|her|their|our|your)\s+$/i;

/** The holidays news names; '<holiday> week' and '<holiday> weekend' after them. */
const HOLIDAYS = String.raw`(?:${LUNAR_HOLIDAYS}|Mother's Day|Mothering Sunday|Fourth of July|Christmas(?: Day| Eve)?|New Year's(?: Day| Eve|(?=[.,;:!?)"\u201d]|\s+(?:and|or|when|with|as|in|on|at|to|until|before|after|is|was|will)\b))|Thanksgiving(?: Day| Monday)?|Independence Day|Halloween|Valentine's Day|Veterans Day|Labou?r Day|Memorial Day|Boxing Day|Election Day|Easter(?: Sunday| Monday)?|Good Friday|Palm Sunday|Holy Week|St\.? Patrick's Day|St\.? Stephen's Day|Saint Patrick's Day|Father's Day|Martin Luther King(?: Jr\.?)? Day|Presidents'? Day|Columbus Day|Black Friday|Cyber Monday|Remembrance Day|Remembrance Sunday|Armistice Day|Bonfire Night|Guy Fawkes Night|Canada Day|Bastille Day|Australia Day|Anzac Day|Waitangi Day|Republic Day|Gandhi Jayanti|Juneteenth|Victoria Day|Family Day|Melbourne Cup Day|Bloomsday|St\.? Andrew's Day|St\.? David's Day|St\.? George's Day|Burns Night|Hogmanay|May Day|Earth Day|Ash Wednesday|Mardi Gras|Shrove Tuesday|Maundy Thursday|Holy Saturday|Black Saturday|Pentecost|Whit Monday|Mandela Day|Freedom Day|Heritage Day|Day of Reconciliation|Youth Day|Women's Day)`;
const HOLIDAY_TAIL = String.raw`(?:,?\s+(?<y>(?:1[5-9]|20)\d{2})(?![\d%]|[.,]\d))?\b(?![-'\u2019]|\s+(?:Island|Rising|Offensive|Parade|Bunny|egg|eggs|tree|trees|card|cards|party|parties|agreement|accord|accords|deal|lights|shopping|sales|season|holidays|break|bonus|bonuses|dinner|lunch|table|turkey|present|presents|gifts?|fires|bushfires|floods|massacre|bombings?|uprising|riots?|prayers?|services?|feasts?|fairs?|offers?|celebrations?|festivities|greetings|messages?|sweets|lamps|crackers|fireworks|rush|markets?|traditions?|customs?|decorations|puja|meals?|appeals?|drives?|hampers?|concerts?|specials?|editions?|episodes?|menus?|campaigns?|trading|holiday\s+season)\b)`;

/** what gets ready for a holiday, which lies ahead: 'Preparations for', 'countdown to' */
const READY_FOR = /\b(?:preparations?|preparing|prepares|prepare|countdown|gearing\s+up)\s+(?:for|to)\s+(?:the\s+)?$/i;

/**
 * a present tense after a holiday, its subject ('Diwali falls on Monday this year', 'Yom Kippur is the holiest day'), or
 * its coming near ('With Diwali approaching'): the one coming
 */
const PRESENT_AFTER = /^\s+(?:is|falls|begins|starts|comes|arrives|approaches|nears|(?:fast\s+|now\s+)?(?:approaching|nearing|looming))\b/;

/** a month and day set beside a holiday: ', Oct. 10', ' (November 24)' */
const APPOSED_DAY = new RegExp(String.raw`^(?:,\s+|\s+\()(${MONTH_RE})(?![a-z])\.?\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!,?\s+(?:1[5-9]|20)\d\d)`);

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'Bloomsday': [6, 16], 'Christmas': [12, 25], 'Christmas Day': [12, 25], 'Christmas Eve': [12, 24], "New Year's Day": [1, 1], "New Year's Eve": [12, 31],
  'Independence Day': [7, 4], 'Fourth of July': [7, 4], 'Halloween': [10, 31], "Valentine's Day": [2, 14], 'Veterans Day': [11, 11], 'Boxing Day': [12, 26],
  "St Patrick's Day": [3, 17], "St. Patrick's Day": [3, 17], "Saint Patrick's Day": [3, 17], "St Stephen's Day": [12, 26], "St. Stephen's Day": [12, 26], 'Remembrance Day': [11, 11], 'Armistice Day': [11, 11],
  'Bonfire Night': [11, 5], 'Guy Fawkes Night': [11, 5], 'Canada Day': [7, 1], 'Bastille Day': [7, 14], 'May Day': [5, 1], 'Earth Day': [4, 22],
  "New Year's": [1, 1], 'Australia Day': [1, 26], 'Anzac Day': [4, 25], 'Waitangi Day': [2, 6], 'Republic Day': [1, 26], 'Gandhi Jayanti': [10, 2],
  'Juneteenth': [6, 19], "St Andrew's Day": [11, 30], "St. Andrew's Day": [11, 30], "St David's Day": [3, 1], "St. David's Day": [3, 1],
  "St George's Day": [4, 23], "St. George's Day": [4, 23], 'Burns Night': [1, 25], 'Hogmanay': [12, 31],
  // South Africa's ('Youth Day', 'Women's Day' and 'Heritage Day' only in a South African story: other countries keep other days)
  'Mandela Day': [7, 18], 'Freedom Day': [4, 27], 'Heritage Day': [9, 24], 'Day of Reconciliation': [12, 16],
  'Youth Day': [6, 16], "Women's Day": [8, 9],
};
/** holidays of one country only, by the country the story names most */
const COUNTRY_HOLIDAYS: Record<string, string> = { 'Family Day': 'CA', 'Melbourne Cup Day': 'AU', 'Youth Day': 'ZA', "Women's Day": 'ZA', 'Heritage Day': 'ZA' };

/** The k-th (or, k < 0, the last) weekday wd of a month. */
function nthWeekday(month: number, wd: number, k: number, y: number): Ymd {
  const first = { y, m: month, d: 1 };
  const diff = (wd - isoWeekday(first) + 7) % 7;
  if (k > 0) return addDays(first, diff + 7 * (k - 1));
  const nextFirst = month === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: month + 1, d: 1 };
  const lastDay = addDays(nextFirst, -1);
  return addDays(lastDay, -((isoWeekday(lastDay) - wd + 7) % 7));
}

/** The day of a holiday named w in year y. */
function holidayDay(w: string, y: number, text: string): Ymd {
  const nth = nthWeekday;
  // (whose Independence Day, and whose Thanksgiving: the country the story names most)
  if (w === 'Independence Day') { const [m, d] = independenceDay(text); return { y, m, d }; }
  if (w.startsWith('Thanksgiving') && documentCountry(text) === 'CA') return nth(10, 1, 2, y);
  const lunar = lunarHoliday(w, y, text);
  if (lunar) return lunar;
  // Mothering Sunday, three weeks before Easter in Britain and Ireland; the second Sunday of May elsewhere
  if (w === 'Mothering Sunday' || (w === "Mother's Day" && /^(?:GB|IE)$/.test(documentCountry(text) ?? ''))) return addDays(easter(y), -21);
  if (w === "Mother's Day") return nthWeekday(5, 7, 2, y);
  const fixed = FIXED_HOLIDAYS[w];
  if (fixed) return { y, m: fixed[0], d: fixed[1] };
  if (w.startsWith('Thanksgiving')) return nth(11, 4, 4, y);
  if (w === 'Easter' || w === 'Easter Sunday' || w === 'Holy Week') return easter(y);
  if (w === 'Easter Monday') return addDays(easter(y), 1);
  if (w === 'Good Friday') return addDays(easter(y), -2);
  if (w === 'Palm Sunday') return addDays(easter(y), -7);
  // (Labour Day: October's fourth Monday in New Zealand, September's first in Canada and the United States)
  if (w === 'Labour Day' && documentCountry(text) === 'NZ') return nth(10, 1, 4, y);
  if (w === 'Labor Day' || w === 'Labour Day') return nth(9, 1, 1, y);
  if (w.startsWith('Martin Luther King')) return nth(1, 1, 3, y);
  if (/^Presidents'? Day$/.test(w)) return nth(2, 1, 3, y);
  if (w === 'Columbus Day') return nth(10, 1, 2, y);
  // (the first Sunday of September in Australia and New Zealand, the third of June elsewhere)
  if (w === "Father's Day") return /^(?:AU|NZ)$/.test(documentCountry(text) ?? '') ? nth(9, 7, 1, y) : nth(6, 7, 3, y);
  if (w === 'Remembrance Sunday') return nth(11, 7, 2, y);
  if (w === 'Family Day') return nth(2, 1, 3, y); // Canada's (Ontario, Alberta, Saskatchewan, New Brunswick, British Columbia)
  if (w === 'Melbourne Cup Day') return nth(11, 2, 1, y);
  if (w === 'Black Friday') return addDays(nth(11, 4, 4, y), 1);
  if (w === 'Cyber Monday') return addDays(nth(11, 4, 4, y), 4);
  if (w === 'Ash Wednesday') return addDays(easter(y), -46);
  if (w === 'Mardi Gras' || w === 'Shrove Tuesday') return addDays(easter(y), -47);
  if (w === 'Maundy Thursday') return addDays(easter(y), -3);
  if (w === 'Holy Saturday' || w === 'Black Saturday') return addDays(easter(y), -1); // 'Black Saturday' in the Philippines
  if (w === 'Pentecost') return addDays(easter(y), 49);
  if (w === 'Whit Monday') return addDays(easter(y), 50);
  if (w === 'Victoria Day') return addDays({ y, m: 5, d: 25 }, -(((isoWeekday({ y, m: 5, d: 25 }) - 1) + 6) % 7 + 1)); // the Monday before May 25
  if (w === 'Election Day') return addDays(nth(11, 1, 1, y), 1); // the Tuesday after the first Monday of November
  return nth(5, 1, -1, y);
}

/** what names a futures contract after its delivery month ('November soybeans', 'the December contract') */
const FUTURES_AFTER = /^\s+(?:futures|contracts?|delivery|soybeans|soyabeans|corn|wheat|oats|canola|crude|Brent|gold|silver|copper|platinum|palladium|cattle|feeder\s+cattle|hogs|lean\s+hogs|pork\s+bellies|cotton|sugar|coffee|cocoa|orange\s+juice|lumber|natural\s+gas|heating\s+oil|gasoline|options)\b/;
const rules: Rule[] = defineRules([
  {
    name: 'month',
    before: new RegExp(MOD_PREFIX + '$', 'i'),
    re: new RegExp(String.raw`\b(?<month>${MONTH_RE})(?![\w])(?:,?\s+(?:of\s+)?(?<y>(?:1[0-9]|20)[0-9]{2})\b|\s+['\u2019](?<y2>\d\d)\b(?!['\u2019]?s\b)|\s+(?:of\s+)?(?<sy>${SPELLED_YEAR_RE})\b|(?<ny>\s+(?:of\s+)?(?:this|last|next) year)\b)?`, 'g'),
    make: (m, ctx, pre) => {
      const g = { ...m.groups!, ...pre };
      // 'January nineteen ninety-seven' (broadcast transcripts)
      if (g['sy']) g['y'] = String(spelledYear(g['sy']));
      // "in March '44": a year by its last two digits, in the century that puts it no later than the DCT's year
      if (g['y2']) g['y'] = String((Number(g['y2']) <= ctx.dct.y % 100 ? Math.floor(ctx.dct.y / 100) : Math.floor(ctx.dct.y / 100) - 1) * 100 + Number(g['y2']));
      const mw = g['month']!;
      if (!/^[A-Z]/.test(mw)) return null;
      const month = monthNumber(mw);
      if (!month) return null;
      // 'Jan', 'Dec' without a period are usually names or initials unless a year follows
      if (/^(?:Jan|Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(mw) && !g['y']) return null;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (!g['y'] && /^\s*\d{1,2}\b/.test(after)) return null; // a month-day: chrono's job
      if (!g['y'] && /^\.?\s*\d/.test(after)) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      // 'scheduled for March', 'set for May': a plan's 'for' names a time ('support for May' does not)
      // ('money we had budgeted for June'; 'white maize for July delivery', 'the March contract': a futures month)
      // ('November soybeans lost 6 cents': a commodity after the month is its contract's)
      const delivery = (/\b(?:for|the)\s+$/i.test(before) && /^\s+shipment\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
        || FUTURES_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const planFor = delivery || /\b(?:scheduled|rescheduled|set|slated|planned|due|expected|pencil?led|booked|timed|targeted|earmarked|budgeted|allocated|reserved|postponed|delayed|moved|brought forward|pushed back)\s+for\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 32), m.index));
      // 'the jobs report for June', 'official figures for mortgage approvals in May': a statistic's month
      const statFor = FIGURES_FOR.test(ctx.text.slice(Math.max(0, m.index - 60), m.index));
      const needsGuard = /^(?:May|March|Mar\.|Jan\.|Sept?\.?|Aug|Oct|Dec|Nov|Feb|Apr|Jun\.|Jul\.)$/.test(mw) || mw.length <= 4;
      // 'a June agreement', 'the March elections': a month naming the time of a thing
      // ('the May government', 'the March administration' are a leader's, by name)
      const attributive = DETERMINER_BEFORE.test(before) && /^\s+[a-z]{3,}/.test(after) && !/^\s+(?:government|administration|cabinet|ministry|premiership|leadership)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      // 'in March, June and September': a month in a list after another month
      const listed = LIST_AFTER_MONTH.test(before) && /^\s*(?:,|(?:and|or)\b|[.;:)]|$)/.test(after);
      // '"July was the quietest I've known"', 'June is typically the wettest month': a month that opens its sentence as
      // the subject of a copula with a description of it ('June was furious' is a name's: no determiner)
      const monthSubject = /(?:^|[.!?]\s+|\n\s*|["\u201c\u2018']\s*)$/.test(before) && /^\s+(?:was|is|will be|has been|had been)\s+(?:the|a|an|another|typically|usually|always|often|traditionally)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      if (needsGuard && !g['y'] && !g['ny'] && !g['mod'] && !TEMPORAL_BEFORE.test(before) && !attributive && !planFor && !statFor && !listed && !monthSubject) return null;
      // ('They March on the capital', 'May be'; not 'were shot in March on the docks', where 'in' makes it the month)
      if ((mw === 'May' || mw === 'March') && !g['y'] && /^\s+(?:be|have|not|also|well|still|never|seem|help|include|become|take|want|need|mean|face|lose|see|get|come|go|make|try|affect|cause|end|well|on|against|through|to)\b/.test(after) && !g['mod']
        && !(/^\s+(?:on|through|to)\b/.test(after) && /\b(?:in|since|until|till|by|during|early|late|mid-)\s*$/i.test(before))) return null;
      const mod = modOf(g['mod']);
      if (g['y']) return { type: 'DATE', value: `${g['y']}-${pad(month)}`, anchor: 'absolute', ...(mod ? { mod } : {}) };
      if (g['ny']) {
        // '20 May last year': a day-month (chrono's), and 'last year' its year, not the month alone
        if (/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/i.test(before)) return null;
        const off = /last/.test(g['ny']) ? -1 : /next/.test(g['ny']) ? 1 : 0;
        return { type: 'DATE', value: `${pad(ctx.dct.y + off, 4)}-${pad(month)}`, anchor: 'dct', ...(mod ? { mod } : {}) };
      }
      // 'the jobs lost in March and April 2020', 'from October to December 2019': the year after the second month is both's
      const shared = SHARED_YEAR.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      // ('between April and June next year': the year phrase after the second month is both's)
      if (shared) return { type: 'DATE', value: `${shared[1] ?? pad(ctx.dct.y + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[shared[2]!.toLowerCase()]!, 4)}-${pad(month)}`, anchor: shared[1] ? 'absolute' : 'dct', ...(mod ? { mod } : {}) };
      // (a delivery month is the contract's, ahead of the trading day, whatever the tense of the trade)
      return { type: 'DATE', value: '', pending: { kind: 'month', month }, anchor: 'dct', ...(mod ? { mod } : {}), ...(delivery && month !== ctx.dct.m ? { direction: 'future' as const } : {}) };
    },
  },
  {
    name: 'season',
    re: new RegExp(String.raw`\b(?:(?<prep>in|into|for|during|by|until|till|since|over|through|throughout|after|before|around|this|last|next|of|early|late|beyond|spend|spends|spent|spending|from|to|at|come)\s+)(?<x>(?:the\s+(?:(?<end>end|beginning|start|middle)\s+of\s+(?:the\s+)?)?)?(?:(?<mod>early|late|mid-?)\s*)?(?<s>spring|summer|fall|autumn|winter)(?:\s+(?:semester|term))?(?:\s+(?:of\s+)?(?:(?<y>(?:1[89]|20)\d{2})|(?<sy>${SPELLED_YEAR_RE})))?)\b(?!\s+(?:house|home|cottage|palace|residence|retreat|camp|fair|fete|school|olympics|games|storm|tyres?|tires?|coats?|jackets?|clothes|wear|collections?|catalogue|menu|solstice|equinox|squash|wheat|barley|crops?|sowing|plumage|coat)\b)`, 'gi'),
    make: (m, ctx) => {
      const g = { ...m.groups! };
      if (g['sy']) g['y'] = String(spelledYear(g['sy']));
      const prep = g['prep']!.toLowerCase();
      if (/^(?:this|last|next)$/.test(prep)) return null; // periods parser
      // 'pushed to the fall', 'from spring to summer', 'at the end of the summer'; not the verb of 'fly south to winter'
      // nor 'at summer camp'
      if (prep === 'to' && !/^the\s/i.test(g['x']!) && !/\bfrom\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|fall|autumn|winter)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
      if (prep === 'at' && !g['end']) return null;
      const code = SEASONS[g['s']!.toLowerCase()]!;
      // ('by the end of the summer': the end is part of the span)
      const mod = modOf(g['mod'] ?? (g['end'] ? `the ${g['end'].toLowerCase()} of` : undefined));
      if (g['y']) return { type: 'DATE', value: `${g['y']}-${code}`, anchor: 'absolute', ...(mod ? { mod } : {}) };
      if (g['s']!.toLowerCase() === 'fall' && !/^the/i.test(g['x']!)) return null;
      return { type: 'DATE', value: '', pending: { kind: 'season', season: code }, anchor: 'dct', ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'season',
    // 'With winter coming and the dark setting in earlier', 'as summer approaches', 'with autumn fast approaching': the season
    // ahead (or here), the nearest one from the DCT on
    re: /\b(?:the\s+)?(?<s>spring|summer|autumn|winter)(?=\s+(?:(?:fast|quickly|rapidly|now)\s+)?(?:coming|approaching|approaches|looming|looms|arriving|arrives|nears|nearing|drawing\s+(?:near|in|closer)|on\s+the\s+way|around\s+the\s+corner|setting\s+in|sets\s+in|is\s+(?:coming|approaching|here))\b)/gi,
    make: (m, ctx) => {
      if (!/\b(?:with|as|now\s+that)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
      return { type: 'DATE', value: '', pending: { kind: 'season', season: SEASONS[m.groups!['s']!.toLowerCase()]! }, anchor: 'dct', direction: 'future' };
    },
  },
  {
    name: 'season',
    // 'Fans who cannot make the autumn shows', 'Hollow Kings postpone spring tour', 'the fall schedule': a season naming the
    // time of a run of events (not 'the summer house', 'spring water')
    re: /\b(?<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?=\s+(?:tour|tours|shows|concerts|gigs|dates|schedule|timetable|elections?|offensive|campaign|series|fixtures|programme|program|lineup|line-up)\b)/g,
    make: (m, ctx) => {
      const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
      if (!/\b(?:the|its|their|his|her|our|this|next|last|a|postpones?|postponed|cancels?|cancelled|canceled|announces?|announced|delays?|delayed|scraps?|scrapped)\s+$/i.test(before)) return null;
      if (/\b(?:this|next|last)\s+$/i.test(before)) return null; // periods parser
      return { type: 'DATE', value: '', pending: { kind: 'season', season: SEASONS[m.groups!['s']!.toLowerCase()]! }, anchor: 'dct' };
    },
  },
  {
    name: 'month-end',
    // Indian and business English 'by December-end', 'March-end figures': the end of that month
    re: new RegExp(String.raw`\b(?<m>${MONTH_NAMES_RE})-end\b(?!-)`, 'g'),
    make: (m) => ({ type: 'DATE', value: '', pending: { kind: 'month', month: monthNumber(m.groups!['m']!)! }, anchor: 'dct', mod: 'END' }),
  },
  {
    name: 'season-year',
    // ('the winter of 1962-63': the span keeps 'the' and the second year, valued by the year the winter begins in)
    re: /\b(?:(?<the>[Tt]he)\s+(?=\S+\s+of\s))?(?<s>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?(?<y>(?:1[89]|20)\d{2})(?:[-/\u2013](?<y2>\d\d)(?![\d%]))?\b/g,
    make: (m) => (m.groups!['y2'] && Number(m.groups!['y2']) !== (Number(m.groups!['y']) + 1) % 100 ? null : { type: 'DATE', value: `${m.groups!['y']}-${SEASONS[m.groups!['s']!.toLowerCase()]}`, anchor: 'absolute' }),
  },
  {
    name: 'weekday-the-nth',
    // 'on Friday the 13th', 'by Monday the 3rd': the day of that number, in the month nearest the DCT where it falls on that
    // weekday (ahead or behind as the tense says)
    re: /\b(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+the\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/g,
    make: (m, ctx) => {
      const wd = weekdayNumber(m.groups!['wd']!)!, d = Number(m.groups!['d']);
      const cue = directionCue(ctx.text, m.index, m.index + m[0].length);
      const ref = toDays(ctx.dct);
      let best: Ymd | undefined, bestCost = Infinity;
      for (let k = -14; k <= 14; k++) {
        const mm = ((ctx.dct.m - 1 + k) % 12 + 12) % 12 + 1, yy = ctx.dct.y + Math.floor((ctx.dct.m - 1 + k) / 12);
        if (!validDay(yy, mm, d) || isoWeekday({ y: yy, m: mm, d }) !== wd) continue;
        const diff = toDays({ y: yy, m: mm, d }) - ref;
        const cost = Math.abs(diff) + (cue === 'past' && diff > 0 ? 1000 : 0) + (cue === 'future' && diff < 0 ? 1000 : 0);
        if (cost < bestCost) { bestCost = cost; best = { y: yy, m: mm, d }; }
      }
      return best ? { type: 'DATE', value: fmtDay(best), anchor: 'dct' } : null;
    },
  },
  {
    name: 'season-year',
    // 'The 2027 winter was the longest on record', 'the 1996 summer season': a year before its season (not the 'Summer
    // Olympics', capitalised as a name)
    re: /\b(?:[Tt]he\s+)?(?<y>(?:1[89]|20)\d{2})\s+(?<s>spring|summer|autumn|fall|winter)\b(?!\s+(?:Olympics|Games|olympics|games|collection|collections|range|line|issue|edition|catalogue|menu)\b)/g,
    make: (m) => ({ type: 'DATE', value: `${m.groups!['y']}-${SEASONS[m.groups!['s']!]}`, anchor: 'absolute' }),
  },
  {
    name: 'holiday',
    // TimeML spans keep 'last' / 'next' / 'this' ('last Thanksgiving'); '<holiday> week' ('Easter week', 'Holy Week',
    // 'Thanksgiving week') is the ISO week holding the holiday; '(the) <holiday> (holiday) weekend' ('the Labor Day weekend',
    // 'over the Fourth of July weekend') the weekend nearest it
    before: /\b(?:last|next|this|(?<every>every|each)|(?<prevfol>the\s+(?:previous|following|preceding)))\s+$/i,
    re: new RegExp(String.raw`\b(?:[Tt]he\s+(?=${HOLIDAYS}\s+(?:holiday\s+)?weekend\b|Fourth of July\b(?!\s+[a-z]{3,})))?${HOLIDAYS}(?<week> week|\s+(?:holiday\s+)?weekend)?` + HOLIDAY_TAIL, 'g'),
    make: (m, ctx, pre) => {
      // 'the busy pre-Diwali evening', 'the post-Christmas sales': a time around the holiday, not the holiday
      if (/\b(?:pre|post)-$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
      const weekend = /weekend$/.test(m.groups!['week'] ?? '');
      const week = (!!m.groups!['week'] && !weekend) || /^Holy Week\b/.test(m[0]);
      const yr = m.groups!['y'];
      const w = m[0].replace(/,?\s+\d{4}$/, '').replace(/\s+(?:holiday\s+)?weekend$| week$/, '').replace(/^[Tt]he\s+/, '');
      if (COUNTRY_HOLIDAYS[w] && documentCountry(ctx.text) !== COUNTRY_HOLIDAYS[w]) return null;
      // 'the school holds a Family Day on Saturday': an event of that name, no holiday
      if (w === 'Family Day' && /\b(?:a|an|its|their|our|his|her)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      // 'declared 18 July International Nelson Mandela Day', 'International Women's Day': the name of an observance
      if (/\b(?:International|Nelson|World)\s+$/.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return null;
      /** the week, the weekend (its Saturday the one nearest the holiday) or the day */
      const fmt = (d: Ymd): string => {
        if (!weekend) return week ? fmtWeek(d) : fmtDay(d);
        const toSat = 6 - isoWeekday(d);
        return fmtWeek(addDays(d, toSat > 3 ? toSat - 7 : toSat)) + '-WE';
      };
      if (week && /^(?:Good Friday|Palm Sunday|Easter Monday|Easter Sunday|Christmas Eve|New Year's Eve|New Year's Day|Christmas Day|Thanksgiving Day|Thanksgiving Monday)$/.test(w)) return null;
      // 'as they have done every Christmas Eve since 1998': each year's (a movable feast's day has no fixed value)
      if (pre['every']) {
        const fixed = FIXED_HOLIDAYS[w];
        return { type: 'SET', value: fixed && !week && !weekend ? `XXXX-${pad(fixed[0])}-${pad(fixed[1])}` : 'P1Y', anchor: 'absolute' };
      }
      // 'on Christmas Day 2021', 'Easter 2016': that year's
      if (yr) { const d = holidayDay(w, Number(yr), ctx.text); return { type: 'DATE', value: fmt(d), anchor: 'absolute' }; }
      // 'struck the coast on Labor Day in 2008', 'at Christmas last year': the year named right after it, in its clause
      const named = clauseYear(ctx.text, m.index + m[0].length, ctx.dct.y);
      if (named !== undefined) { const d = holidayDay(w, named, ctx.text); return { type: 'DATE', value: fmt(d), anchor: 'absolute' }; }
      // 'In 1967 the band played Carnegie Hall on St Patrick's Day': a year fronting the sentence
      const fronted = /\b(?:last|next|this|coming|past)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) ? undefined : frontedYear(ctx.text, m.index);
      if (fronted !== undefined && fronted !== ctx.dct.y) { const d = holidayDay(w, fronted, ctx.text); return { type: 'DATE', value: fmt(d), anchor: 'absolute' }; }
      // the nearest occurrence, the past preferred unless a future cue; a holiday comes round every year, so with a
      // future cue it is the next one however far ('families will gather for Thanksgiving', said in March)
      // ('Preparations for Diwali have entered the final stretch': what is got ready for lies ahead)
      const cue = /^last\b/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index)) || /\blast\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) ? 'past'
        : READY_FOR.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)) || PRESENT_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24)) ? 'future'
          : directionCue(ctx.text, m.index, m.index + m[0].length);
      // 'This Diwali he has promised to fly': 'this' names the year's own, whatever the tense
      if (/\bthis\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) && !week && !weekend) return { type: 'DATE', value: fmt(holidayDay(w, ctx.dct.y, ctx.text)), anchor: 'dct' };
      const ref = toDays(ctx.dct);
      let best = holidayDay(w, ctx.dct.y, ctx.text), bestCost = Infinity;
      for (const y of [ctx.dct.y - 1, ctx.dct.y, ctx.dct.y + 1]) {
        const d = holidayDay(w, y, ctx.text);
        let diff = toDays(d) - ref;
        // a holiday week holding the DCT is this one ('Holy Week is under way', said on its Tuesday)
        if (week) { const mon = toDays(d) - (isoWeekday(d) - 1); if (ref >= mon && ref <= mon + 6) diff = 0; }
        const cost = Math.abs(diff) + (diff > 0 && cue !== 'future' ? 100 : 0) + (diff > 0 && cue === 'past' ? 1000 : 0) + (diff < 0 && cue === 'future' ? 400 : 0);
        if (cost < bestCost) { bestCost = cost; best = d; }
      }
      // 'by Thanksgiving, Oct. 10': a day set beside it says which day it falls on this time (Canada's Thanksgiving is
      // October's second Monday), in the year of the occurrence just found
      const appos = !week && !weekend ? APPOSED_DAY.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24)) : null;
      if (appos) {
        const am = monthNumber(appos[1]!)!, ad = Number(appos[2]);
        const ys = [best.y - 1, best.y, best.y + 1].filter((y) => validDay(y, am, ad));
        const y = ys.sort((a, b) => Math.abs(toDays({ y: a, m: am, d: ad }) - toDays(best)) - Math.abs(toDays({ y: b, m: am, d: ad }) - toDays(best)))[0];
        if (y !== undefined && Math.abs(toDays({ y, m: am, d: ad }) - toDays(best)) < 60) return { type: 'DATE', value: fmtDay({ y, m: am, d: ad }), anchor: 'dct' };
      }
      // 'gave out 1,410 hampers the previous Christmas': the one a year before the one under discussion
      if (pre['prevfol']) best = holidayDay(w, best.y + (/following/i.test(pre['prevfol']) ? 1 : -1), ctx.text);
      return { type: 'DATE', value: fmt(best), anchor: 'dct' };
    },
  },
  {
    name: 'named-day',
    // a national or local day the holiday list does not know, with its date beside it: 'on Youth Day, 16 June', 'Reopening:
    // Heritage Day, 24 September 2002': that date
    // (the name before 'Day' is read as its leading words, so that the rule is tried where 'Day' stands, not all through the text)
    re: new RegExp(String.raw`\bDay(?=,\s+(?:(?<d1>[1-9]|[12]\d|3[01])\s+(?<m1>${MONTH_RE})|(?<m2>${MONTH_RE})\.?\s+(?<d2>[1-9]|[12]\d|3[01]))(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:1[5-9]|20)\d\d)\b)?)`, 'g'),
    before: /\b(?:(?!(?:On|In|At|By|For|From|To|Until|Since|Before|After|The|A|An|This|That|Every|Each|Last|Next|Of|And|Or|But|Reopening|Opening|Closing)\s)[A-Z][a-z]+\s+){1,3}$/,
    make: (m, _ctx, pre) => {
      if (pre['$start'] === undefined) return null;
      const g = m.groups!;
      const month = monthNumber((g['m1'] ?? g['m2'])!), day = Number(g['d1'] ?? g['d2']);
      if (!month) return null;
      if (g['y']) return validDay(Number(g['y']), month, day) ? { type: 'DATE', value: fmtDay({ y: Number(g['y']), m: month, d: day }), anchor: 'absolute' } : null;
      return { type: 'DATE', value: '', pending: { kind: 'monthday', month, day }, anchor: 'dct' };
    },
  },
  {
    name: 'dotted-date',
    // '14.02.2025', 'best before 3.7.2019': the dotted numeric date of German, Nordic and Central European copy, day
    // first (American copy writes slashes); not a version number or a figure ('v1.2.2024', '3.14.2015.1')
    re: /(?<![\w.,]|\d[.:]|\b[vV](?:ersion|er\.)?\s?)(?<d>0?[1-9]|[12]\d|3[01])\.(?<mo>0?[1-9]|1[0-2])\.(?<y>(?:19|20)\d{2})(?![\w]|[.,]\d)/g,
    make: (m) => {
      const g = m.groups!;
      const y = Number(g['y']), month = Number(g['mo']), day = Number(g['d']);
      // ('31.02.2025' claims its span, refused as no real day, as 'Feb. 31, 2025' is)
      return validDay(y, month, day) ? { type: 'DATE', value: fmtDay({ y, m: month, d: day }), anchor: 'absolute' }
        : { type: 'DATE', value: '', anchor: 'absolute', rejected: { reason: 'not a real calendar date', value: `${y}-${pad(month)}-${pad(day)}` } };
    },
  },
  {
    name: 'month-the-day',
    // 'March the 12th', 'on June the 1st': spoken and British order, a month-day like 'March 12'
    re: new RegExp(String.raw`\b(?<month>${MONTH_RE})\s+the\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?:,?\s+(?<y>(?:19|20)\d{2})\b)?`, 'g'),
    make: (m) => {
      const g = m.groups!;
      const month = monthNumber(g['month']!)!, day = Number(g['d']);
      if (g['y']) return validDay(Number(g['y']), month, day) ? { type: 'DATE', value: fmtDay({ y: Number(g['y']), m: month, d: day }), anchor: 'absolute' } : null;
      return { type: 'DATE', value: '', pending: { kind: 'monthday', month, day }, anchor: 'dct' };
    },
  },
  {
    name: 'nth-weekday',
    // 'the first Monday in October', 'the last Friday of the month', 'the second Tuesday of next month': a day found by
    // its place in a month ('the first Thursday of each month' is a rule, not a day: left alone)
    re: new RegExp(String.raw`\b[Tt]he\s+(?<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th)\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:in|of)\s+(?:(?<month>${MONTH_RE})(?:,?\s+(?<y>(?:19|20)\d{2}))?|(?<rel>this|next|last|the)\s+month)\b(?!-)`, 'g'),
    make: (m, ctx) => {
      const g = m.groups!;
      const k = ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5 } as Record<string, number>)[g['ord']!.toLowerCase()] ?? -1;
      const wd = weekdayNumber(g['wd']!)!;
      const dayOf = (y: number, mo: number) => {
        const first = { y, m: mo, d: 1 };
        if (k > 0) {
          const d = addDays(first, (wd - isoWeekday(first) + 7) % 7 + 7 * (k - 1));
          return d.m === mo ? d : undefined; // no fifth Monday this month
        }
        const last = { y, m: mo, d: daysInMonth(y, mo) };
        return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
      };
      let day: { y: number; m: number; d: number } | undefined;
      if (g['rel']) {
        const off = g['rel'] === 'next' ? 1 : g['rel'] === 'last' ? -1 : 0;
        const ym = ctx.dct.m + off === 0 ? { y: ctx.dct.y - 1, m: 12 } : ctx.dct.m + off === 13 ? { y: ctx.dct.y + 1, m: 1 } : { y: ctx.dct.y, m: ctx.dct.m + off };
        day = dayOf(ym.y, ym.m);
      } else {
        const mo = monthNumber(g['month']!)!;
        if (g['y']) day = dayOf(Number(g['y']), mo);
        else {
          // the nearest, the past preferred unless a future cue, as for a holiday
          const cue = directionCue(ctx.text, m.index, m.index + m[0].length);
          const ref = toDays(ctx.dct);
          let bestCost = Infinity;
          for (const y of [ctx.dct.y - 1, ctx.dct.y, ctx.dct.y + 1]) {
            const d = dayOf(y, mo);
            if (!d) continue;
            const diff = toDays(d) - ref;
            const cost = Math.abs(diff) + (diff > 0 && cue !== 'future' ? 100 : 0) + (diff > 0 && cue === 'past' ? 1000 : 0) + (diff < 0 && cue === 'future' ? 400 : 0);
            if (cost < bestCost) { bestCost = cost; day = d; }
          }
        }
      }
      if (!day) return null;
      return { type: 'DATE', value: fmtDay(day), anchor: g['y'] ? 'absolute' : 'dct' };
    },
  },
  {
    name: 'super-tuesday',
    // the US primaries' 'Super Tuesday' is a day whose date each year's party calendars set (early February to early
    // March): a date of a known year and an unknown day, never this week's Tuesday (refiners/filters.ts drops that)
    re: /\bSuper Tuesday\b(?![-'\u2019])/g,
    make: (m, ctx) => {
      const cue = directionCue(ctx.text, m.index, m.index + m[0].length);
      const named = /^\s+(?:in|of)\s+((?:19|20)\d\d)\b/.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))
        ?? /\b((?:19|20)\d\d)(?:['\u2019]s)?\s+$/.exec(ctx.text.slice(Math.max(0, m.index - 8), m.index));
      if (named) return { type: 'DATE', value: `${named[1]}-XX-XX`, anchor: 'absolute' }; // 'Super Tuesday in 2020', 'the 2008 Super Tuesday'
      let y = ctx.dct.y;
      if (cue === 'future' && ctx.dct.m > 3) y += 1; // 'voters will go to the polls on Super Tuesday', said in the autumn
      else if (cue === 'past' && ctx.dct.m === 1) y -= 1;
      return { type: 'DATE', value: `${pad(y, 4)}-XX-XX`, anchor: 'dct' };
    },
  },
]);

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus. */
function easter(y: number): { y: number; m: number; d: number } {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31), day = ((h + l - 7 * mm + 114) % 31) + 1;
  return { y, m: month, d: day };
}

export function monthsParser(ctx: Ctx): Candidate[] {
  return runRules(ctx, rules);
}
