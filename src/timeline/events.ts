/**
 * Stage 3 — candidate events: a sentence that places something on a day becomes a candidate event
 * on that day (one per day it names), with kind, part of day / time, actors, title and citation.
 * Headings, captions, code and raw HTML are never event sentences; week, month, year, duration and
 * set values are never placed on a day.
 */
import type { AnalyzedArticle, Citation, EventKind, PartOfDay } from './types.ts';
import type { Timex } from './temporal/index.ts';
import { DATELINE, FUTURE_CUES, REPORTING_VERBS } from './constants.ts';
import { fullNameIndex, sentenceActors } from './actors.ts';
import { sentenceAt } from './segment.ts';

/** An event as found in one sentence of one article, before merging. */
export interface CandidateEvent {
  article: string;
  /** The article's calendar day (for ordering and the content-match window). */
  articleDay: string;
  date: string;
  kind: EventKind;
  /** The expression is a deadline ("until", "by", "deadline"). */
  deadline: boolean;
  partOfDay?: PartOfDay;
  time?: string;
  timeZone?: string;
  title: string;
  /** The clause that says what happened (the untrimmed title), weighted up when matching reports. */
  core: string;
  actors: string[];
  citation: Citation;
  related: string[];
}

/** What the event stage reads of a temporal expression (see `Timex` in temporal/). */
export interface DayRef {
  day: string;
  partOfDay?: PartOfDay;
  time?: string;
}

const PART_OF_DAY: Record<string, PartOfDay> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

/**
 * The calendar day a TIMEX3 value places something on, or null for weeks, months, years,
 * durations, sets and anything vaguer than a day. `mod` START/END on a bare day give morning/evening
 * ("early on May 4", "late May 3").
 */
export function dayRef(timex: Pick<Timex, 'value'> & { mod?: string | undefined; type?: string | undefined }): DayRef | null {
  if (timex.type && /^(DURATION|SET)$/i.test(timex.type)) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(?:(MO|AF|EV|NI)|(\d{2}:\d{2})(?::\d{2})?))?/.exec(timex.value);
  if (!m || m[0].length < timex.value.replace(/(Z|[+-]\d{2}:?\d{2})$/, '').length) return null;
  const ref: DayRef = { day: m[1]! };
  if (m[2]) ref.partOfDay = PART_OF_DAY[m[2]]!;
  if (m[3]) ref.time = m[3];
  if (!ref.partOfDay && !ref.time && timex.mod) {
    if (/^(END|LATE)$/i.test(timex.mod)) ref.partOfDay = 'evening';
    else if (/^(START|EARLY)$/i.test(timex.mod)) ref.partOfDay = 'morning';
  }
  return ref;
}

/**
 * The part of day a clock time falls in (05:00 morning, 12:00 afternoon, 17:00 evening, 21:00 to 05:00
 * night): a stated time is more precise than the words around it ('at 7:30 tonight' is evening).
 */
export function partOfDayAt(time: string): PartOfDay {
  const h = Number(time.slice(0, 2));
  return h >= 5 && h < 12 ? 'morning' : h >= 12 && h < 17 ? 'afternoon' : h >= 17 && h < 21 ? 'evening' : 'night';
}

/** Irregular simple pasts a fronted 'By Friday, ...' clause reports with. */
const SIMPLE_PAST = /^(?:felt|came|went|made|took|got|began|saw|won|lost|fell|rose|left|found|gave|ran|held|met|knew|became|brought|built|sent|spent|kept|stood|grew|drew|broke|spoke|wrote|struck|fought|paid|sold|bought|led|hit|cut|shut|quit|put|set)$/;

/** Participles after 'had' that set a deadline rather than report something done by it ('had asked for a reply by Friday'). */
const DIRECTIVE = /^(?:given|granted|asked|told|ordered|urged|demanded|requested|called|set|scheduled|planned|promised|pledged|vowed|agreed|expected|hoped|wanted|needed|sought|instructed|directed|required|allowed)$/i;

/**
 * 'By 6 a.m., the storm had weakened', 'crews had restored power by Friday', 'by mid-morning, cars were
 * crawling north', 'roads were jammed by 6 a.m.': what a past-perfect, past-progressive or past passive
 * clause reports done by a day is no deadline.
 */
