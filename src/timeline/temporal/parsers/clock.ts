/**
 * Clock words chrono does not read on their own: 'noon', 'midnight', 'mid-afternoon',
 * 'dawn'. They become a time of the day they are attached to ('noon Thursday')
 * or of the day under discussion.
 */
import type { Rule } from '../rules.ts';
import { runRules } from '../rules.ts';
import type { Candidate, Ctx } from '../types.ts';

const rules: Rule[] = [
  {
    name: 'clock-word',
    re: /\b(?:noon|midnight|mid-?(?:morning|afternoon|day)|dawn|daybreak|dusk)\b/gi,
    make: (m) => {
      const w = m[0].toLowerCase().replace('-', '');
      const suffix = w === 'noon' || w === 'midday' ? 'T12:00' : w === 'midnight' ? 'T24:00' : /morning|dawn|daybreak/.test(w) ? 'TMO' : /afternoon/.test(w) ? 'TAF' : 'TEV';
      return { type: 'TIME', value: '', pending: { kind: 'anchorday', offset: 0 }, suffix, anchor: 'narrative' };
    },
  },
];

export function clockParser(ctx: Ctx): Candidate[] {
  return runRules(ctx, rules);
}
