import { type Ymd, toDays, validDay } from './calendar.ts';
import { monthNumber } from './constants.ts';

export interface Dct extends Ymd {
  /** local clock time of the DCT when given ('HH:MM'), else undefined */
  time?: string;
  /** UTC offset in minutes when given */
  offset?: number;
}

const DCT_RE = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/;

/**
 * Parse a document creation time: 'YYYY-MM-DD', 'YYYYMMDD' or an ISO date-time
 * with optional offset. The calendar date is the *local* date as written; the
 * offset is recorded but never used to move the date into UTC.
 */
export function parseDct(s: string): Dct {
  const m = DCT_RE.exec(s);
  if (!m) throw new Error(`Invalid DCT '${s}': expected YYYY-MM-DD or an ISO date-time such as 2024-03-03T21:25:00-05:00`);
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (!validDay(y, mo, d)) throw new Error(`Invalid DCT '${s}': no such calendar day`);
  const out: Dct = { y, m: mo, d };
  if (m[4] !== undefined) out.time = `${m[4]}:${m[5]}`;
  if (m[7] !== undefined) {
    if (m[7] === 'Z') out.offset = 0;
    else {
      const sign = m[7][0] === '-' ? -1 : 1;
      const digits = m[7].slice(1).replace(':', '');
      out.offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
    }
  }
  return out;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** a dateline that carries its day: 'KESARIGARH (Uttarakhand), Nov 19:', 'NAIROBI, June 3 (Reuters) -', 'MUMBAI, 19 November —',
 * 'KESSLING, Ohio, Nov. 18 -' (a state or country after the place) */
const DATELINE = new RegExp(String.raw`^[A-Z][A-Z.'\- ]{1,40}(?:\s*\([^)\n]{1,40}\))?(?:,\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?,\s+(?:(?<m1>${MONTH})\s+(?<d1>[0-3]?\d)|(?<d2>[0-3]?\d)\s+(?<m2>${MONTH}))(?:,?\s+(?:19|20)\d\d)?\s*(?::|\(|--|\u2014|\u2013|-\s)`, 'm');

/**
 * The day a story is told from. A dateline that gives its day ('KESARIGARH, Nov 19: ...') one to three days before the
 * creation date is the day the reporter filed on: a paper printed the next morning (or a site that posts later) keeps
 * the dateline's 'today' and 'on Saturday', so they are read from that day, with no clock time of its own. Otherwise
 * the creation time itself.
 */
export function datelineDay(text: string, dct: Dct): Dct {
  const m = DATELINE.exec(text.slice(0, 800));
  if (!m) return dct;
  const g = m.groups!;
  const mon = monthNumber((g['m1'] ?? g['m2'])!.slice(0, 3))!;
  const d = Number(g['d1'] ?? g['d2']);
  for (const y of [dct.y, dct.y - 1]) {
    if (!validDay(y, mon, d)) continue;
    const gap = toDays(dct) - toDays({ y, m: mon, d });
    if (gap >= 1 && gap <= 3) return { y, m: mon, d };
  }
  return dct;
}
