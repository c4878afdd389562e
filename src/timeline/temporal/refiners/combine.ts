/**
 * Join neighbouring pieces into one TimeML expression:
 *  - a day + part of day: 'Friday night' (TNI), 'yesterday morning';
 *  - 'the morning of Monday, March 17' (TMO);
 *  - a modifier before a date: 'Late Mar. 12' (mod END), 'early on Mar. 13' (START), 'mid-1990' ...;
 *  - a clock time + a day: '9 a.m. EST Tuesday', 'Friday at 9:25 pm'.
 */
import type { Candidate, Ctx } from '../types.ts';
import { PART_OF_DAY, WEEKDAY_RANGE_AFTER } from '../constants.ts';

const isDayLevel = (c: Candidate) => c.pending?.kind === 'weekday' || c.pending?.kind === 'monthday' || (c.pending?.kind === 'anchorday' && !c.suffix) || (/^\d{4}-\d{2}-\d{2}$/.test(c.value) && !c.suffix);
const isTimeOnly = (c: Candidate) => c.pending?.kind === 'anchorday' && !!c.suffix && (c.rule.startsWith('chrono') || c.rule === 'clock-word' || c.rule === 'clock-in-the');

/** 'tonight', 'last night', 'this morning': a day (from the creation time) with a part of day. */
const isDeicticPart = (c: Candidate) => c.rule === 'tonight' && c.pending?.kind === 'anchorday' && /^T(?:MO|AF|EV|NI)$/.test(c.suffix ?? '');

/**
 * A clock time's suffix within a part of day: a time written without a.m./p.m. in the afternoon,
 * evening or night is after noon ('9:30 last night' → T21:30, '3:15 this afternoon' → T15:15).
 */
function clockInPart(clock: string, written: string, part: string): string {
  const m = /^T(\d{2}):(\d{2}(?::\d{2})?)$/.exec(clock);
  if (!m || part === 'TMO' || /[ap]\.?m\b|noon|midnight/i.test(written)) return clock;
  const h = Number(m[1]);
  // afternoon: 1 to 6; evening: 1 to 11; night: 6 to 11 ('3 last night' may be 3 a.m.)
  const after = part === 'TAF' ? h >= 1 && h <= 6 : part === 'TEV' ? h >= 1 && h <= 11 : h >= 6 && h <= 11;
  return after ? `T${h + 12}:${m[2]}` : clock;
}

const POD_AFTER = /^(\s+)(morning|afternoon|evening|night|overnight)\b/i;
// ('through the night on Friday', 'in the morning on Tuesday')
const POD_BEFORE = /\b((?:early|late)\s+)?(?:the\s+)?(morning|afternoon|evening|night)\s+(?:of|(?<=\bthe\s+\w+\s+)on)\s+$/i;
/** 'before dawn on Sunday', 'at dusk Friday': the part of day and its day are one expression */
const DAWN_BEFORE = /\b()(dawn|dusk|daybreak)\s+(?:on\s+)?$/i;
const EARLY_HOURS_BEFORE = /\bthe\s+(?:early|small|wee)\s+hours\s+of\s+(?:the\s+morning\s+of\s+)?$/i;
const MOD_BEFORE = /\b(early|late|mid)(?:\s+on\s+|-|\s+)$/i;

const DAY_AROUND = /\b(the\s+)?day\s+(before|after)\s+$/i;
const WEEK_OF = /\b(the\s+)?week\s+of\s+$/i;

