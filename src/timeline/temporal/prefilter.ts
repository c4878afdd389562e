/**
 * Where a rule's regex can start matching, so a rule is tried at a few words of a text instead of
 * being scanned over all of it.
 *
 * Every rule regex is meant to be scanned over the whole text, and scanning is most of the stage's
 * cost: about fifty regexes, each visiting every character of every article, when a rule like
 * 'days? ago' can only start on a word such as 'day' or 'days'. From the regex's syntax tree this
 * module works out the words a match can start with (`firstWords`); one pass over a text's words
 * finds where each rule can start (`StartWords.scan`), and the rule's regex is run, sticky, only
 * there (rules.ts). On the benchmark's articles this halves the temporal stage.
 *
 * The results are those of a full scan, because the analysis is conservative: it only gives a
 * start set when every way through the regex reaches its first character after a word-start
 * assertion (`\b`, or a negative lookbehind on `\w`) and that character is an ASCII letter or
 * digit whose word it can name. Anything else (a match that may start on punctuation or inside a
 * word, back-references, Unicode properties, very large alternations) gives no start set, and the
 * rule is scanned in full. A text holding a character that case-folds onto an ASCII letter (the
 * long s, the Kelvin sign) is scanned in full too.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Where a match may start. Words are maximal runs of ASCII letters and digits, lower-cased.
 * - `words`: at one of these words, followed in place by one of its tails ('' for anything):
 *   'the' → [' day', ' next'], 'jul' → ['.'];
 * - `prefixes`: at a word beginning with one of these ('day' for 'days?' before a letter);
 * - `digits`: at any word beginning with a digit.
 */
export interface FirstWords {
  words: ReadonlyMap<string, readonly string[]>;
  prefixes: readonly string[];
  digits: boolean;
}

/** Bounds on the sets the analysis carries, so it stays small on big alternations. */
const MAX_EXACT = 64;
const MAX_CLASS = 10;
const MAX_LITERAL = 24;
const MAX_STARTS = 256;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * In the strings the analysis builds, one or more white-space characters (what `\s`, `\s+` match
 * at least): a control character no literal of a rule contains.
 */
const SPACE = '\u0001';
const SPACE_CODE = SPACE.charCodeAt(0);

function isSpaceSet(el: AST.Node): boolean {
  return el.type === 'CharacterSet' && el.kind === 'space' && !el.negate;
}

/** The words a match of `re` can start on, or null when that cannot be known (scan in full). */
export function firstWords(re: RegExp): FirstWords | null {
  let ast: AST.Pattern;
  try {
    ast = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.unicodeSets });
  } catch {
    return null;
  }
  const openings = alternativesOpenings(ast.alternatives, false, () => null, false);
  if (!openings || (openings.lits.size === 0 && !openings.digits)) return null;
  const tails = new Map<string, Set<string>>();
  const prefixes = new Set<string>();
  for (const [text, closed] of openings.lits) {
    const word = /^[a-z0-9]+/.exec(text)?.[0];
    if (!word) return null;
    if (word.length === text.length && !closed) {
      prefixes.add(word);
      continue;
    }
    const tail = tailOf(text.slice(word.length));
    const set = tails.get(word) ?? new Set<string>();
    tails.set(word, set.add(tail));
  }
  const words = new Map<string, readonly string[]>();
  for (const [word, set] of [...tails].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    // a tail that another tail begins with makes the longer one redundant; '' makes all of them
    const list = [...set].sort();
    words.set(word, list.filter((t) => !list.some((o) => o !== t && t.startsWith(o))));
  }
  return { words, prefixes: [...prefixes].sort(), digits: openings.digits };
}

/**
 * What must follow a start word, from the rest of a literal: up to the end of the next word
 * (' day' of 'the day after'). White space runs that a scan (tailsAt) could consume too greedily (one
 * right after another, or before a literal space) are cut there: a shorter tail is a weaker test.
 */
function tailOf(rest: string): string {
  const tail = /^[^a-z0-9]*[a-z0-9]*/.exec(rest)![0];
  const cut = /\u0001(?=[\u0001\s])/.exec(tail);
  return cut ? tail.slice(0, cut.index) : tail;
}

/**
 * Literal strings a match can begin with (lower-cased, non-empty), each with whether a word
 * boundary is asserted right after it; and whether a match can begin with any digit.
 */
interface Openings {
  lits: Map<string, boolean>;
  digits: boolean;
}

/** What follows a sequence, given whether a word-start assertion has been passed without consuming. */
type Continuation = (anchored: boolean) => Openings | null;

