/** Dictionaries and regex building blocks shared by the parsers. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Full month names and dotted abbreviations (bare 'Mar'/'May' handled by the month parser's guards). */
export const MONTH_RE = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|(?:Mar|Jun|Jul)(?=\s+(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\b)|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY_RE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** a second weekday closing a range: ' to Friday', ' through Saturday' */
export const WEEKDAY_RANGE_AFTER = /^\s*(?:to|through|thru|-|\u2013)\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
}

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, 'one hundred': 100, dozen: 12, 'a dozen': 12,
  'half a': 0.5, 'half an': 0.5, 'a half': 0.5, half: 0.5, 'a couple of': 2, 'a couple': 2, couple: 2, 'couple of': 2,
  'a few': -1, few: -1, several: -1, some: -1, many: -1, 'a number of': -1, numerous: -1, countless: -1,
};
const SIMPLE_NUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const TENS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const ONES = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
/** 'twenty-five', 'thirty six': tens and a unit make one number ('three eight-hour shifts' is three of them) */
const COMPOUND_NUM = String.raw`(?:${TENS}[- ]${ONES}\b|${SIMPLE_NUM})`;
const TENS_AND_ONES = new RegExp(`^${TENS}[- ]${ONES}$`);
/** 'a hundred and fifty', 'two hundred', 'three hundred and sixty-five': hundreds and what is left */
const HUNDREDS_NUM = String.raw`(?:(?:an?|one|two|three|four|five|six|seven|eight|nine) hundred(?:(?: and |-)(?:${TENS}[- ]${ONES}\b|${SIMPLE_NUM}))?|hundred(?: and |-)(?:${TENS}[- ]${ONES}\b|${SIMPLE_NUM}))`;
const HUNDREDS = /^(?:(a|an|one|two|three|four|five|six|seven|eight|nine) )?hundred(?:(?: and |-)(.+))?$/;
/** A quantity: digits, number words ('twenty-five'), 'a', 'a few', 'several'... (-1 = unspecified, X) */
/** a verb of change, or 'by', right before an amount: 'has risen about a quarter', 'cut its staff by a quarter' (a fraction, no time) */
export const CHANGE_BEFORE = /\b(?:by|up|down|rose|risen|rises|fell|fallen|falls|grew|grown|grows|cut|cuts|slashed|gained|lost|dropped|jumped|surged|soared|climbed|increased|decreased|shrank|shrunk|shed|added|slumped|tumbled|plunged)\s+$/i;

export const QUANT_RE = String.raw`(?:(?:(?<![\d,.])\d+|${SIMPLE_NUM})(?: and an? |-and-an?-)half|(?<![\d,.])(?:\d+ ?[\u00bd\u00bc\u00be]|\d+ 1\/2|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|${COMPOUND_NUM}|${HUNDREDS_NUM}|a hundred|one hundred|hundreds of|a dozen|dozens of|half an?|an? half|half(?=-)|a couple of|a couple|a few|a number of|several|some|many|numerous|few|a|an)`;

export function quantity(s: string): number | undefined {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (/^\d+ 1\/2$/.test(w)) return Number(w.split(' ')[0]) + 0.5;
  // '2\u00bd hours', '1 \u00bc miles': a vulgar fraction after the whole number
  const vulgar = /^(\d+) ?([\u00bd\u00bc\u00be])$/.exec(w);
  if (vulgar) return Number(vulgar[1]) + ({ '\u00bd': 0.5, '\u00bc': 0.25, '\u00be': 0.75 } as Record<string, number>)[vulgar[2]!]!;
  // 'two and a half', '3 and a half'
  const half = /^(.+?)(?: and an? |-and-an?-)half$/.exec(w);
  if (half) { const n = quantity(half[1]!); return n !== undefined && n > 0 ? n + 0.5 : undefined; }
  if (/^\d+(\.\d+)?$/.test(w)) return w === '0' ? undefined : Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  if (w === 'hundreds of' || w === 'dozens of') return -1;
  const h = HUNDREDS.exec(w);
  if (h) {
    const rest = h[2] ? quantity(h[2]) : 0;
    return rest !== undefined && rest >= 0 ? 100 * (!h[1] || /^an?$/.test(h[1]) ? 1 : NUMBER_WORDS[h[1]]!) + rest : undefined;
  }
  if (TENS_AND_ONES.test(w)) {
    const [tens, ones] = w.split(/[- ]/);
    return NUMBER_WORDS[tens!]! + NUMBER_WORDS[ones!]!;
  }
  return undefined;
}

