import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { firstWords, StartWords } from '../../../src/timeline/temporal/prefilter.ts';
import { hasStartWords, knownRules, matchesOf } from '../../../src/timeline/temporal/rules.ts';
import { extractTimexes } from '../../../src/timeline/temporal/index.ts';
import { parseDct } from '../../../src/timeline/temporal/dct.ts';

/** The matches (offset, text) a global scan of `re` finds: the reference the dispatch must equal. */
function scanned(re: RegExp, text: string): [number, string][] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: [number, string][] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** Offsets a registry of one regex's start words lets through. */
function startsOf(re: RegExp, text: string): number[] | null {
  const first = firstWords(re);
  if (!first) return null;
  const reg = new StartWords();
  const id = reg.add(first);
  return reg.scan(text).of(id);
}

describe('the start words of a regex', () => {
  it('names the words a word-anchored alternation starts on, with what must follow them', () => {
    const f = firstWords(/\b(?:now|the present|at present)\b/gi)!;
    expect(Object.fromEntries(f.words)).toEqual({ now: [''], the: [' present'], at: [' present'] });
    expect(f.digits).toBe(false);
  });
  it('\\s+ stands for white space in what must follow a word; an optional word adds the words after it', () => {
    const f = firstWords(/\b(?:the\s+)?(?:days?|weeks?)\s+ago\b/gi)!;
    const ago = ['\u0001ago'];
    expect(Object.fromEntries(f.words)).toEqual({ the: ['\u0001day', '\u0001week'], day: ago, days: ago, week: ago, weeks: ago });
  });
  it('a word that may continue with more letters is a prefix', () => {
    expect(firstWords(/\bcentur/gi)!.prefixes).toEqual(['centur']);
  });
  it('digits: a leading \\d starts on any number', () => {
    expect(firstWords(/\b\d{1,2}(?:st|nd|rd|th)\b/g)!.digits).toBe(true);
  });
  it('gives nothing when a match may start inside a word or on punctuation', () => {
    expect(firstWords(/day/g)).toBeNull(); // no \b: 'Sunday'
    expect(firstWords(/(?:'|’)\d0s\b/g)).toBeNull();
    expect(firstWords(/\b\w+ly\b/g)).toBeNull();
    expect(firstWords(/\b\p{Lu}\p{Ll}+day\b/gu)).toBeNull();
  });
  it('a negative lookbehind on \\w anchors like \\b', () => {
    expect(firstWords(/(?<![\w-])(?:day|week)long\b/g)).not.toBeNull();
    expect(firstWords(/(?<![-])(?:day|week)long\b/g)).toBeNull();
  });
});

describe('the scan of a text', () => {
  const text = 'Two DAYS ago,\u00a0the\tdays  AGO list; Sundays ago; the days; 12th of May; theday ago.';
  it('finds every place a global scan matches, and few others', () => {
    for (const re of [/\b(?:the\s+)?(?:days?|weeks?)\s+ago\b/gi, /\b\d{1,2}(?:st|nd|rd|th)\b/g, /\b(?:May|June)\b/g]) {
      const starts = startsOf(re, text)!;
      for (const [at] of scanned(re, text)) expect(starts).toContain(at);
    }
    // 'DAYS ago', 'the\tdays', 'days  AGO', and 'the days;' (where the regex then fails); not 'Sundays' or 'theday'
    expect(startsOf(/\b(?:the\s+)?(?:days?|weeks?)\s+ago\b/gi, text)).toEqual([4, 14, 18, 47]);
  });
  it('rules sharing a start word each get the places their own tails follow it', () => {
    const reg = new StartWords();
    const res = [/\bthe\s+days?\b/gi, /\bthe\s+day\s+after\b/gi, /\bthe week\b/gi, /\bthe\b/gi, /\bthe\s+weekend\b/gi];
    const ids = res.map((re) => reg.add(firstWords(re)!));
    const t = 'The day after; the  days; THE week; the\u0001days; the\tweekend; them day';
    const starts = reg.scan(t);
    for (const [k, re] of res.entries()) {
      for (const [at] of scanned(re, t)) expect(starts.of(ids[k]!)).toContain(at);
    }
    expect(starts.of(ids[0]!)).toEqual([0, 15]);
    // a literal space takes one space; a control character \u0001 in the text is no white space
    expect(starts.of(ids[2]!)).toEqual([26]);
    expect(starts.of(ids[3]!)).toEqual([0, 15, 26, 36, 46]);
    expect(starts.of(ids[4]!)).toEqual([46]);
  });
  it('a text with a character that case-folds onto ASCII (ſ, K) is scanned in full', () => {
    expect(startsOf(/\bdays\b/giu, 'two daſ')).toBeNull();
  });
});

/** Texts to try the real rules on: the quoted strings of the temporal tests, the bundled articles, and case and spacing variants. */
function trialTexts(): string[] {
  const texts: string[] = [];
  const dir = join(import.meta.dirname);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.test.ts') && x !== 'prefilter.test.ts')) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.){12,})'|"((?:[^"\\\n]|\\.){12,})"/g)) texts.push((m[1] ?? m[2])!.replace(/\\(.)/g, '$1'));
  }
  const articles = join(import.meta.dirname, '../../../content/articles');
  for (const f of readdirSync(articles).filter((x) => x.endsWith('.md'))) texts.push(readFileSync(join(articles, f), 'utf8'));
  const all = texts.join('\n');
  return [all, all.toUpperCase(), all.replace(/ /g, '  '), all.replace(/ /g, '\u00a0'), all.replace(/\b\w/g, (c) => c.toUpperCase())];
}