function mergeOpenings(a: Openings | null, b: Openings | null): Openings | null {
  if (!a || !b) return null;
  const lits = new Map(a.lits);
  // the same string with and without a boundary after it: only the weaker claim holds
  for (const [t, closed] of b.lits) lits.set(t, closed && (lits.get(t) ?? true));
  return lits.size > MAX_STARTS ? null : { lits, digits: a.digits || b.digits };
}

function alternativesOpenings(alternatives: AST.Alternative[], anchored: boolean, cont: Continuation, endsWord: boolean): Openings | null {
  let out: Openings | null = { lits: new Map(), digits: false };
  for (const alt of alternatives) {
    out = mergeOpenings(out, sequenceOpenings(alt.elements, 0, anchored, cont, endsWord));
    if (!out) return null;
  }
  return out;
}

/**
 * Openings of the elements from `i` on. Assertions are skipped (a word-start one sets `anchored`).
 * A run of elements that each match one of a few fixed strings gives its strings (and, if the run
 * can match nothing, what follows it); a group is entered alternative by alternative; an optional
 * element adds what follows it. `endsWord`: no letter or digit can follow the sequence.
 */
function sequenceOpenings(elements: AST.Element[], i: number, anchored: boolean, cont: Continuation, endsWord: boolean): Openings | null {
  while (i < elements.length && elements[i]!.type === 'Assertion') {
    if (isWordStart(elements[i] as AST.Assertion)) anchored = true;
    i++;
  }
  if (i >= elements.length) return cont(anchored);
  const rest: Continuation = (a) => sequenceOpenings(elements, i + 1, a, cont, endsWord);
  /** Whether no letter or digit can follow element i. */
  const endsAfter = wordEndsAt(elements, i + 1, endsWord);
  const el = elements[i]!;
  const run = exactRun(elements, i);
  if (run) {
    const closed = wordEndsAt(elements, run.end, endsWord);
    const lits = new Map([...run.strings].filter((s) => s !== '').map((s) => [s, closed && /[a-z0-9]$/.test(s)] as const));
    if (lits.size > 0 && !anchored) return null;
    const here: Openings = { lits, digits: false };
    // the run may match nothing: then the match starts after it, at the same place
    return run.strings.has('') ? mergeOpenings(here, sequenceOpenings(elements, run.end, anchored, cont, endsWord)) : here;
  }
  switch (el.type) {
    case 'Group':
    case 'CapturingGroup':
      return alternativesOpenings(el.alternatives, anchored, rest, endsAfter);
    case 'Quantifier': {
      // a repeated element may be followed by itself
      const inner = el.max === 1 && endsAfter;
      if (el.min === 0) return mergeOpenings(elementOpenings(el.element, anchored, inner), rest(anchored));
      return elementOpenings(el.element, anchored, inner);
    }
    case 'CharacterSet':
      return anchored && el.kind === 'digit' && !el.negate ? { lits: new Map(), digits: true } : null;
    default:
      return null;
  }
}

/** Openings of one element matched at least once (what follows it is not needed unless it can match nothing). */
function elementOpenings(el: AST.QuantifiableElement, anchored: boolean, endsWord: boolean): Openings | null {
  return sequenceOpenings([el as AST.Element], 0, anchored, () => null, endsWord);
}

function isWordStart(a: AST.Assertion): boolean {
  if (a.kind === 'word') return !a.negate;
  if (a.kind === 'start') return true;
  if (a.kind !== 'lookbehind' || !a.negate) return false;
  // (?<![\w-]): no word character before
  return a.alternatives.some((alt) =>
    alt.elements.length === 1 && classHasWord(alt.elements[0]!),
  );
}

/**
 * Whether the character after a run that ends on a word character cannot be a letter or digit,
 * given the elements from `j` on: `\b`, `(?!\w)`, `\s+`, ' ', '-'… (then the word ends with the run).
 */
function wordEndsAt(elements: AST.Element[], j: number, endsWord: boolean): boolean {
  const el = elements[j];
  if (!el) return endsWord;
  if (el.type === 'Assertion') {
    if (el.kind === 'word') return !el.negate;
    if (el.kind === 'lookahead' && el.negate && el.alternatives.some((alt) => alt.elements.length === 1 && classHasWord(alt.elements[0]!))) return true;
    return wordEndsAt(elements, j + 1, endsWord);
  }
  if (el.type === 'Quantifier' && el.min === 0) return beginsNonWord(el.element) && wordEndsAt(elements, j + 1, endsWord);
  return beginsNonWord(el);
}

