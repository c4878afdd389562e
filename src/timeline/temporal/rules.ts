import type { Candidate, Ctx } from './types.ts';
import { firstWords, StartWords, type FirstWords, type Starts } from './prefilter.ts';

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
/** Every parser's rules, as their modules declare them (`defineRules`), registered together. */
const defined: Rule[] = [];
/** Start words of regexes worked out in an earlier process (`primeStartWords`), by `regexKey`. */
const primed = new Map<string, FirstWords | null>();
/** Start words worked out in this process, by `regexKey`, and how many were not primed. */
const known = new Map<string, FirstWords | null>();
let computedHere = 0;

/** A parser's rules, declared at its module's top level so the first text is scanned once for all of them. */
export function defineRules(rules: Rule[]): Rule[] {
  defined.push(...rules);
  return rules;
}

function regexKey(re: RegExp): string {
  return `${re.flags}/${re.source}`;
}

function compile(rule: Rule): Compiled {
  const key = regexKey(rule.re);
  let first = primed.get(key);
  if (first === undefined) {
    first = known.get(key);
    if (first === undefined) {
      first = firstWords(rule.re);
      computedHere++;
    }
  }
  known.set(key, first);
  const c: Compiled = { sticky: new RegExp(rule.re.source, rule.re.flags.replace('g', '') + 'y'), id: first ? startWords.add(first) : null };
  compiled.set(rule, c);
  return c;
}

function compiledOf(rule: Rule): Compiled {
  let c = compiled.get(rule);
  if (!c) {
    // all declared rules at once: a text scanned before a rule is registered must be scanned again
    for (const r of defined) if (!compiled.has(r)) compile(r);
    c = compiled.get(rule) ?? compile(rule);
  }
  return c;
}

/**
 * The start words of every declared rule, in a form JSON keeps, so a later process can skip the
 * regex analysis (`primeStartWords`): about a third of the first article's analysis in a process.
 */
export function startWordsTable(): { table: Record<string, SerialFirstWords | null>; computed: number } {
  for (const r of defined) compiledOf(r);
  const table: Record<string, SerialFirstWords | null> = {};
  for (const [key, first] of [...known].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    table[key] = first && { words: [...first.words].map(([w, tails]) => [w, [...tails]]), prefixes: [...first.prefixes], digits: first.digits };
  }
  return { table, computed: computedHere };
}

export interface SerialFirstWords {
  words: [string, string[]][];
  prefixes: string[];
  digits: boolean;
}

/**
 * Takes the start words an earlier process worked out (`startWordsTable`), for the rules not yet
 * registered. Entries of the wrong shape are ignored (those regexes are analysed again); entries
 * for regexes no rule has any more are harmless. Returns the number of entries taken.
 */
export function primeStartWords(table: unknown): number {
  if (!table || typeof table !== 'object' || Array.isArray(table)) return 0;
  const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
  let taken = 0;
  for (const [key, v] of Object.entries(table as Record<string, unknown>)) {
    if (v === null) {
      primed.set(key, null);
      taken++;
      continue;
    }
    const f = v as Partial<SerialFirstWords>;
    if (!f || typeof f !== 'object' || !Array.isArray(f.words) || !strings(f.prefixes) || typeof f.digits !== 'boolean') continue;
    if (!f.words.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && strings(e[1]))) continue;
    primed.set(key, { words: new Map(f.words.map(([w, tails]) => [w, tails])), prefixes: f.prefixes, digits: f.digits });
    taken++;
  }
  return taken;
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
