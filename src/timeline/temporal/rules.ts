import type { Candidate, Ctx } from './types.ts';
import { firstWords, StartWords, type Starts } from './prefilter.ts';

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

/** A rule's regex made sticky, with its number among the rules whose start words are known. */
interface Compiled {
  sticky: RegExp;
  /** null: where its matches start is not known (prefilter.ts), so it is scanned in full */
  id: number | null;
}
const compiled = new Map<Rule, Compiled>();
const startWords = new StartWords();
/** Where the rules can start in a text, found once per text for all the parsers' rules. */
const startsOf = new WeakMap<Ctx, Starts>();

function compiledOf(rule: Rule): Compiled {
  let c = compiled.get(rule);
  if (!c) {
    const first = firstWords(rule.re);
    c = { sticky: new RegExp(rule.re.source, rule.re.flags.replace('g', '') + 'y'), id: first ? startWords.add(first) : null };
    compiled.set(rule, c);
  }
  return c;
}

/** The rules run so far (each parser's rules are registered on its first run), for the tests. */
export function knownRules(): Rule[] {
  return [...compiled.keys()];
}

/** Whether a rule is tried at its start words rather than scanned in full, for the tests. */
export function hasStartWords(rule: Rule): boolean {
  return compiledOf(rule).id !== null;
}

/** Where a rule can start in the text, ascending; null when it must be scanned in full. */
function startsIn(ctx: Ctx, id: number): number[] | null {
  let starts = startsOf.get(ctx);
  // rules are registered as they are first run: a text scanned before a rule was known is scanned again
  if (!starts || !starts.covers(id)) startsOf.set(ctx, (starts = startWords.scan(ctx.text)));
  return starts.of(id);
}

/**
 * Every match of a rule's regex in the text, in order, as a global scan finds them: tried only at
 * the offsets its matches can start at when those are known (the same matches, far fewer tries).
 */
export function* matchesOf(rule: Rule, ctx: Ctx): Generator<RegExpExecArray> {
  const { text } = ctx;
  const { sticky, id } = compiledOf(rule);
  const starts = id === null ? null : startsIn(ctx, id);
  if (!starts) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      yield m;
      if (m[0].length === 0) rule.re.lastIndex++;
    }
    return;
  }
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    yield m;
    from = at + Math.max(1, m[0].length);
  }
}

/** Run regex rules over the whole text once each (no per-sentence calls). */
export function runRules(ctx: Ctx, rules: Rule[]): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (const rule of rules) {
    for (const m of matchesOf(rule, ctx)) {
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
    }
  }
  return out;
}