/** Whether every match of the element begins with a character that is not an ASCII letter or digit. */
function beginsNonWord(el: AST.Element | AST.QuantifiableElement): boolean {
  switch (el.type) {
    case 'Character':
      return !isAlnum(el.value);
    case 'CharacterSet':
      return isSpaceSet(el);
    case 'CharacterClass':
      return !el.negate && !el.unicodeSets && el.elements.every((e) => (e.type === 'Character' && !isAlnum(e.value)) || isSpaceSet(e));
    case 'Group':
    case 'CapturingGroup':
      return el.alternatives.every((alt) => alt.elements.length > 0 && beginsNonWord(alt.elements[0]!));
    case 'Quantifier':
      return el.min >= 1 && beginsNonWord(el.element);
    default:
      return false;
  }
}

function classHasWord(el: AST.Element): boolean {
  if (el.type === 'CharacterSet') return el.kind === 'word' && !el.negate;
  if (el.type !== 'CharacterClass' || el.negate) return false;
  return el.elements.some((e) => e.type === 'CharacterSet' && e.kind === 'word' && !e.negate);
}

/**
 * The longest run of elements from `i` that each match one of a few fixed strings, as the set of
 * strings the run matches (their concatenations); null when element `i` itself is not fixed.
 */
function exactRun(elements: AST.Element[], i: number): { strings: Set<string>; end: number } | null {
  let strings: Set<string> = new Set(['']);
  let end = i;
  for (; end < elements.length; end++) {
    const el = elements[end]!;
    // assertions inside a run are kept out of it, so the run's strings are what it consumes in a row
    if (el.type === 'Assertion') break;
    const exact = exactOf(el);
    if (!exact) break;
    const next = product(strings, exact);
    if (!next) break;
    strings = next;
  }
  return end === i ? null : { strings, end };
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    const s = x + y;
    if (s.length > MAX_LITERAL) return null;
    out.add(s);
  }
  return out;
}

/** Every string an element can match, lower-cased; null when they are too many or unknown. */
function exactOf(el: AST.Element): Set<string> | null {
  switch (el.type) {
    case 'Character':
      return el.value < 0x80 ? new Set([String.fromCharCode(el.value).toLowerCase()]) : null;
    case 'CharacterClass':
      return classExact(el);
    case 'Group':
    case 'CapturingGroup': {
      let out: Set<string> | null = new Set();
      for (const alt of el.alternatives) {
        const run = alt.elements.length === 0 ? { strings: new Set(['']), end: 0 } : exactRun(alt.elements, 0);
        if (!run || run.end !== alt.elements.length) return null;
        out = new Set([...out, ...run.strings]);
        if (out.size > MAX_EXACT) return null;
      }
      return out;
    }
    case 'CharacterSet':
      return isSpaceSet(el) ? new Set([SPACE]) : null;
    case 'Quantifier': {
      // \s+ and \s*: some white space, or maybe none
      if (isSpaceSet(el.element)) return el.min === 0 ? new Set(['', SPACE]) : new Set([SPACE]);
      if (el.max !== 1) return null;
      const inner = exactOf(el.element as AST.Element);
      if (!inner) return null;
      return el.min === 0 ? new Set(['', ...inner]) : inner;
    }
    default:
      return null;
  }
}

function classExact(el: AST.CharacterClass): Set<string> | null {
  if (el.negate || el.unicodeSets) return null;
  const out = new Set<string>();
  for (const e of el.elements) {
    if (e.type === 'Character') {
      if (e.value >= 0x80) return null;
      out.add(String.fromCharCode(e.value).toLowerCase());
    } else if (e.type === 'CharacterClassRange') {
      if (e.max.value >= 0x80 || e.max.value - e.min.value >= MAX_CLASS) return null;
      for (let c = e.min.value; c <= e.max.value; c++) out.add(String.fromCharCode(c).toLowerCase());
    } else {
      return null;
    }
    if (out.size > MAX_CLASS) return null;
  }
  return out;
}

/**
 * The start words of many rules, so that one pass over a text's words finds where each rule can
 * start (`scan`), instead of one lookup per rule and word. Rules are added as they are first run;
 * a scan covers the rules added before it (`Openings.covers`).
 */
export class StartWords {
  /**
   * The start words and the prefixes as one trie of their characters (lower-case ASCII letters and digits): a scan walks
   * it along each word as it reads the word, so a word costs one step per character however many rules there are. A
   * node ending a prefix holds the prefix's rules; one ending a start word, that word's tails.
   */
  private readonly root: WordNode = trieNode();
  private readonly digitRules: number[] = [];
  private count = 0;

