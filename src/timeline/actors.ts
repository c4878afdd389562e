/**
 * Actors of a sentence: people and organisations named in it, normalised (titles and possessives
 * dropped, deduplicated) and expanded to the full name the article uses elsewhere for a bare
 * surname or given name.
 *
 * Finding them is rule-based over capitalised word sequences, with compromise's lexicon (given names,
 * surnames, organisations, places, organisation words) as the gazetteer; compromise's tagger is not
 * run (tagging a sentence costs ~100 µs per word: at 0.1 MB/s it was 85% of the pipeline's time).
 */
import nlp from 'compromise';
import { DATELINE, NAME_TITLES, REPORTING_VERBS, STOP_WORDS } from './constants.ts';
import { cmp } from './order.ts';

/** Remove possessives, surrounding punctuation and (for people) leading titles from a name found by the tagger. */
export function normaliseName(raw: string, person = true): string {
  const initialism = /(?:^|\s)(?:\p{L}\.){2,}$/u.test(raw.trim());
  let s = raw
    .replace(/[’']s\b/g, '')
    .replace(/[’']$/, '')
    .replace(/^[\s"“”‘’'(\[,.;:—–-]+|[\s"“”‘’')\],.;:—–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "U.S.": an initialism keeps its final dot
  if (initialism && !s.endsWith('.')) s += '.';
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
  CAP_SEQ.lastIndex = 0;
  for (let m = CAP_SEQ.exec(text); m; m = CAP_SEQ.exec(text)) {
    const raw = m[0].split(/\s+/).map(cleanToken).filter(Boolean);
    const lower = raw.map((w) => w.toLowerCase());
    let titled = false;
    let i = 0;
    while (i < raw.length - 1 && (NAME_TITLES.has(lower[i]!) || STOP_WORDS.has(lower[i]!))) {
      if (NAME_TITLES.has(lower[i]!)) titled = true;
      i++;
    }
    // a preceding lower-case title ("former president Maria Lindqvist")
    if (NAME_TITLES.has(wordBefore(text, m.index))) titled = true;
    if (lower.slice(i).some((w) => STOP_WORDS.has(w) || NAME_TITLES.has(w))) continue;
    out.push({ titled, words: raw.slice(i) });
  }
  return out;
}

/** The word just before `index` (within 20 characters), lower-cased, without a possessive. */
function wordBefore(text: string, index: number): string {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, index - 20), index));
  return m ? m[1]!.toLowerCase().replace(/[’']s$/, '') : '';
}

const WORD_BEFORE = /(\S+)\s*$/;

/** Index of full names in an article's prose (one string per sentence): surname → the most frequent "Given [X.] Surname" spelling. */
export function fullNameIndex(sentences: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const seq of sentences.flatMap(capitalisedSequences)) {
    let words = seq.words;
    if (words.length >= 3 && roleWord(words[0]!)) words = words.slice(1);
    if (words.length < 2 || words.length > 4) continue;
    const surname = words[words.length - 1]!;
    if (surname.length < 3 || /\.$/.test(surname)) continue;
    const name = words.join(' ');
    const m = counts.get(surname) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + 1);
    counts.set(surname, m);
  }
  const index = new Map<string, string>();
  const given = new Map<string, Set<string>>();
  for (const [surname, m] of counts) {
    const best = [...m.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]!;
    index.set(surname, best[0]);
    const first = best[0].split(' ')[0]!;
    if (!/\.$/.test(first) && first.length >= 3) given.set(first, (given.get(first) ?? new Set()).add(best[0]));
  }
  // a given name the article uses for exactly one full name ("Vladimir" → "Vladimir Putin"); surnames win
  for (const [first, fulls] of [...given].sort((a, b) => cmp(a[0], b[0]))) {
    if (fulls.size === 1 && !index.has(first)) index.set(first, [...fulls][0]!);
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

/** Expand a bare surname (or given name) to the full name the article uses, when there is exactly one. */
function expand(name: string, names: Map<string, string>, candidates: string[]): string {
  if (name.includes(' ')) return name;
  // a full name in the same sentence wins
  const inSentence = candidates.find((c) => c !== name && (c.endsWith(` ${name}`) || c.startsWith(`${name} `)));
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

interface Lexicon {
  words: Record<string, string | string[] | undefined>;
  orgWords: Record<string, boolean | undefined>;
}

let lexicon: Lexicon | undefined;
/** compromise's lexicon, loaded once (its world is shared; nothing is tagged). */
function lex(): Lexicon {
  if (!lexicon) {
    const world = nlp.world() as unknown as { model: { one: { lexicon: Lexicon['words'] }; two: { orgWords: Lexicon['orgWords'] } } };
    lexicon = { words: world.model.one.lexicon, orgWords: world.model.two.orgWords };
  }
  return lexicon;
}

function tagsOf(word: string): string[] {
  const t = lex().words[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
const NAME_TAGS = new Set([...GIVEN, 'LastName', 'ProperNoun']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Demonym', 'Month', 'WeekDay', 'Date', 'Holiday', 'Currency', 'Unit']);
/** Upper-case words that are not organisations (time zones, units, meridiems). */
const NOT_ACRONYMS = new Set(['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'CET', 'CEST', 'EET', 'EEST', 'BST', 'AM', 'PM', 'TV', 'OK', 'ID', 'PDF', 'AI', 'ET', 'CT', 'MT', 'PT', 'HT', 'AKT', 'UK', 'US', 'USA', 'UAE']);

const has = (tags: string[], set: Set<string>): boolean => tags.some((t) => set.has(t));

/** Whether compromise's lexicon knows the word as a given name ("Mary", "Jean"). */
export function isGivenName(word: string): boolean {
  return has(tagsOf(word), GIVEN);
}

/**
 * A capitalised sequence's kind: a person ("Maria Lindqvist", a titled name, a surname the article
 * spells out in full elsewhere), an organisation (one the lexicon knows, one ending in an
 * organisation word — "Federal Railway Authority" — or an acronym), or neither (places, days,
 * sentence-initial common words).
 */
function classify(words: string[], titled: boolean, names: Map<string, string>): 'person' | 'org' | null {
  const phrase = words.join(' ');
  const whole = tagsOf(phrase);
  if (has(whole, ORG_TAGS)) return 'org';
  if (has(whole, PLACE_TAGS)) return null;
  const last = words[words.length - 1]!;
  if (words.length >= 2 && lex().orgWords[last.toLowerCase()]) return 'org';
  if (words.length === 1 && /^[A-Z][A-Z0-9&]{1,5}$/.test(last) && !NOT_ACRONYMS.has(last)) return 'org';
  if (titled && words.length <= 4) return 'person';
  const tags = words.map(tagsOf);
  if (tags.some((t) => has(t, PLACE_TAGS) && !has(t, NAME_TAGS))) return null;
  if (words.length >= 2 && words.length <= 4) {
    // every word a name or unknown to the lexicon, and at least one of them a name or unknown
    if (tags.every((t, k) => t.length === 0 || has(t, NAME_TAGS) || /^\p{Lu}\.?$/u.test(words[k]!) || PARTICLE.test(words[k]!))) return 'person';
    if (has(tags[0]!, GIVEN) && tags.slice(1).every((t) => t.length === 0 || has(t, NAME_TAGS))) return 'person';
    return null;
  }
  if (words.length === 1) {
    if (has(tags[0]!, GIVEN) || has(tags[0]!, new Set(['LastName']))) return 'person';
    const full = names.get(last);
    if (full && full !== last) return 'person';
  }
  return null;
}

/** Lower-case particles inside a name ("Ursula von der Leyen", "Ahmed bin Salman"). */
const PARTICLES = 'von|van|der|den|de|del|della|di|da|du|dos|bin|ibn|al|el|le|la|ter|ten';
const NAME_SEQ = new RegExp(`\\p{Lu}[\\p{L}\\p{N}’'.&-]*(?:\\s+(?:(?:${PARTICLES})\\s+)*\\p{Lu}[\\p{L}\\p{N}’'.&-]*)*`, 'gu');
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);

/** Words that may start a sentence in upper case without being part of a name. */
function commonWord(word: string): boolean {
  if (STOP_WORDS.has(word.toLowerCase())) return true;
  const t = tagsOf(word);
  return t.length > 0 && !has(t, NAME_TAGS) && !has(t, ORG_TAGS) && !has(t, PLACE_TAGS);
}

/** An occupation ("Analyst", "Epidemiologist", "Councilmember"): the lexicon's actors, or an unknown agent noun. */
function roleWord(word: string): boolean {
  const t = tagsOf(word);
  if (has(t, GIVEN)) return false;
  return t.includes('Actor') || (t.length === 0 && /(?:ist|ian|member|man|woman|person)$/i.test(word));
}

/** A descriptor that may start an organisation's name ("European Commission", "U.S. Army"). */
function demonym(word: string): boolean {
  const lw = word.toLowerCase();
  return lw === 'u.s.' || lw === 'u.s' || has(tagsOf(word), new Set(['Demonym', 'Country']));
}

function nameToken(w: string): string {
  // keep the final dot of an initialism ("U.S.") or an initial ("R."); drop possessives and trailing punctuation
  const t = w.replace(/[’']s$/, '').replace(/[’']$/, '').replace(/[,;:]+$/, '');
  return /^(\p{L}\.)+$/u.test(t) ? t : t.replace(/\.+$/, '');
}

/** People and organisations named in a sentence, normalised and deduplicated. */
export function sentenceActors(text: string, names: Map<string, string>): string[] {
  // a dateline ("HOUSTON —", "ST. LOUIS (AP) —") says where the story was filed, not who acted
  const dateline = DATELINE.exec(text);
  const sentence = dateline ? ' '.repeat(dateline[0].length) + text.slice(dateline[0].length) : text;
  const people: string[] = [];
  const orgs: string[] = [];
  const add = (words: string[], titled: boolean): void => {
    if (words.length === 0) return;
    // an occupation before a full name ("Epidemiologist Nadia Corriveau") describes the person
    if (words.length >= 3 && roleWord(words[0]!)) {
      add(words.slice(1), true);
      return;
    }
    const kind = classify(words, titled, names);
    if (kind === 'person') people.push(words.join(' '));
    else if (kind === 'org') orgs.push(words.join(' '));
    else if (words.length > 1 && demonym(words[0]!)) add(words.slice(1), false);
  };
  for (const m of sentence.matchAll(NAME_SEQ)) {
    const raw = m[0].split(/\s+/).map(nameToken).filter(Boolean);
    // a preceding lower-case title ("former president Maria Lindqvist")
    let titled = NAME_TITLES.has(wordBefore(sentence, m.index));
    // a sentence-initial common word ("Officials", "After") is not part of a name
    const atStart = /^[\s"“‘'(\[]*$/.test(sentence.slice(0, m.index));
    let i = atStart && commonWord(raw[0]!) && !NAME_TITLES.has(raw[0]!.toLowerCase()) ? 1 : 0;
    // chunks between titles and function words ("European Commission | President | Ursula von der Leyen")
    let chunk: string[] = [];
    for (; i < raw.length; i++) {
      const w = raw[i]!;
      const lw = w.toLowerCase();
      const next = raw[i + 1]?.toLowerCase();
      // a title word that ends an organisation's name ("U.S. Army") is part of it
      const orgEnd = chunk.length > 0 && lex().orgWords[lw] === true && (next === undefined || STOP_WORDS.has(next));
      const title = (NAME_TITLES.has(lw) || NAME_TITLES.has(lw.replace(/\.$/, ''))) && !demonym(w) && !orgEnd;
      if (title || (STOP_WORDS.has(lw) && !PARTICLE.test(w))) {
        add(chunk, titled);
        chunk = [];
        titled = title;
        continue;
      }
      chunk.push(w);
    }
    add(chunk, titled);
  }
  // the subject of a reporting verb ("Okafor said", "The ministry said") is a person or an organisation
  for (const s of reportingSubjects(sentence)) {
    const words = normaliseName(s, false).split(' ');
    while (words.length > 1 && (roleWord(words[0]!) || commonWord(words[0]!))) words.shift();
    const n = words.join(' ');
    if (!n || people.includes(n) || orgs.includes(n)) continue;
    const kind = classify(n.split(' '), false, names);
    if (kind === 'person') people.push(n);
    else if (kind === 'org' || (!commonWord(n) && !has(tagsOf(n), PLACE_TAGS))) orgs.push(n);
  }
  return finish(
    people.map((n) => normaliseName(n)).filter(Boolean),
    orgs.map((n) => normaliseName(n, false)).filter(Boolean),
    names,
  );
}

function finish(peopleIn: string[], orgsIn: string[], names: Map<string, string>): string[] {
  const people = peopleIn.map((p) => expand(p, names, peopleIn));
  const orgs = orgsIn
    .map((n) => expand(n, names, people))
    .filter((n) => !people.some((p) => p === n || p.endsWith(` ${n}`) || n.endsWith(` ${p}`)));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const a of [...people, ...orgs]) {
    const key = a.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(a);
    }
  }
  // a bare surname or given name already covered by a full name is dropped
  return out.filter((a) => a.includes(' ') || !out.some((b) => b !== a && (b.endsWith(` ${a}`) || b.startsWith(`${a} `))));
}