/** Time units: singular/plural forms to TIMEX3 duration letters. */
export const UNITS: Record<string, string> = {
  second: 'S', seconds: 'S', minute: 'M', minutes: 'M', hour: 'H', hours: 'H',
  day: 'D', days: 'D', night: 'D', nights: 'D', week: 'W', weeks: 'W', fortnight: 'W', fortnights: 'W',
  month: 'M', months: 'M', quarter: 'Q', quarters: 'Q', year: 'Y', years: 'Y', decade: 'DE', decades: 'DE',
  century: 'CE', centuries: 'CE', weekend: 'WE', weekends: 'WE', millennium: 'ML', millennia: 'ML',
};
export const UNIT_RE = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|weekends?|millennium|millennia)`;
export const TIME_UNITS = new Set(['S', 'M_TIME', 'H']);

/** Build a TIMEX3 duration value for n units (n = -1 -> X). */
export function durationValue(n: number, unitWord: string): string {
  const u = unitWord.toLowerCase();
  let letter = UNITS[u] ?? 'D';
  const isTime = /^(second|minute|hour)/.test(u);
  let amount = n;
  if (u.startsWith('fortnight')) amount = n < 0 ? n : n * 2;
  if (letter === 'WE') return n < 0 ? 'PXWE' : `P${fmtNum(amount)}WE`;
  if (letter === 'DE') { letter = 'Y'; amount = n < 0 ? n : n * 10; }
  if (letter === 'CE') { letter = 'Y'; amount = n < 0 ? n : n * 100; }
  if (letter === 'ML') { letter = 'Y'; amount = n < 0 ? n : n * 1000; }
  if (n < 0) {
    if (u.startsWith('decade')) return isTime ? 'PTXH' : 'PXDE';
    if (u.startsWith('centur')) return 'PXCE';
    return isTime ? `PTX${letter}` : `PX${letter}`;
  }
  if (amount > 1 && !Number.isInteger(amount) && Number.isInteger(amount * 2)) {
    // 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M, 1 1/2 days = P1DT12H
    const whole = Math.floor(amount);
    if (letter === 'Y') return `P${whole}Y6M`;
    if (letter === 'H') return `PT${whole}H30M`;
    if (letter === 'M' && isTime) return `PT${whole}M30S`;
    if (letter === 'D') return `P${whole}DT12H`;
  }
  if (amount === 0.5) {
    // half a year = P6M, half an hour = PT30M, half a day = PT12H
    if (letter === 'Y') return 'P6M';
    if (letter === 'H') return 'PT30M';
    if (letter === 'D') return 'PT12H';
    if (letter === 'M' && !isTime) return 'P2W';
    if (letter === 'W') return 'P3D';
    if (letter === 'M' && isTime) return 'PT30S';
  }
  return isTime ? `PT${fmtNum(amount)}${letter}` : `P${fmtNum(amount)}${letter}`;
}

function fmtNum(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace(/\.0+$/, '');
}

export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', mornings: 'MO', afternoon: 'AF', afternoons: 'AF', evening: 'EV', evenings: 'EV',
  night: 'NI', nights: 'NI', tonight: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI', dawn: 'MO', daybreak: 'MO', dusk: 'EV',
};
export const PART_OF_DAY_RE = String.raw`(?:morning|afternoon|evening|night)`;

/** the twelve month names in full, capitalised */
/** a fiscal year's label written with two digits or four ('FY25', "fiscal '98", 'FY2024') as a four-digit year */
export function fiscalLabelYear(y: string): string {
  return y.length === 2 ? (Number(y) > 50 ? '19' : '20') + y : y;
}
export const MONTH_NAMES_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};
export const SEASON_RE = String.raw`(?:spring|summer|fall|autumn|winter)`;

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, last: -1, final: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Modifier words that stay inside the span, mapped to TIMEX3 mod. */
export const APPROX_MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX', nearly: 'LESS_THAN',
  almost: 'LESS_THAN', 'more than': 'MORE_THAN', 'over': 'MORE_THAN', 'less than': 'LESS_THAN', 'under': 'LESS_THAN',
  'longer than': 'MORE_THAN', 'shorter than': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  'fewer than': 'LESS_THAN', 'just over': 'MORE_THAN', 'just under': 'LESS_THAN', 'well over': 'MORE_THAN',
  'nearly a full': 'LESS_THAN', 'barely': 'LESS_THAN', 'only': 'EQUAL_OR_LESS', 'just': 'APPROX', 'close to': 'LESS_THAN',
};
/** the mod of an approximation before an amount ('about', 'just over', 'well under'), if it has one */
export function approxMod(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return APPROX_MODS[s.toLowerCase().replace(/^(?:just|well|a little|a bit|slightly) /, '')];
}

/** Time-zone abbreviations common in English news, as UTC offsets in minutes. */
export const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, ET: -300, EST: -300, EDT: -240, CT: -360, CST: -360, CDT: -300, MT: -420, MST: -420,
  MDT: -360, PT: -480, PST: -480, PDT: -420, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  IST: 330, JST: 540, KST: 540, AEST: 600, AEDT: 660, HKT: 480,
};

/** A year in words, as broadcast transcripts write it: 'nineteen ninety-seven', 'two thousand one'. */
export const SPELLED_YEAR_RE = String.raw`(?:(?:nineteen|twenty)[- ](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two thousand(?: and)?(?: (?:one|two|three|four|five|six|seven|eight|nine))?)`;

export function spelledYear(s: string): number | undefined {
  const w = s.toLowerCase().split(/[- ]+/).filter((x) => x !== 'and');
  const n = (x: string | undefined) => (x ? NUMBER_WORDS[x] ?? 0 : 0);
  if (w[0] === 'two' && w[1] === 'thousand') return 2000 + n(w[2]);
  if (w[0] !== 'nineteen' && w[0] !== 'twenty') return undefined;
  return (w[0] === 'nineteen' ? 1900 : 2000) + n(w[1]) + n(w[2]);
}

/** a statistic of a month: 'official figures for mortgage approvals in January', 'the jobs report for June', 'data on
 * retail sales for March' (a month's figures come out after it) */
export const FIGURES_FOR = /\b(?:figures|data|statistics|numbers|readings?|report)\s+(?:for|on)\s+(?:(?!(?:is|are|was|were|will|would)\b)[\w'\u2019-]+\s+){0,3}?(?:(?:in|for)\s+)?$/i;

const CAPS_CALENDAR = /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:MARCH|MAY)(?=\.?\s+\d)|(?<=\d(?:ST|ND|RD|TH|st|nd|rd|th)?\s+)(?:MARCH|MAY)|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\.?\s+\d))(?=[^A-Za-z]|$)/g;

/**
 * The text with weekday and month names set in capitals ('THURSDAY' as a day's heading, 'TALKS OPEN MONDAY',
 * 'SATURDAY, MARCH 2 -') written as names ('Thursday'), for the parsers, which read names by their capital; the same
 * length, so every offset holds. 'MAY' and 'MARCH' only next to a day number: in a capitals headline they are as often
 * a verb ('PROTESTERS MARCH', 'TALKS MAY RESUME').
 */
export function calendarNamesCased(text: string): string {
  if (!/[A-Z]{3}/.test(text)) return text;
  return text.replace(CAPS_CALENDAR, (w) => w[0] + w.slice(1).toLowerCase());
}

/** a unit of length before a rate's time unit: a speed ('80 miles an hour', 'five kilometres a year') */
export const SPEED_UNIT = /\b(?:miles?|km|kms|kilomet(?:re|er)s?|met(?:re|er)s?|feet|ft|inches|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|knots?|yards?|mph|kph|km\/h)\s*$/i;
