/**
 * Holidays of the Hebrew, Islamic and Chinese calendars, and Diwali, as days of the Gregorian calendar.
 *
 * They are read off the calendars the JavaScript runtime carries (ICU, through Intl.DateTimeFormat with `-u-ca-hebrew`,
 * `-u-ca-islamic-umalqura`, `-u-ca-chinese`), so there is no table of dates to keep up to date:
 * - Hebrew: Rosh Hashanah is 1 Tishri, Yom Kippur 10 Tishri, Purim 14 Adar (Adar II in a leap year);
 * - Islamic (Umm al-Qura, the reckoning most papers print; a country that waits for the moon to be sighted may keep a
 *   feast a day later): Eid al-Fitr is 1 Shawwal, Eid al-Adha 10 Dhu al-Hijjah;
 * - Chinese: the Lunar New Year is the first day of the first month;
 * - Diwali is the new moon (Amavasya) of the lunar month in which the sun enters sidereal Libra, about 17 October. The
 *   Chinese calendar starts each month on the day of the new moon in China's time; the Amavasya evening in India is the
 *   evening before that day (unless the new moon falls after 20:30 in China, about one year in twelve, when Indian
 *   almanacs themselves differ by a day).
 */
import type { Ymd } from './calendar.ts';
import { addDays } from './calendar.ts';

type Calendar = 'hebrew' | 'islamic-umalqura' | 'chinese';

const FORMATS = new Map<Calendar, Intl.DateTimeFormat>();
/** per calendar and Gregorian year: 'month/day' (month by number, or by name for the Hebrew calendar) to its days */
const DAYS = new Map<string, Map<string, Ymd[]>>();

function daysOf(cal: Calendar, y: number): Map<string, Ymd[]> {
  const key = `${cal}:${y}`;
  let days = DAYS.get(key);
  if (days) return days;
  let fmt = FORMATS.get(cal);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(`en-u-ca-${cal}`, { timeZone: 'UTC', month: cal === 'hebrew' ? 'long' : 'numeric', day: 'numeric' });
    FORMATS.set(cal, fmt);
  }
  days = new Map();
  for (let t = Date.UTC(y, 0, 1, 12); new Date(t).getUTCFullYear() === y; t += 86_400_000) {
    const parts = fmt.formatToParts(new Date(t));
    const month = parts.find((p) => p.type === 'month')?.value, day = parts.find((p) => p.type === 'day')?.value;
    if (!month || !day) continue;
    const k = `${month}/${Number(day)}`;
    const d = new Date(t);
    const list = days.get(k) ?? [];
    list.push({ y, m: d.getUTCMonth() + 1, d: d.getUTCDate() });
    days.set(k, list);
  }
  DAYS.set(key, days);
  return days;
}

/** The first day of Gregorian year y that calendar `cal` calls month/day, if any. */
function dayIn(cal: Calendar, y: number, month: string, day: number): Ymd | undefined {
  return daysOf(cal, y).get(`${month}/${day}`)?.[0];
}

/** Diwali (Lakshmi Puja, the Amavasya of Kartika) in Gregorian year y. */
function diwali(y: number): Ymd | undefined {
  // the first Chinese month (a leap one too: '6bis/1') to begin after 17 October: the first new moon after the sun enters
  // sidereal Libra
  const starts = [...daysOf('chinese', y)].filter(([k]) => k.endsWith('/1')).flatMap(([, days]) => days);
  const first = starts.filter((d) => (d.m === 10 && d.d > 17) || d.m === 11).sort((a, b) => a.m - b.m || a.d - b.d)[0];
  return first && addDays(first, -1);
}

/** the names these holidays go by, as a regex alternation */
export const LUNAR_HOLIDAYS = String.raw`Yom Kippur|Rosh Hashanah?|Purim|Eid(?:[- ](?:al|ul|el)[- ](?:Fitr|Adha|Azha))?|Diwali|Deepavali|Dhanteras|Lunar New Year|Chinese New Year`;

/**
 * The day in Gregorian year y of a holiday named by LUNAR_HOLIDAYS, or undefined when the name is none of them; a bare
 * 'Eid' is Eid al-Adha when the text speaks of the sacrifice or the hajj, else Eid al-Fitr.
 */
export function lunarHoliday(w: string, y: number, text: string): Ymd | undefined {
  if (w === 'Yom Kippur') return dayIn('hebrew', y, 'Tishri', 10);
  if (/^Rosh Hashanah?$/.test(w)) return dayIn('hebrew', y, 'Tishri', 1);
  if (w === 'Purim') return dayIn('hebrew', y, 'Adar II', 14) ?? dayIn('hebrew', y, 'Adar', 14);
  if (/^Eid\b/.test(w)) {
    const adha = /(?:Adha|Azha)$/.test(w) || (w === 'Eid' && /\b(?:Adha|Azha|Bakr?id|Bakra Eid|Kurban|Qurbani|sacrifice|sacrificial|hajj|haj)\b/i.test(text));
    return adha ? dayIn('islamic-umalqura', y, '12', 10) : dayIn('islamic-umalqura', y, '10', 1);
  }
  if (w === 'Diwali' || w === 'Deepavali') return diwali(y);
  if (w === 'Dhanteras') { const d = diwali(y); return d && addDays(d, -2); }
  if (w === 'Lunar New Year' || w === 'Chinese New Year') return dayIn('chinese', y, '1', 1);
  return undefined;
}