function doneBy(sentence: string, start: number, end: number): boolean {
  if (!/\bby\s+(?:the\s+|this\s+)?$/i.test(sentence.slice(Math.max(0, start - 12), start))) return false;
  const verb = (w: string | undefined, next: string | undefined): boolean =>
    (w === 'had' && !!next && !DIRECTIVE.test(next) && !/^(?:to|not|no|until|till)$/i.test(next)) ||
    (/^(?:was|were)$/.test(w ?? '') && (/^[a-z]+ing$/.test(next ?? '') || (/^[a-z]{3,}ed$/.test(next ?? '') && !DIRECTIVE.test(next!))));
  // fronted ('By Friday, ...'): the first verb of the main clause
  const head = sentence.slice(0, start);
  if (/^\W*by\s+(?:the\s+|this\s+)?$/i.test(head)) {
    const comma = /^[^,;]{0,30},\s*/.exec(sentence.slice(end));
    if (comma) {
      const words = sentence.slice(end + comma[0].length).split(/[^A-Za-z'’-]+/).filter(Boolean).slice(0, 12);
      for (let i = 0; i + 1 < words.length; i++) if (verb(words[i]!.toLowerCase(), words[i + 1]!.toLowerCase())) return true;
      // or a simple past before any modal or present ('By Thursday evening, she felt confident enough to claim victory')
      for (const w of words.map((x) => x.toLowerCase())) {
        if (/^(?:will|would|must|should|shall|can|could|may|might|has|have|is|are|am|needs?|wants?|hopes?|plans?|expects?)$/.test(w)) return false;
        if (SIMPLE_PAST.test(w) || (/^[a-z]{3,}ed$/.test(w) && !DIRECTIVE.test(w))) return true;
      }
    }
    return false;
  }
  // in the clause before 'by': 'had' and its participle (not a directive's)
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), 0)).split(/[^A-Za-z'’-]+/).filter(Boolean);
  for (let i = clause.length - 2; i >= Math.max(0, clause.length - 9); i--) if (verb(clause[i]!.toLowerCase(), clause[i + 1]!.toLowerCase())) return true;
  return false;
}

/** Block kinds whose sentences can report events. */
const EVENT_BLOCKS = new Set(['paragraph', 'listItem', 'blockquote']);

/**
 * Is the expression (at [start, end) in the sentence) a deadline or a plan, rather than the day
 * something happened? `articleDay` decides future days; the words around decide deadlines.
 */
export function classify(sentence: string, start: number, end: number, day: string, articleDay: string): { kind: EventKind; deadline: boolean } {
  const before = sentence.slice(Math.max(0, start - 24), start);
  const after = sentence.slice(end, end + 20);
  const deadline =
    // ('shortly before 11 a.m.', 'just before dawn' say when, not by when)
    /\b(until|till|by|(?<!\b(?:shortly|just|soon|right|moments|minutes|hours|well)\s+)before|no later than|deadline of|due(?: on)?|expires? on|expiring on)\s+(?:the\s+|this\s+|next\s+|coming\s+)?$/i.test(before) ||
    /^[’'s]*\s+(deadline|ultimatum)\b/i.test(after) ||
    (/\b(a|an|the|its|his|her|their)\s+$/i.test(before) && /^\s+(deadline|ultimatum)\b/i.test(after));
  if (deadline && !(day <= articleDay && doneBy(sentence, start, end))) return { kind: 'scheduled', deadline: true };
  if (day > articleDay) return { kind: 'scheduled', deadline: false };
  if (day === articleDay) {
    // "will speak … today", "is scheduled to meet at 3 p.m. today": a plan cue shortly before the
    // expression, in the same clause (no comma in between)
    const near = sentence.slice(Math.max(0, start - 90), start);
    const lastBreak = Math.max(near.lastIndexOf(','), near.lastIndexOf(';'), near.lastIndexOf('—'));
    if (FUTURE_CUES.test(near.slice(lastBreak + 1))) return { kind: 'scheduled', deadline: false };
  }
  return { kind: 'occurred', deadline: false };
}

const TITLE_MAX = 90;

/** Remove the expression (and the preposition that introduces it) from a sentence, for titles. */
function withoutExpression(sentence: string, start: number, end: number, keep: boolean): string {
  // 'suspected in Monday's robbery': a possessive day belongs to its noun
  if (keep || /^['\u2019]s\b/.test(sentence.slice(end))) return sentence;
  let s = start;
  const before = sentence.slice(0, start);
  const m = /(?:,\s*)?\b(?:(?:late|early|earlier|later|less than|more than|just|only|shortly|soon|right|well)\s+)?(?:on|in|during|at|over|since|from|through|throughout|after|this|last|late|early)?\s*(?:the\s+)?$/i.exec(before);
  if (m) s = m.index;
  let e = end;
  // '9 p.m. local time': the zone words go with the time
  const zone = /^\s+local time\b/i.exec(sentence.slice(e));
  if (zone) e += zone[0].length;
  if (/^,/.test(sentence.slice(e)) && (s === 0 || /,\s*$/.test(sentence.slice(0, s + 2)))) e += 1;
  return (sentence.slice(0, s) + ' ' + sentence.slice(e)).replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ').trim();
}

/** A subordinate clause after the main one: its conjunction, a short subject (1), its verb (2). */
const TRAILING_CLAUSE = /\s(?:after|before|when|once|because|as soon as)\s+((?:[A-Z][\w'\u2019-]*|the|its|his|her|their|a|an)(?:\s+[\w'\u2019$-]+){0,3}?)\s+([a-z]+)\b/g;

/** The noun phrase a relative clause is told of: a determiner and up to five words, or a name, right before its comma. */
const OBJECT_NP = /(?:\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+|\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})$/;

/** "Subject, who|which <clause>, <lower-case predicate>": the subject (1), the clause (2), the comma after it (3). */
const RELATIVE_AFTER_SUBJECT = /^([^,]{2,60}?),\s*(?:who|which)\s+([^,]{3,160}?)(,\s*)(?=[a-z])/;

/** Cut attribution tails and appended clauses, trim to ~90 characters at a word boundary. */
export function makeTitle(sentence: string, start: number, end: number, keepExpression: boolean): string {
  return shorten(coreClause(sentence, start, end, keepExpression));
}

/** Shorten to ~90 characters at a word boundary, with an ellipsis. */
function shorten(t: string): string {
  if (t.length <= TITLE_MAX) return t;
  const sp = t.lastIndexOf(' ', TITLE_MAX - 1);
  return `${t.slice(0, sp > 40 ? sp : TITLE_MAX - 1).replace(/[\s,;:—–-]+$/, '')}…`;
}


/**
 * The clause that says what happened: the reported complement when the day sits in it, without a
 * leading subordinate clause, attribution ("according to …", "…, he said") or appended clauses.
 */
export function coreClause(sentence: string, start: number, end: number, keepExpression: boolean): string {
  let focus = sentence;
  let s = start;
  let e = end;
  // A dateline opening the lede ("WASHINGTON —", "ST. LOUIS (AP) —", "KYIV, Ukraine —") is where, not what.
  const dateline = DATELINE.exec(focus);
  if (dateline && start >= dateline[0].length && focus.length - dateline[0].length > 20) {
    focus = focus.slice(dateline[0].length);
    s -= dateline[0].length;
    e -= dateline[0].length;
  }
  // A day inside a reported complement ("X said on May 2 that Y had until May 30"): the complement is the event.
  const complement = new RegExp(`\\b(?:${REPORTING_VERBS})\\b[^.;]*?\\bthat\\s+`, 'ig');
  let cm: RegExpExecArray | null;
  let cut = 0;
  while ((cm = complement.exec(sentence)) !== null) {
    const prefix = sentence.slice(0, cm.index);
    if (cm.index + cm[0].length <= start && /\d|day\b/i.test(sentence.slice(0, cm.index + cm[0].length)) && !/\b(until|by)\b/i.test(prefix)) {
      cut = cm.index + cm[0].length;
    }
  }
  if (cut > 0 && start >= cut) {
    focus = sentence.slice(cut);
    s -= cut;
    e -= cut;
  }
  // "According to X, …": drop the attribution
  const acc = /^According to [^,]{3,80},\s*/.exec(focus);
  if (acc && focus.length - acc[0].length > 25) {
    focus = focus.slice(acc[0].length);
    if (s >= acc[0].length) {
      s -= acc[0].length;
      e -= acc[0].length;
    } else {
      s = e = -1;
    }
  }
  // A leading subordinate clause that holds the expression ("After speaking with X on Monday, Y called …")
  const lead = /^(?:After|Before|While|As|When|Although|Though|Following|During)\b/.exec(focus);
  if (lead) {
    const comma = focus.indexOf(', ', Math.max(e, 0));
    if (comma > 0 && focus.length - comma > 40) {
      focus = focus.slice(comma + 2);
      s = e = -1;
    }
  }
  // A subject with a relative clause between commas ("Rovers, who sacked their manager in December, face Town on
  // 4 March"): the clause is the event when the day sits in it ("Rovers sacked their manager"), else it is left out
  // ("Rovers face Town"; also when the day is in the subject: "The talks on Monday, which lasted six hours, ended …")
  const rel = RELATIVE_AFTER_SUBJECT.exec(focus);
  if (rel) {
    const subject = rel[1]!;
    const clauseAt = rel[0].length - rel[3]!.length - rel[2]!.length;
    const clauseEnd = clauseAt + rel[2]!.length;
    if (s >= clauseAt && e <= clauseEnd) {
      focus = `${subject} ${rel[2]}`;
      s += subject.length + 1 - clauseAt;
      e += subject.length + 1 - clauseAt;
    } else if (s >= rel[0].length || e <= subject.length) {
      focus = `${subject} ${focus.slice(rel[0].length)}`;
      if (s >= rel[0].length) {
        s += subject.length + 1 - rel[0].length;
        e += subject.length + 1 - rel[0].length;
      }
    }
  }
  // A day in a relative clause after an object ("had failed to plan for the new timetable, which came into force on
  // 20 May last year", "struck after a marathon session that began Tuesday morning"): the clause is the event, told
  // of the noun it follows ("The new timetable came into force", "A marathon session began")
  if (s > 0) {
    // (also 'a marathon session that began Tuesday morning': 'that' right before a past verb)
    let thatAt = focus.lastIndexOf(' that ', s);
    while (thatAt >= 0) {
      const verb = /^\s+that\s+([a-z]+)\b/.exec(focus.slice(thatAt))?.[1] ?? '';
      if (/^[a-z]{3,}ed$/.test(verb) || SIMPLE_PAST.test(verb)) break;
      thatAt = thatAt > 0 ? focus.lastIndexOf(' that ', thatAt - 1) : -1;
    }
    const at = Math.max(focus.lastIndexOf(', which ', s), focus.lastIndexOf(', who ', s), thatAt);
    const clauseFrom = at >= 0 ? focus.indexOf(' ', at + 2) + 1 : -1;
    const clauseTo = at >= 0 ? (() => { const c = focus.indexOf(', ', e); return c >= 0 ? c : focus.length; })() : -1;
    const np = at > 0 ? OBJECT_NP.exec(focus.slice(0, at)) : null;
    // (the clause's own subject, 'which it announced on Monday', would make no title of the noun)
    const ownSubject = /^(?:(?:it|he|she|they|we|i|you|the|a|an|its|his|her|their|this|that)\b|[A-Z])/.test(focus.slice(clauseFrom, clauseFrom + 6));
    if (np && at >= 20 && clauseFrom <= s && !ownSubject && !focus.slice(clauseFrom, s).includes(', ')) {
      focus = `${np[0]} ${focus.slice(clauseFrom, clauseTo)}`;
      const shift = np[0].length + 1 - clauseFrom;
      s += shift;
      e += shift;
    }
  }
  // A day in a trailing clause with a subject and a past verb of its own is that clause's ("Corvex pulled out on
  // Friday night after Halvorsen lifted its bid on Thursday": on Thursday, Halvorsen lifted its bid)
  if (s > 0) {
    let sub: RegExpExecArray | null;
    let last: RegExpExecArray | undefined;
    TRAILING_CLAUSE.lastIndex = 0;
    while ((sub = TRAILING_CLAUSE.exec(focus)) !== null && sub.index + sub[0].length <= s) {
      const verb = sub[2]!;
      if (sub.index >= 12 && (/^[a-z]{3,}ed$/.test(verb) || SIMPLE_PAST.test(verb))) last = sub;
    }
    if (last) {
      const at = last.index + last[0].length - last[1]!.length - 1 - last[2]!.length;
      focus = focus.slice(at);
      s -= at;
      e -= at;
    }
  }
  let t = s >= 0 ? withoutExpression(focus, s, e, keepExpression) : focus;
  t = t
    .replace(new RegExp(`,\\s*(?:saying|adding|noting|according to|which|who|calling|describing|insisting|stressing|explaining)\\b.*$`, 'i'), '')
    .replace(new RegExp(`,\\s*(?:[a-z]+\\s+){0,3}(?:${REPORTING_VERBS})\\.?[”"’]?$`, 'i'), '')
    .replace(/\s[—–]\s.*$/, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The calendar day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Candidate events of one analyzed article. */
export function candidateEvents(a: AnalyzedArticle): CandidateEvent[] {
  const bySentence = new Map<number, { timex: Timex; ref: DayRef }[]>();
  let previousTime: Timex | undefined;
  for (const t of a.timexes) {
    // '11:40 p.m. CDT Tuesday (12:40 a.m. EDT Wednesday)': the same moment told in another zone, no happening of its own
    const restated = previousTime !== undefined && t.type === 'TIME' && /^\s*\(\s*$/.test(a.text.slice(previousTime.end, t.start)) && /^\s*\)/.test(a.text.slice(t.end, t.end + 3));
    previousTime = t.type === 'TIME' ? t : undefined;
    if (restated) continue;
    const ref = dayRef(t);
    if (!ref) continue;
    const s = sentenceAt(a.sentences, t.start);
    if (!s || t.end > s.end) continue;
    if (!EVENT_BLOCKS.has(a.blocks[s.block]!.kind)) continue;
    const list = bySentence.get(s.index) ?? [];
    list.push({ timex: t, ref });
    bySentence.set(s.index, list);
  }
  if (bySentence.size === 0) return [];
  const names = fullNameIndex(a.sentences.filter((s) => EVENT_BLOCKS.has(a.blocks[s.block]!.kind)).map((s) => s.text));
  const out: CandidateEvent[] = [];
  const articleDay = a.date.day;
  const zone = a.input.timezone;
  for (const [index, found] of [...bySentence.entries()].sort((x, y) => x[0] - y[0])) {
    const sentence = a.sentences[index]!;
    const actors = sentenceActors(sentence.text, names);
    const perDay = new Map<string, CandidateEvent>();
    for (const { timex, ref: named } of found) {
      const rs = timex.start - sentence.start;
      const re = timex.end - sentence.start;
      const { kind, deadline } = classify(sentence.text, rs, re, named.day, articleDay);
      // 'snow began falling shortly after midnight' (T24:00 of the day before, as TimeML writes the midnight that
      // opened a day): what happened then is on the day it opened, at 00:00 ('expires at midnight' stays the day's end)
      const opened = named.time === '24:00' && kind === 'occurred' ? nextDay(named.day) : undefined;
      const ref: DayRef = opened && opened <= articleDay ? { day: opened, time: '00:00' } : named;
      const existing = perDay.get(ref.day);
      if (existing) {
        // the same day named twice: keep the more precise reading
        if (!existing.time && ref.time) {
          existing.time = ref.time;
          existing.partOfDay = partOfDayAt(ref.time);
          if (zone) existing.timeZone = zone;
        }
        if (!existing.partOfDay && ref.partOfDay) existing.partOfDay = ref.partOfDay;
        continue;
      }
      const citation: Citation = {
        article: a.input.slug,
        sentenceIndex: index,
        sentence: sentence.text,
        expression: a.text.slice(timex.start, timex.end),
        expressionStart: timex.start,
        expressionEnd: timex.end,
        match: 'date',
      };
      const ev: CandidateEvent = {
        article: a.input.slug,
        articleDay,
        date: ref.day,
        kind,
        deadline,
        core: coreClause(sentence.text, rs, re, deadline || kind === 'scheduled'),
        title: '',
        actors,
        citation,
        related: [],
      };
      ev.title = shorten(ev.core);
      if (ref.partOfDay) ev.partOfDay = ref.partOfDay;
      if (ref.time) {
        ev.time = ref.time;
        ev.partOfDay = partOfDayAt(ref.time);
        if (zone) ev.timeZone = zone;
      }
      perDay.set(ref.day, ev);
    }
    const evs = [...perDay.values()];
    // A deadline and the day it was set, in one sentence, point at each other.
    if (evs.length > 1 && evs.some((e) => e.deadline)) {
      for (const e of evs) e.related = evs.filter((o) => o !== e && (e.deadline || o.deadline)).map((o) => o.date).sort();
    }
    out.push(...evs);
  }
  return out;
}
