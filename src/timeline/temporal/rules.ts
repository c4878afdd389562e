import type { Candidate, Ctx } from './types.ts';

export interface Rule {
  name: string;
  /** global regex with the 'd' flag, usually case-insensitive; group 'x' (optional) marks the span when it differs from the match */
  re: RegExp;
  make: (m: RegExpExecArray, ctx: Ctx) => Omit<Candidate, 'start' | 'end' | 'rule'> | null | undefined;
}

/** Run regex rules over the whole text once each (no per-sentence calls). */
export function runRules(ctx: Ctx, rules: Rule[]): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(ctx.text)) !== null) {
      const made = rule.make(m, ctx);
      if (made) {
        let start = m.index;
        let end = m.index + m[0].length;
        const xi = m.indices?.groups?.['x'];
        if (xi) { start = xi[0]; end = xi[1]; }
        out.push({ ...made, start, end, rule: rule.name });
      }
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  return out;
}