describe("the temporal stage's own rules", () => {
  const texts = trialTexts();
  // running the stage once registers every parser's rules
  for (const t of texts) extractTimexes(t, { dct: '2025-11-23' });
  const rules = knownRules();

  it('most rules are tried at their start words', () => {
    expect(rules.length).toBeGreaterThan(30);
    expect(rules.filter(hasStartWords).length / rules.length).toBeGreaterThan(0.85);
  });
  it('a rule whose context lies before its core looks behind or takes leading words, so it too has start words', () => {
    // ('the 17th-century palace', 'at the time', 'Overnight, ...', 'the lowest in decades', 'after weeks of', 'Youth Day, 16 June')
    for (const name of ['century', 'past-ref', 'overnight', 'duration-bare-plural', 'named-day']) {
      const named = rules.filter((r) => r.name === name);
      expect(named.length, name).toBeGreaterThan(0);
      expect(named.filter((r) => !hasStartWords(r)).map((r) => r.re.source.slice(0, 40)), name).toEqual([]);
    }
  });
  it('every rule finds, at its start words, exactly the matches of a full scan', () => {
    expect(texts[0]!.length).toBeGreaterThan(20_000);
    for (const text of texts) {
      const ctx = { text, dct: parseDct('2025-11-23') };
      for (const rule of rules) {
        const got = [...matchesOf(rule, ctx)].map((m) => [m.index, m[0]]);
        expect({ rule: rule.name, matches: got }).toEqual({ rule: rule.name, matches: scanned(rule.re, text) });
      }
    }
  });
});

describe('start words kept between processes', () => {
  // Each test loads the temporal stage afresh, as a new process would: its rules not yet registered.
  const fresh = async () => {
    vi.resetModules();
    const rules = await import('../../../src/timeline/temporal/rules.ts');
    const { extractTimexes: extract } = await import('../../../src/timeline/temporal/index.ts');
    return { rules, extract };
  };
  const text = trialTexts()[0]!;
  const dct = '2025-11-23';

  it('a table from one process, through JSON, primes another: no regex analysed again, the same timexes', async () => {
    const first = await fresh();
    const expected = first.extract(text, { dct });
    const { table, computed } = first.rules.startWordsTable();
    expect(computed).toBeGreaterThan(30);
    expect(Object.keys(table).length).toBe(computed);

    const second = await fresh();
    expect(second.rules.primeStartWords(JSON.parse(JSON.stringify(table)))).toBe(computed);
    expect(second.extract(text, { dct })).toEqual(expected);
    expect(second.rules.startWordsTable().computed).toBe(0);
  });

  it('entries of the wrong shape are ignored and their regexes analysed again', async () => {
    const first = await fresh();
    const expected = first.extract(text, { dct });
    const { table } = first.rules.startWordsTable();
    const keys = Object.keys(table).filter((k) => table[k] !== null);
    const damaged: Record<string, unknown> = { ...table, [keys[0]!]: { words: 'day', prefixes: [], digits: false }, [keys[1]!]: { words: [['day', [1]]], prefixes: [], digits: false } };

    const second = await fresh();
    expect(second.rules.primeStartWords(damaged)).toBe(keys.length + (Object.keys(table).length - keys.length) - 2);
    expect(second.rules.primeStartWords('not a table')).toBe(0);
    expect(second.extract(text, { dct })).toEqual(expected);
    expect(second.rules.startWordsTable().computed).toBe(2);
  });

  it('the first rule run registers every declared rule, so one scan of a text serves them all', async () => {
    const { rules } = await fresh();
    expect(rules.knownRules()).toEqual([]);
    const declared = rules.startWordsTable().table;
    vi.resetModules();
    const again = await import('../../../src/timeline/temporal/rules.ts');
    await import('../../../src/timeline/temporal/index.ts');
    expect(again.knownRules()).toEqual([]);
    // run one parser's rules only: every parser's rules are registered with them
    const { clockParser } = await import('../../../src/timeline/temporal/parsers/clock.ts');
    clockParser({ text: 'at 9 a.m. on Friday', dct: parseDct(dct) });
    expect(again.knownRules().length).toBeGreaterThanOrEqual(Object.keys(declared).length);
  });
});
