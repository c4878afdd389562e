/**
 * Actors of a sentence: people and organisations named in it, found with compromise (run once per
 * event sentence, never per token), normalised (titles and possessives dropped, deduplicated) and
 * expanded to the full name the article uses elsewhere for a bare surname.
 */
import nlp from 'compromise';
import { NAME_TITLES, REPORTING_VERBS, STOP_WORDS } from './constants.ts';

/** Remove possessives, surrounding punctuation and (for people) leading titles from a name found by the tagger. */
export function normaliseName(raw: string, person = true): string {
  let s = raw
    .replace(/[’']s\b/g, '')
    .replace(/[’']$/, '')
    .replace(/^[\s"“”‘’'(\[,.;:—–-]+|[\s"“”‘’')\],.;:—–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = s.split(' ');
  // drop leading titles/descriptors but keep at least one word that is not a title
  while (person && words.length > 1 && NAME_TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
  s = words.join(' ');
  if (person && words.length === 1 && NAME_TITLES.has(s.toLowerCase().replace(/\.$/, ''))) return '';
  if (!/\p{Lu}/u.test(s[0] ?? '')) return '';
  return s;
}

const CAP_SEQ = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*/gu;

function cleanToken(w: string): string {
  return w.replace(/[’']s$/, '').replace(/[’'.,]+$/, '');
}

/**
 * Capitalised word sequences of a text split into (title words, name words): "Finnish President
 * Maria Lindqvist" → name "Maria Lindqvist" preceded by titles. Sequences that start a sentence are
 * kept too; function words break a sequence.
 */
function capitalisedSequences(text: string): { titled: boolean; words: string[] }[] {
  const out: { titled: boolean; words: string[] }[] = [];
  for (const m of text.matchAll(CAP_SEQ)) {
    const raw = m[0].split(/\s+/).map(cleanToken).filter(Boolean);
    let titled = false;
    let i = 0;
    while (i < raw.length - 1 && (NAME_TITLES.has(raw[i]!.toLowerCase()) || STOP_WORDS.has(raw[i]!.toLowerCase()))) {
      if (NAME_TITLES.has(raw[i]!.toLowerCase())) titled = true;
      i++;
    }
    // a preceding lower-case title ("former president Maria Lindqvist")
    const before = text.slice(Math.max(0, m.index - 20), m.index).trim().split(/\s+/).pop()?.toLowerCase().replace(/[’']s$/, '') ?? '';
    if (NAME_TITLES.has(before)) titled = true;
    const words = raw.slice(i);
    if (words.some((w) => STOP_WORDS.has(w.toLowerCase()) || NAME_TITLES.has(w.toLowerCase()))) continue;
    out.push({ titled, words });
  }
  return out;
}

/** Index of full names in an article's prose (one string per sentence): surname → the most frequent "Given [X.] Surname" spelling. */
export function fullNameIndex(sentences: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { words } of sentences.flatMap(capitalisedSequences)) {
    if (words.length < 2 || words.length > 4) continue;
    const surname = words[words.length - 1]!;
    if (surname.length < 3 || /\.$/.test(surname)) continue;
    const name = words.join(' ');
    const m = counts.get(surname) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + 1);
    counts.set(surname, m);
  }
  const index = new Map<string, string>();
  for (const [surname, m] of counts) {
    const best = [...m.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]!;
    index.set(surname, best[0]);
  }
  return index;
}

/** Names introduced by a title in a sentence ("Turkish President Tayyip Erdogan", "Sen. Jane Roe"). */
export function titledNames(sentence: string): string[] {
  return capitalisedSequences(sentence)
    .filter((s) => s.titled && s.words.length >= 1 && s.words.length <= 4)
    .map((s) => s.words.join(' '));
}

const REPORTING_SUBJECT = new RegExp(`(?:^|[,;:—–]\\s*|\\b(?:the|The)\\s+)((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'.-]*)\\s+(?:${REPORTING_VERBS})\\b`, 'gu');

/**
 * Capitalised subjects of a reporting verb ("Okafor said", "The ministry said"): in news prose the
 * subject of "said"/"told"/"wrote" is a person or an organisation.
 */
export function reportingSubjects(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(REPORTING_SUBJECT)) {
    const words = m[1]!.split(/\s+/).map(cleanToken);
    if (words.every((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    while (words.length > 1 && STOP_WORDS.has(words[0]!.toLowerCase())) words.shift();
    if (STOP_WORDS.has(words[0]!.toLowerCase())) continue;
    out.push(words.join(' '));
  }
  return out;
}

/** Expand a bare surname to the full name the article uses, when there is exactly one. */
function expand(name: string, names: Map<string, string>, candidates: string[]): string {
  if (name.includes(' ')) return name;
  // a full name found by the tagger in the same sentence wins
  const inSentence = candidates.find((c) => c !== name && c.endsWith(` ${name}`));
  if (inSentence) return inSentence;
  const full = names.get(name);
  // only accept a person-like expansion (two or three words, each capitalised)
  if (full && /^(\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}-]+$/u.test(full)) return full;
  return name;
}

export interface SentenceActors {
  people: string[];
  organizations: string[];
}

/** People and organisations named in a sentence (compromise), normalised and deduplicated. */
export function sentenceActors(sentence: string, names: Map<string, string>): string[] {
  const doc = nlp(sentence);
  const people = [...(doc.people().out('array') as string[]), ...titledNames(sentence)].map((n) => normaliseName(n)).filter(Boolean);
  const orgs = [...(doc.organizations().out('array') as string[]), ...reportingSubjects(sentence)]
    .map((n) => normaliseName(n, false))
    .map((n) => expand(n, names, people))
    .filter((n) => n && !people.some((p) => p === n || p.endsWith(` ${n}`) || n.endsWith(` ${p}`)));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of people) {
    const full = expand(p, names, people);
    const key = full.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(full);
    }
  }
  for (const o of orgs) {
    const key = o.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(o);
    }
  }
  // a bare surname already covered by a full name is dropped
  return out.filter((a) => a.includes(' ') || !out.some((b) => b !== a && b.endsWith(` ${a}`)));
}
