/**
 * Drop false positives: slash fractions ('1/2', '3/4') read as dates,
 * newspaper names ('Sunday Times'), weekday abbreviations ('sat'), empty values.
 */
import type { Candidate, Ctx } from '../types.ts';

const NAME_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Journal|Star|Mail|Independent|Observer|Night Live|Morning Post|Business|Review|Sport|People|Age|School|Service|Show)\b/;

/** more papers' names, after 'The <weekday>' only ('On Sunday World leaders met' keeps its day) */
const PAPER_NAME_AFTER = /^\s+(?:Courier|Chronicle|Gazette|Argus|Standard|Sun|News|World|Nation|Guardian|Examiner|Advertiser|Sentinel|Leader|Record|Echo|Press|Bulletin|Globe|Citizen|Monitor|Dispatch|Tribune)\b/;

/** A bare 'h:mm:ss' or 'm:ss' with no am/pm or zone. */
const BARE_CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;
/** words before a time that say it was measured, not read off a clock: 'won in 2:03:45', 'clocked 4:05', 'a time of 59:12' */
const ELAPSED_BEFORE = /\b(?:in|clocked|timed|time of|times of|record of|best of|finished|ran|run|swam|covered|completed|winning time)\s+$/i;

export function filters(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const { text } = ctx;
  return cands.filter((c) => {
    const s = text.slice(c.start, c.end);
    if (!s.trim()) return false;
    // a race or record time ('won the marathon in 2:03:45'): a length of time, not the time of day; 'h:mm:ss' is
    // written as a duration, 'in 1:59' (hours or minutes?) is dropped
    const bare = c.rule.endsWith(':time-only') ? BARE_CLOCK.exec(s) : null;
    // ('RESULTS Men: 1 D K Muriuki (Kenya) 2:13:40; 2 ...': hours, minutes and seconds with no clock preposition before them
    // are a time taken)
    const timeTaken = !!bare && bare[3] !== undefined && !/\b(?:at|until|till|from|by|before|after|since|around|about|to)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
    // ('Ortega 1:13.402, Lamarre +0.118': minutes, seconds and their fraction, a lap time)
    if (bare && bare[3] === undefined && /^[.,]\d/.test(text.slice(c.end, c.end + 2))) return false;
    if (bare && (timeTaken || ELAPSED_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)))) {
      if (bare[3] === undefined) return false;
      const [h, m, sec] = [Number(bare[1]), Number(bare[2]), Number(bare[3])];
      c.type = 'DURATION';
      c.value = `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec ? `${sec}S` : ''}`;
      if (c.value === 'PT') c.value = 'PT0S';
      c.anchor = 'absolute';
      delete c.pending; delete c.suffix; delete c.zone;
      return true;
    }
    // 'thought it was going to be her last night', 'on their last day': a possessive's final one, no day before the DCT
    if (/^last\s+(?:night|day|evening|morning|week|weekend|month|year)$/i.test(s) && /\b(?:my|your|his|her|its|our|their)\s+$/i.test(text.slice(Math.max(0, c.start - 7), c.start))) return false;
    // 'changed the place overnight', 'became a star overnight': all at once, no night
    if (/^overnight$/i.test(s) && /\b(?:(?:changed?|changes|changing|transformed)\s+(?:everything|the\s+(?:place|town|city|country|village|world|game)|(?:my|his|her|their|our|your)\s+(?:life|lives|world))|(?:became|become|becomes|vanished|disappeared)(?:\s+[\w'\u2019-]+){0,3}|success|sensation|celebrity|star)\s+$/i.test(text.slice(Math.max(0, c.start - 40), c.start))
      && !/\b(?:at|from|by)\s+\S+\s+$/i.test(text.slice(Math.max(0, c.start - 20), c.start))) return false;
    if (c.rule.includes('SlashDateFormatParser') && c.pending?.kind === 'monthday') return false; // '1/2' without a year
    if (c.rule.includes('SlashDateFormatParser') && /^\d{1,2}\/\d{1,2}$/.test(s)) return false;
    if (c.pending?.kind === 'weekday') {
      // lower-case 'sunday' in running text is rare; keep capitalised ('7 a.m.' in 'from 7 a.m. until 9 p.m. Thursday' takes the range's day)
      if (!/(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(s) && !(c.rule.includes('+range') && c.suffix)) return false;
      if (NAME_AFTER.test(text.slice(c.end, c.end + 20))) return false;
      // 'The Sunday Courier, 9 November 2003', 'the Sunday Nation reported': after 'the', a paper's name
      if (PAPER_NAME_AFTER.test(text.slice(c.end, c.end + 20)) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return false;
      // 'the Good Friday agreement', 'Palm Sunday': a holiday's name (the holiday rule reads it), never this week's day
      if (/\b(?:Good|Palm|Easter|Black|Bloody|Super|Ash|Holy|Maundy|Cyber)\s+$/.test(text.slice(Math.max(0, c.start - 8), c.start))) return false;
    }
    return true;
  });
}
