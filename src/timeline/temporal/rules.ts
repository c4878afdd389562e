import type { Candidate, Ctx } from './types.ts';

export interface Rule {
  name: string;
  /**
   * Global regex, usually case-insensitive, for the *core* of the expression.
   * Keep it starting with something specific (a unit, a month name, digits):
   * optional leading words go in `before`, which is only tried where the core matched.
   * Group 'x' (optional, a suffix of the match) marks the span when it differs from the match.
   */
  re: RegExp;
  /**
   * Optional leading words: a regex anchored at its end ($), run on the 60 characters before
   * the core match; start each word with \\b. Its groups reach make() as `pre` (with `$start`).
   */
  before?: RegExp;
  make: (m: RegExpExecArray, ctx: Ctx, pre: Record<string, string | undefined>) => Omit<Candidate, 'start' | 'end' | 'rule'> | null | undefined;
}

const NONE: Record<string, string | undefined> = Object.freeze({}) as Record<string, string | undefined>;

/** Run regex rules over the whole text once each (no per-sentence calls). */
export function runRules(ctx: Ctx, rules: Rule[]): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      let pre = NONE;
      let preLen = 0;
      if (rule.before) {
        const from = Math.max(0, m.index - 60);
        const b = rule.before.exec(text.slice(from, m.index));
        if (b && b[0].length > 0) {
          pre = { ...(b.groups ?? {}), $start: String(from + b.index) };
          preLen = b[0].length;
        }
      }
      const made = rule.make(m, ctx, pre);
      if (made) {
        let start = m.index - preLen;
        const end = m.index + m[0].length;
        const x = m.groups?.['x'];
        if (x !== undefined && !preLen) start = end - x.length;
        out.push({ ...made, start, end, rule: rule.name });
      }
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  return out;
}
