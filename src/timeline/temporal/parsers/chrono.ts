/**
 * chrono-node does the heavy lifting for absolute dates and clock times:
 * 'Nov. 23, 2025', '11/23/2025', 'Monday, November 24', 'Sunday, November 23,
 * 2025', '9:25 pm ET', weekdays. We run a trimmed copy of chrono's strict
 * English configuration once per text and only read the components chrono is
 * certain about; all calendar arithmetic (years, directions) is ours, so the
 * machine clock and time zone never matter.
 */
import * as chrono from 'chrono-node';
import type { Candidate, Ctx } from '../types.ts';
import { fmtDay, pad, isoWeekday, toDays, validDay } from '../calendar.ts';

const DROP_PARSERS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
const DROP_REFINERS = new Set(['UnlikelyFormatFilter', 'ENMergeDateRangeRefiner', 'ForwardDateRefiner', 'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner']);

let engine: chrono.Chrono | undefined;
function getEngine(): chrono.Chrono {
  if (engine) return engine;
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => !DROP_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
  engine = c;
  return c;
}

const LEADING = /^(?:(?:at|on|in|by|from|since|until|till)\s+)+/i;
const REL_PREFIX = /^(last|next|this|coming|past)\s+/i;

export function chronoParser(ctx: Ctx): Candidate[] {
  const { text, dct } = ctx;
  const ref = { instant: new Date(Date.UTC(dct.y, dct.m - 1, dct.d, 12)), timezone: 0 };
  const out: Candidate[] = [];
  for (const r of getEngine().parse(text, ref)) {
    let start = r.index;
    let str = r.text;
    const lead = LEADING.exec(str);
    if (lead) { start += lead[0].length; str = str.slice(lead[0].length); }
    // trim trailing punctuation/space that chrono sometimes keeps
    const trail = /[\s,]+$/.exec(str);
    if (trail) str = str.slice(0, str.length - trail[0].length);
    const end = start + str.length;
    const s = r.start;
    const has = (c: chrono.Component) => s.isCertain(c);
    const tags = [...r.tags()].join(',');
    const rule = 'chrono' + (tags ? `:${tags.replace(/parser\//g, '').split(',')[0]}` : '');
    let suffix: string | undefined;
    if (has('hour')) {
      const h = s.get('hour')!;
      const mi = has('minute') ? s.get('minute')! : 0;
      suffix = `T${pad(h)}:${pad(mi)}`;
    }
    const rel = REL_PREFIX.exec(str);
    let cand: Candidate | undefined;
    if (has('year') && has('month') && has('day')) {
      const y = s.get('year')!, m = s.get('month')!, d = s.get('day')!;
      if (!validDay(y, m, d)) continue;
      cand = { start, end, type: 'DATE', value: fmtDay({ y, m, d }), anchor: 'absolute', rule };
    } else if (has('month') && has('day')) {
      const m = s.get('month')!, d = s.get('day')!;
      if (has('weekday')) {
        // 'Monday, November 24': the year whose calendar agrees with the weekday, nearest to the DCT
        const wd = s.get('weekday')! === 0 ? 7 : s.get('weekday')!;
        let best: number | undefined;
        for (const y of [dct.y, dct.y - 1, dct.y + 1]) {
          if (validDay(y, m, d) && isoWeekday({ y, m, d }) === wd) {
            if (best === undefined || Math.abs(toDays({ y, m, d }) - toDays(dct)) < Math.abs(toDays({ y: best, m, d }) - toDays(dct))) best = y;
          }
        }
        if (best !== undefined) cand = { start, end, type: 'DATE', value: fmtDay({ y: best, m, d }), anchor: 'absolute', rule: rule + '+weekday-agreement' };
      }
      cand ??= { start, end, type: 'DATE', value: '', pending: { kind: 'monthday', month: m, day: d }, anchor: 'dct', rule };
    } else if (has('weekday') && !has('day')) {
      const wd = s.get('weekday')! === 0 ? 7 : s.get('weekday')!;
      cand = { start, end, type: 'DATE', value: '', pending: { kind: 'weekday', weekday: wd }, anchor: 'dct', rule };
      if (rel) cand.direction = /last|past/i.test(rel[1]!) ? 'past' : /next|coming/i.test(rel[1]!) ? 'future' : 'same';
    } else if (has('year') && has('month')) {
      cand = { start, end, type: 'DATE', value: `${pad(s.get('year')!, 4)}-${pad(s.get('month')!)}`, anchor: 'absolute', rule };
    } else if (has('hour') && !has('day') && !has('weekday')) {
      cand = { start, end, type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, anchor: 'narrative', rule: rule + ':time-only' };
    } else {
      continue;
    }
    if (suffix) { cand.suffix = suffix; cand.type = 'TIME'; }
    if (cand.value && cand.suffix) cand.value += cand.suffix;
    out.push(cand);
  }
  return out;
}