  /** Registers a rule's start words; returns its number for `Starts.of`. */
  add(first: FirstWords): number {
    const rule = this.count++;
    for (const [word, tails] of first.words) {
      const node = this.wordNode(word);
      node.tails ??= trieNode();
      // the word's tails, all its rules' together, as one trie ('' at its root: anything may follow)
      for (const tail of tails) {
        let t = node.tails;
        for (let k = 0; k < tail.length; k++) t = t.next[tail.charCodeAt(k)] ??= trieNode();
        if (!t.rules.includes(rule)) t.rules.push(rule);
      }
    }
    for (const prefix of first.prefixes) {
      const node = this.wordNode(prefix);
      if (!node.rules.includes(rule)) node.rules.push(rule);
    }
    if (first.digits) this.digitRules.push(rule);
    return rule;
  }

  /** The trie's node for a start word or a prefix, made if new. */
  private wordNode(word: string): WordNode {
    // firstWords gives words as a scan reads them: lower-case ASCII letters and digits
    if (!/^[a-z0-9]+$/.test(word)) throw new Error(`start word '${word}' is not a run of lower-case ASCII letters and digits`);
    let node = this.root;
    for (let k = 0; k < word.length; k++) node = node.next[word.charCodeAt(k)] ??= trieNode();
    return node;
  }

  /** Where each registered rule can start in `text`: one pass over its words. */
  scan(text: string): Starts {
    // a character that case-folds onto an ASCII letter: the words cannot be trusted
    if (/[\u017f\u212a]/.test(text)) return new Starts(this.count, null);
    const starts: number[][] = [];
    for (let r = 0; r < this.count; r++) starts.push([]);
    const { root, digitRules } = this;
    /** where the word read so far stands in the trie (undefined: no start word or prefix begins so) */
    let node: WordNode | undefined;
    let from = -1;
    let first = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0;
      if (isAlnum(c)) {
        const lower = c >= 65 && c <= 90 ? c + 32 : c;
        if (from < 0) {
          from = i;
          first = lower;
          node = root;
        }
        if (node !== undefined) {
          node = node.next[lower];
          // the word begins with a prefix: its rules can start here
          if (node !== undefined) for (const r of node.rules) pushStart(starts[r]!, from);
        }
        continue;
      }
      if (from < 0) continue;
      // the whole word is a start word: the rules one of whose tails follows can start here
      if (node?.tails !== undefined) tailsAt(text, i, node.tails, starts, from);
      if (first >= 48 && first <= 57) for (const r of digitRules) pushStart(starts[r]!, from);
      from = -1;
    }
    // filled word by word, so each list is ascending, and a word pushed at most once per rule
    return new Starts(this.count, starts);
  }
}

/**
 * A node of a trie of literals (a word's tails, the prefixes): its children by character code (lower-case ASCII; 1 is
 * SPACE, one or more white-space characters, read greedily), and the rules whose literal ends at it.
 */
interface TrieNode {
  next: (TrieNode | undefined)[];
  rules: number[];
}

/** a node of the start words' trie: a trie node, and if a start word ends at it, that word's tails */
interface WordNode extends TrieNode {
  next: (WordNode | undefined)[];
  tails?: TrieNode;
}

const trieNode = (): WordNode => ({ next: [], rules: [] });

/**
 * Adds `from` to the starts of every rule one of whose tails follows at `at` (ASCII letters in either case; SPACE for a
 * run of white space, all of it), walking the tails' trie along the text: each character after the word is read once
 * for all its tails.
 */
function tailsAt(text: string, at: number, node: TrieNode, starts: number[][], from: number): void {
  for (const r of node.rules) pushStart(starts[r]!, from);
  const space = node.next[SPACE_CODE];
  if (space !== undefined && isSpace(text.charCodeAt(at))) {
    let i = at;
    while (isSpace(text.charCodeAt(i))) i++;
    tailsAt(text, i, space, starts, from);
  }
  if (at >= text.length) return;
  let c = text.charCodeAt(at);
  // (a character 1 in the text is no white space: only the SPACE of a literal is coded so)
  if (c === SPACE_CODE) return;
  if (c >= 65 && c <= 90) c += 32;
  const next = node.next[c];
  if (next !== undefined) tailsAt(text, at + 1, next, starts, from);
}

/** Adds a start to a rule's ascending list, once (its word may be both a start word and a prefix). */
function pushStart(list: number[], at: number): void {
  if (list[list.length - 1] !== at) list.push(at);
}

/** Where the rules registered before a scan can start in its text (null: scan the text in full). */
export class Starts {
  private readonly covered: number;
  private readonly starts: number[][] | null;

  constructor(covered: number, starts: number[][] | null) {
    this.covered = covered;
    this.starts = starts;
  }

  covers(rule: number): boolean {
    return rule < this.covered;
  }

  of(rule: number): number[] | null {
    return this.starts ? this.starts[rule]! : null;
  }
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What `\s` matches: ECMAScript's WhiteSpace and LineTerminator characters. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
