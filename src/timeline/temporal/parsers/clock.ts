/**
 * Clock words chrono does not read on their own: 'noon', 'midnight', 'mid-afternoon',
 * 'dawn'. They become a time of the day they are attached to ('noon Thursday')
 * or of the day under discussion.
 */
import type { Rule } from '../rules.ts';
import { defineRules, runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';
import { directionCue } from '../cues.ts';

/** a clock time and a range word before a clock word: '10pm and', '8 p.m. to', '9:30-' */
const RANGE_FROM_CLOCK = /\b(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|o'clock)|\d{1,2}:\d\d|noon)\s*(?:and|to|until|till|through|-|\u2013)\s*(?:about\s+|around\s+|almost\s+|nearly\s+|just\s+(?:before|after)\s+)?$/i;

/** the prepositions a clock time in words follows ('at half past six', 'until about ten past eight') */
const PAST_TO_BEFORE = /\b(?:at|about|around|until|till|from|by|before|after|since|shortly|just)\s+(?:about\s+|around\s+|roughly\s+)?$/i;

/** verbs of lasting, a few words before 'until' / 'past' ('ran past', 'stayed open until', 'went on late into') */
export const LASTED = /\b(?:ran|lasted|continued|went\s+on|carried\s+on|dragged\s+on|stretched|stayed|remained|worked|partied|danced|talked|debated|negotiated|sat|kept\s+going|extended)\b(?:\s+[\w'-]+){0,2}\s+$/i;

const rules: Rule[] = defineRules([
  {
    name: 'clock-word',
    // ('nearly midnight', 'about noon': the approximation is part of the span, as with 'about 7pm'; so is the '12' of
    // '12 noon', '12 midnight')
    before: /(?:\b(?<approx>nearly|almost|about|around|approximately|close to)\s+)?(?:(?<![\d.,:\u2013-])\b(?<twelve>12)\s+)?$/i,
    re: /\b(?:noon|midnight|mid[- ]?(?:morning|afternoon|day))\b/gi,
    make: (m, ctx, pre) => {
      const approx = pre['approx'] && /^(?:noon|midnight)$/i.test(m[0]) ? { mod: 'APPROX' } : {};
      // 'High Noon' (the film), 'high noon comes today' (an idiom)
      if (/\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      const w = m[0].toLowerCase().replace(/[- ]/, '');
      const suffix = w === 'noon' || w === 'midday' ? 'T12:00' : w === 'midnight' ? 'T24:00' : /morning|dawn|daybreak/.test(w) ? 'TMO' : /afternoon/.test(w) ? 'TAF' : 'TEV';
      // 'the strike began at midnight': a midnight in the past is the one that opened the day (the day before, T24:00);
      // 'the offer expires at midnight' is the one that closes it
      // 'he spoke until midnight', 'the bars stayed open past midnight': a preposition before it ('until', 'by') is no
      // cue of its own here, the verb before the preposition says which midnight
      const prep = w === 'midnight' ? /\b(?:until|till|by|before|after|past|into|beyond|around|about|near|toward|towards)\s+(?:about\s+|around\s+|just\s+|well\s+|nearly\s+|almost\s+|close\s+to\s+)?$/i.exec(ctx.text.slice(Math.max(0, m.index - 24), m.index)) : null;
      const at = prep ? m.index - prep[0].length : m.index;
      // 'between 10pm and midnight', 'from 8 p.m. to midnight': the end of a range of times is the midnight after its start
      const rangeEnd = w === 'midnight' && RANGE_FROM_CLOCK.test(ctx.text.slice(Math.max(0, m.index - 30), m.index));
      // 'a debate that ran past midnight', 'talks went on into midnight', 'stayed open until midnight': what lasted to it
      // ended at the midnight that closed its day, when a day is under discussion (else last night's, as told in the past)
      // ('did not finish until nearly midnight', 'the meeting did not end until midnight': so it lasted)
      const lastedTo = !!prep && /^(?:until|till|past|into|beyond)/i.test(prep[0])
        && (LASTED.test(ctx.text.slice(Math.max(0, at - 40), at)) || (/^(?:until|till)/i.test(prep[0]) && /\b(?:did|was|were|had)(?:\s+not|n't)\s+(?:[\w'\u2019-]+\s+){1,3}$/i.test(ctx.text.slice(Math.max(0, at - 40), at))));
      const offset = w === 'midnight' && !rangeEnd && directionCue(ctx.text, at, m.index + m[0].length) === 'past' ? -1 : 0;
      // ('from 8am until almost midnight': the end of a range of hours closes the day they are on)
      return { type: 'TIME', value: '', pending: { kind: 'anchorday', offset, ...(lastedTo && offset ? { narrativeOffset: 0 } : {}), ...(rangeEnd ? { closesDay: true } : {}) }, suffix, anchor: 'narrative', ...approx };
    },
  },
  {
    name: 'clock-word',
    // wire-style times in a named zone: 'struck at 0455 GMT on Friday' (T04:55); not the restatement in
    // '9:10 a.m. (0610 GMT)', nor a count ('1275 GMT' cannot be a time: minutes stop at 59); 'at around 0300 local time'
    // (mod APPROX, the approximation in the span as with 'about 7pm')
    before: /\b(?<approx>about|around|approximately|roughly)\s+$/i,
    re: /\b(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d)\s?(?:(?<utc>GMT|UTC)|local\s+time)\b/g,
    make: (m, ctx, pre) => {
      if (/\(\s*$/.test(ctx.text.slice(Math.max(0, (pre['$start'] !== undefined ? Number(pre['$start']) : m.index) - 3), pre['$start'] !== undefined ? Number(pre['$start']) : m.index))) return null;
      return {
        type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix: `T${m.groups!['h']}:${m.groups!['mi']}`, ...(m.groups!['utc'] ? { zone: 0 } : {}),
        anchor: 'narrative', ...(pre['approx'] ? { mod: 'APPROX' } : {}),
      };
    },
  },
  {
    name: 'clock-word',
    // South African and French-style times: 'at 14h00 on Saturday', 'from 09h30 to 16h00' (T14:00); only after a
    // preposition that takes a time (not a marathon's '2h08' or a running time 'in 1h45')
    re: /\b(?<h>[01]?\d|2[0-3])h(?<mi>[0-5]\d)\b(?![:.,]\d)/g,
    make: (m, ctx) => {
      if (!/\b(?:at|from|until|till|to|by|before|after|around|about|since|between|and)\s+$|[-\u2013]\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (/\b(?:in|of|time|record|clocked|finished)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
      return { type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix: `T${m.groups!['h']!.padStart(2, '0')}:${m.groups!['mi']}`, anchor: 'narrative' };
    },
  },
  {
    name: 'clock-word',
    // 'at half past six', 'about ten past eight', 'at quarter to nine', "until twenty past ten o'clock": a clock time in
    // words, only after a preposition that takes a time ('five to four' is a vote, 'ten to one' odds); the hour as written
    // (like '5:30' without a.m./p.m.)
    re: /\b(?<mins>half|(?:a\s+)?quarter|one|two|three|four|five|ten|twenty|twenty[- ]five|\d{1,2})\s+(?:minutes?\s+)?(?<rel>past|to|after)\s+(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|\d{1,2})\b(?<oc>\s+o'clock)?(?:\s+(?:in\s+the\s+)?(?<pod>morning|afternoon|evening|at night))?/gi,
    make: (m, ctx) => {
      if (!PAST_TO_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const g = m.groups!;
      // 'open from 1 to 3 August', 'from ten to three': after 'from' / 'between' a 'to' closes a range, no clock time
      if (g['rel']!.toLowerCase() === 'to' && (/\b(?:from|between)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 9), m.index)) || (/^\d/.test(g['mins']!) && /^\d/.test(g['h']!)))) return null;
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
      const hw = g['h']!.toLowerCase();
      let h = hw === 'midnight' ? 0 : hw === 'noon' ? 12 : /^\d/.test(hw) ? Number(hw) : words.indexOf(hw);
      if (h < 0 || h > 12) return null;
      const mw = g['mins']!.toLowerCase().replace(/[- ]/g, ' ');
      const mins = mw === 'half' ? 30 : /quarter/.test(mw) ? 15 : ({ one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, twenty: 20, 'twenty five': 25 } as Record<string, number>)[mw] ?? Number(mw);
      // ('one past eight' is no time said in words; 'one minute past midnight' is)
      if (/^(?:one|two|three|four)$/.test(mw) && !/minute/i.test(m[0])) return null;
      if (!(mins > 0 && mins < 60) || (mw === 'half' && g['rel']!.toLowerCase() !== 'past')) return null;
      const pod = g['pod']?.toLowerCase();
      if (pod && pod !== 'morning' && h < 12) h += 12;
      let total = h * 60 + (g['rel']!.toLowerCase() === 'to' ? -mins : mins);
      if (total < 0) total += 24 * 60;
      return { type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix: `T${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`, anchor: 'narrative' };
    },
  },
  {
    name: 'clock-in-the',
    // ('go home after 11 at night': after a preposition of time, 'at night' is the evening's hours, 1 to 5 the small hours)
    re: /\b(?<h>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock)? (?:in the (?<pod>morning|afternoon|evening)|(?<night>at night))\b/gi,
    make: (m, ctx) => {
      if (m.groups!['night'] && !/\b(?:at|after|before|until|till|by|about|around|from|to|and|past)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      // 'touched 31.06 in the morning': the decimals of a figure, no hour
      if (/[\d][.,:]$/.test(ctx.text.slice(Math.max(0, m.index - 2), m.index))) return null;
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
      const hw = m.groups!['h']!.toLowerCase();
      let h = /^\d/.test(hw) ? Number(hw) : words.indexOf(hw);
      if (h < 1 || h > 12) return null;
      const pod = m.groups!['pod']?.toLowerCase() ?? (h >= 6 ? 'evening' : 'morning');
      if (pod !== 'morning' && h < 12) h += 12;
      if ((pod === 'morning' || m.groups!['night']) && h === 12) h = 0;
      return { type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix: `T${String(h).padStart(2, '0')}:00`, anchor: 'narrative' };
    },
  },
]);

export function clockParser(ctx: Ctx): Candidate[] {
  return runRules(ctx, rules);
}