export function combine(ctx: Ctx, cands: Candidate[]): Candidate[] {
  const { text } = ctx;
  const list = [...cands].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    let c = list[i]!;
    // 'the day before last Tuesday' (that day - 1), 'the week of March 6' (its ISO week)
    if (isDayLevel(c) && !c.suffix) {
      const head = text.slice(Math.max(0, c.start - 24), c.start);
      const prev = out[out.length - 1];
      const around = DAY_AROUND.exec(head);
      const weekOf = around ? null : WEEK_OF.exec(head);
      const m = around ?? weekOf;
      if (m) {
        const newStart = c.start - m[0].length;
        // a narrative 'the day before' read on its own gives way to the whole expression
        if (prev && prev.end > newStart && prev.start >= newStart && prev.rule.startsWith('narrative')) out.pop();
        const last = out[out.length - 1];
        if (!last || last.end <= newStart) {
          c = { ...c, start: newStart, rule: c.rule + (around ? '+day-around' : '+week-of') };
          if (around) c.shift = around[2]!.toLowerCase() === 'before' ? -1 : 1;
          else { c.asWeek = true; c.type = 'DATE'; }
        }
      }
    }
    // time + day / day + time
    const next = list[i + 1];
    // (not across a line break: 'Wed 25 Oct: Ashcombe United (H), 7.45pm\nSat 28 Oct: ...' is a list of dates)
    if (next && !text.slice(c.end, next.start).includes('\n')) {
      const gap = text.slice(c.end, next.start);
      // 'moves to Thursdays at 9 p.m.', 'airing Mondays at 7.30pm': the days of a recurrence and its hour are one set, as
      // 'every Friday at 6pm' is
      if (c.type === 'SET' && /^XXXX-WXX-[1-7]$/.test(c.value) && isTimeOnly(next) && /^T\d\d:\d\d$/.test(next.suffix ?? '') && /^\s+at\s+$/i.test(gap)) {
        c = { ...c, end: next.end, value: c.value + next.suffix!, rule: `${c.rule}+${next.rule}` };
        i++;
        out.push(c);
        continue;
      }
      // ('open 8am to 8pm Monday to Friday': hours of a habit, then its days, each their own)
      if (isTimeOnly(c) && isDayLevel(next) && /^(?:,?\s+(?:on\s+)?|\s*,\s*)$/.test(gap) && !(/^\s+$/.test(gap) && WEEKDAY_RANGE_AFTER.test(text.slice(next.end, next.end + 24)))) {
        c = { ...next, start: c.start, end: next.end, suffix: c.suffix!, type: 'TIME', rule: `${next.rule}+${c.rule}` };
        i++;
      } else if (isDayLevel(c) && isTimeOnly(next) && /^(?:,?\s+(?:at\s+)?|\s*,\s*)$/.test(gap)) {
        c = { ...c, end: next.end, suffix: next.suffix!, type: 'TIME', rule: `${c.rule}+${next.rule}` };
        i++;
      } else if (isTimeOnly(c) && next.rule === 'narrative-day' && next.suffix && /^T(?:MO|AF|EV|NI)$/.test(next.suffix) && /^\s+$/.test(gap)) {
        // 'last checked at about 7 p.m. the previous evening', 'called back in at 6am the following morning': the clock time on
        // that day of the story
        c = { ...next, start: c.start, end: next.end, suffix: clockInPart(c.suffix!, text.slice(c.start, c.end), next.suffix), type: 'TIME', rule: `${next.rule}+${c.rule}`, ...(c.mod ? { mod: c.mod } : {}) };
        i++;
      } else if (isTimeOnly(c) && isDeicticPart(next) && /^\s+$/.test(gap)) {
        // 'midnight tonight', '9:30 last night': the clock time on that day ('9:30' at night is 21:30)
        c = { ...next, start: c.start, end: next.end, suffix: clockInPart(c.suffix!, text.slice(c.start, c.end), next.suffix!), type: 'TIME', rule: `${next.rule}+${c.rule}` };
        i++;
      } else if (isDeicticPart(c) && isTimeOnly(next) && /^\s+at\s+$/.test(gap)) {
        // 'tonight at 8', 'this morning at 10:30'
        c = { ...c, end: next.end, suffix: clockInPart(next.suffix!, text.slice(next.start, next.end), c.suffix!), type: 'TIME', rule: `${c.rule}+${next.rule}` };
        i++;
      }
    }
    if (isDayLevel(c)) {
      const after = POD_AFTER.exec(text.slice(c.end, c.end + 16));
      if (after) {
        const pod = PART_OF_DAY[after[2]!.toLowerCase()]!;
        // '10:30am on Saturday morning': the clock time is the finer value; the part of day joins the span
        const suffix = c.suffix && /^T\d/.test(c.suffix) ? clockInPart(c.suffix, text.slice(c.start, c.end), 'T' + pod) : 'T' + pod;
        c = { ...c, end: c.end + after[0].length, suffix, type: 'TIME', rule: c.rule + '+part-of-day' };
      } else {
        const before = POD_BEFORE.exec(text.slice(Math.max(0, c.start - 32), c.start)) ?? DAWN_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
        const prev = out[out.length - 1];
        if (before && (!prev || prev.end <= c.start - before[0].length)) {
          const pod = PART_OF_DAY[before[2]!.toLowerCase()]!;
          c = { ...c, start: c.start - before[0].length, suffix: 'T' + pod, type: 'TIME', rule: c.rule + '+part-of-day' };
        }
      }
    }
    // 'the small hours of Sunday', 'the early hours of March 3': the morning of that day, one expression ('the early hours of
    // Thursday morning' keeps its own part of day and leaves the phrase out, as TimeBank does)
    if (isDayLevel(c) && !c.suffix) {
      const hours = EARLY_HOURS_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
      const prev = out[out.length - 1];
      if (hours && (!prev || prev.end <= c.start - hours[0].length)) {
        c = { ...c, start: c.start - hours[0].length, suffix: 'TMO', type: 'TIME', rule: c.rule + '+early-hours' };
      }
    }
    if ((c.type === 'DATE' || c.type === 'TIME') && !c.mod) {
      const before = MOD_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
      if (before && !/^(?:today|now|currently|recently)/i.test(text.slice(c.start, c.end)) && !/^(?:earlier|later|early|late|mid)/i.test(text.slice(c.start, c.end))) {
        const w = before[1]!.toLowerCase();
        // keep 'Late' in the span; the value stays the day, the mod says which part
        const prev = out[out.length - 1];
        const newStart = c.start - before[0].length;
        if (!prev || prev.end <= newStart) {
          c = { ...c, start: newStart, rule: c.rule + '+mod' };
          if (w === 'early') c.mod = 'START';
          else if (w === 'late') c.mod = 'END';
          else if (w === 'mid') c.mod = 'MID';
        }
      }
    }
    // British 'on Tuesday week', 'by Monday week': a week after the coming Tuesday / Monday
    if (c.pending?.kind === 'weekday' && !c.pending.relative && !c.direction && !c.suffix && !c.shift) {
      const wk = DAY_WEEK.exec(text.slice(c.end, c.end + 40));
      if (wk) c = { ...c, end: c.end + wk[1]!.length, direction: 'future', shift: 7, rule: c.rule + '+week-after' };
    }
    // 'earlier today', 'said later Tuesday', 'Earlier yesterday,': the span keeps 'earlier' / 'later' as it does in
    // 'earlier that day' (the value stays the day); not a count's 'two days later' nor 'later on'
    if ((c.type === 'DATE' || c.type === 'TIME') && !c.mod && DAY_WORD.test(text.slice(c.start, c.end))) {
      const before = EARLIER_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
      const prev = out[out.length - 1];
      const newStart = before ? c.start - before[2]!.length : c.start;
      if (before && !(before[1] && COUNT_WORD.test(before[1])) && (!prev || prev.end <= newStart)) {
        c = { ...c, start: newStart, rule: c.rule + '+earlier-later' };
        // 'expected earlier Monday': a weekday 'earlier' is behind the article, whatever the verb
        if (c.pending?.kind === 'weekday' && !c.direction && /^earlier/i.test(before[2]!)) c.direction = 'past';
      }
    }
    out.push(c);
  }
  return out;
}

const DAY_WEEK = /^(\s+week)(?!\s+after\s+week)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|when|at|in|to|for|with|after|before|if|unless)\b)/;
const DAY_WORD = /^(?:today|tonight|yesterday|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** the word before 'earlier' / 'later' (group 1) and the modifier with its space (group 2) */
const EARLIER_BEFORE = /(?:\b([\w-]+)\s+)?\b((?:earlier|later)\s+)$/i;
/** 'two days later Tuesday', 'a week earlier Sunday': the modifier belongs to a count */
const COUNT_WORD = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|moments?|time|times|much|even|still|no|any|some|not)$/i;
