import { type Ymd, validDay } from './calendar.ts';

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
