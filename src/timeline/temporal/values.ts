/** Turning (unit, offset from the DCT) into TIMEX3 values. */
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, isoWeekday, pad, quarterOf, type Ymd } from './calendar.ts';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day') return 'day';
  if (w === 'week' || w === 'fortnight') return 'week';
  if (w === 'weekend') return 'weekend';
  if (w === 'month') return 'month';
  if (w === 'quarter') return 'quarter';
  if (w === 'half') return 'half';
  if (w === 'year') return 'year';
  if (w === 'decade') return 'decade';
  if (w === 'century' || w === 'centurie') return 'century';
  return undefined;
}

/** Value of the calendar unit containing the DCT, shifted by n units. */
export function shiftedValue(dct: Ymd, unit: Unit, n: number): string {
  switch (unit) {
    case 'day': return fmtDay(addDays(dct, n));
    case 'week': return fmtWeek(addDays(dct, 7 * n));
    case 'weekend': {
      // the weekend of the week containing the DCT (Sunday belongs to its ISO week)
      const base = addDays(dct, 7 * n);
      return fmtWeek(base) + '-WE';
    }
    case 'month': { const r = addMonths(dct.y, dct.m, n); return fmtMonth(r.y, r.m); }
    case 'quarter': {
      const q = (dct.y * 4 + quarterOf(dct.m) - 1) + n;
      return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4 + 4) % 4 + 1}`;
    }
    case 'half': {
      const h = dct.y * 2 + (dct.m > 6 ? 1 : 0) + n;
      return `${pad(Math.floor(h / 2), 4)}-H${(h % 2 + 2) % 2 + 1}`;
    }
    case 'year': return pad(dct.y + n, 4);
    case 'decade': return pad(Math.floor(dct.y / 10) + n, 3);
    case 'century': return pad(Math.floor(dct.y / 100) + n, 2);
  }
}

export function weekdayBefore(dct: Ymd, wd: number, allowSame: boolean): Ymd {
  let diff = isoWeekday(dct) - wd;
  if (diff < 0 || (diff === 0 && !allowSame)) diff += 7;
  return addDays(dct, -diff);
}

export function weekdayAfter(dct: Ymd, wd: number, allowSame: boolean): Ymd {
  let diff = wd - isoWeekday(dct);
  if (diff < 0 || (diff === 0 && !allowSame)) diff += 7;
  return addDays(dct, diff);
}
