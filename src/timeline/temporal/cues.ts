/**
 * Tense and modality cues around an expression: decides whether an
 * underspecified expression (a weekday, a month-day without a year, a bare
 * month) points before or after the document date.
 */
import { BASE_FORMS, IRREGULAR_PASTS } from './verb-forms.ts';
import { FIGURES_FOR, MONTH_RE } from './constants.ts';

/** a month name alone, no day or year after it */
const MONTH_ONLY = new RegExp(`^${MONTH_RE}$`);

/** past verbs of telling */
const REPORT_PAST = /^(?:said|told|announced|confirmed|stated|wrote|added|warned|insisted|argued|revealed|disclosed|indicated|reported|testified|acknowledged|admitted|claimed)$/;
const FUTURE_WORDS = new Set([
  'will', "won't", 'wont', 'shall', 'would', "wouldn't", "'ll", 'going', 'scheduled', 'expected', 'expects', 'expect',
  'plan', 'plans', 'planned', 'planning', 'slated', 'due', 'deadline', 'until', 'till', 'by', 'next', 'coming',
  'upcoming', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'set', 'proposed', 'could', 'might', 'may',
  'should', 'must', 'to', 'tomorrow', 'ahead', 'awaiting', 'await', 'awaits', 'resume', 'resumes', 'payable', 'wants',
]);
const PAST_WORDS = new Set([
  'said', 'says', 'was', 'were', 'had', 'did', 'told', 'ago', 'last', 'yesterday', 'since', 'earlier', 'previously',
  'announced', 'reported', 'began', 'came', 'went', 'took', 'made', 'met', 'saw', 'gave', 'left', 'fell', 'rose',
  'won', 'lost', 'held', 'sent', 'spent', 'struck', 'hit', 'killed', 'found', 'became', 'led', 'paid', 'sold',
  'bought', 'brought', 'fought', 'spoke', 'wrote', 'broke', 'ran', 'got', 'stood', 'put', 'knew', 'thought', 'kept',
  'closed', 'ended', 'arrived', 'died', 'agreed', 'rejected', 'released',
  // irregular past participles: 'was born in May', 'a decision taken in June' ('will be born' is skipped after 'be')
  'born', 'taken', 'given', 'seen', 'built', 'shot', 'written', 'chosen', 'stolen', 'broken', 'begun', 'sworn', 'beaten',
  'fallen', 'risen', 'spoken', 'thrown', 'driven',
]);
/** the irregular pasts English has ('fled', 'sought', 'swore', 'withdrawn'), from compromise's lexicon (scripts/verb-forms.ts) */
/** (with the British '-t' pasts: 'had burnt about 800 hectares', 'learnt', 'spelt', and 'drew', which the lexicon lacks) */
const IRREGULAR = new Set([...IRREGULAR_PASTS, 'drew', 'burnt', 'learnt', 'spelt', 'spoilt', 'dreamt', 'leapt', 'knelt', 'spilt', 'dwelt', 'smelt']);
/** a past form, given as written: the lexicon's only in lower case ('Sat 28 Oct' is a day, 'Found' may be a name) */
const isPastWord = (w: string): boolean => PAST_WORDS.has(w.toLowerCase()) || IRREGULAR.has(w);
/** a past participle after 'have' ('been', 'won', 'reached'): a past form or a lower-case '-ed' word */
const isParticiple = (w: string): boolean => w === w.toLowerCase() && (isPastWord(w) || /^[a-z]{2,}ed$/.test(w));
const BASE = new Set(BASE_FORMS);
/** verbs compromise's lexicon knows by their base form ('prepare', 'weaken'), besides the ones listed */
const isInfinitive = (w: string): boolean => INFINITIVES.test(w) || BASE.has(w.toLowerCase());

/** words after the expression that make it a future reference: 'a Thursday deadline' */
const FUTURE_AFTER = /^[^\w.!?;:,\n]{0,3}(?:deadline|deadlines|meeting|summit|vote|election|talks|session|hearing|window|to (?:respond|decide|reply|answer|accept|agree|sign|approve|vote|comply|submit))\b/i;

/** words; a compound's later parts keep their hyphen ('government-held' is 'government', '-held': no verb), a prefix its word ('re-elected') */
const WORD_RE = /\b(?:re|co|pre|un|mis|out|over|under|de|dis)-[A-Za-z']+|[A-Za-z']+|-[A-Za-z']+/gi;
/** past forms that are no event a day can date, but a plan or an auxiliary ('was set Friday to ...', 'postponed until') */
const NO_EVENT_PAST = /^(?:was|were|had|did|last|scheduled|planned|slated|expected|supposed|set|extended|postponed|deferred|adjourned|delayed|moved|rescheduled|pushed|put|needed)$/;
/** a lower-case past verb right before the day, with perhaps a tally or 'on' between: 'voted 68-32 on Tuesday' */
const PAST_VERB_BEFORE = /\b([a-z]{3,})\s+(?:[\d-]+\s+)?(?:on\s+|late\s+|early\s+|at\s+|(?:shortly\s+|just\s+|soon\s+|well\s+)?(?:before|after)\s+)?$/;

/** Lower-case abbreviations whose period ends no sentence: 'Roe vs. Wade', 'approx. 40'. */
const LOWER_ABBREV = /^(?:vs|v|approx|cf)$/;

/** words that follow a clock time inside its sentence: a zone, a day, a month ('9 p.m. EST Thursday', '8 a.m. Nov. 3') */
const CLOCK_FOLLOWER = /^(?:[ECMP][SD]T|ET|CT|PT|GMT|UTC|BST|CET|CEST|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Eastern|Central|Pacific|Mountain|Greenwich)\b/;

/** A period at i ends a sentence: followed by a space or newline, and not 'Mar. 13', 'Mr. Smith', 'Roe vs. Wade'. */
function periodEnds(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== ' ' && next !== '\n') return false;
  const prevWord = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1];
  if (!prevWord) return true;
  // '10:30 a.m. local time', '9 p.m. EST Thursday': a clock time's period ends no sentence unless a new one starts
  if (/(?:^|[^A-Za-z])[aApP]\.[mM]$/.test(text.slice(Math.max(0, i - 4), i))) {
    const next = /^\s+(\S+)/.exec(text.slice(i + 1, i + 24))?.[1] ?? '';
    return /^[A-Z]/.test(next) && !CLOCK_FOLLOWER.test(next);
  }
  if (prevWord.length <= 4 && /^[A-Z]/.test(prevWord)) return false;
  return !LOWER_ABBREV.test(prevWord);
}

/** the farthest any caller looks back for the start of a clause */
const CLAUSE_BACK = 400;
/** the last clause start found, for the text and position it was found at (one expression asks several times) */
let clauseText = '', clausePos = -1, clauseFound = 0;

/**
 * Sentence-ish boundary search: stop at . ! ? ; or a blank line (cheap and local). The nearest boundary within
 * CLAUSE_BACK is found once per position; a shorter reach clips it.
 */
function clauseStart(text: string, pos: number, maxBack: number): number {
  if (maxBack > CLAUSE_BACK) throw new RangeError(`clauseStart reaches back at most ${CLAUSE_BACK} characters`);
  if (text !== clauseText || pos !== clausePos) {
    clauseText = text;
    clausePos = pos;
    clauseFound = nearestClauseStart(text, pos);
  }
  return Math.max(clauseFound, pos - maxBack, 0);
}

function nearestClauseStart(text: string, pos: number): number {
  const lo = Math.max(0, pos - CLAUSE_BACK);
  for (let i = pos - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    // '.', '!', '?', ';', '\n\n'
    if (c === 33 || c === 63 || c === 59) return i + 1;
    if (c === 46 && periodEnds(text, i)) return i + 1;
    if (c === 10 && text.charCodeAt(i - 1) === 10) return i + 1;
  }
  return lo;
}

/** Where the sentence (or clause, at ; : or a line break) holding pos ends, at most maxAhead characters on. */
function sentenceEnd(text: string, pos: number, maxAhead: number): number {
  const hi = Math.min(text.length, pos + maxAhead);
  for (let i = pos; i < hi; i++) {
    const c = text.charCodeAt(i);
    // '!', '?', ';', ':', '\n'
    if (c === 33 || c === 63 || c === 59 || c === 58 || c === 10) return i;
    if (c === 46 && periodEnds(text, i)) return i;
  }
  return hi;
}

export type Direction = 'past' | 'future' | undefined;

/**
 * Look for the nearest tense/modality cue before the expression (same
 * sentence, up to ~10 words) and for deadline-like nouns right after it.
 */
function wordCue(words: string[], i: number, n: number, backward: boolean): Direction | 'skip' {
  const raw = words[i]!;
  const w = raw.toLowerCase();
  // 'Members were told about the plan at meetings on Wednesday': 'plan' as a noun with no infinitive or 'for' after it is
  // what was talked of, no plan for the day ('the plan to reopen on Friday', 'plans for Monday' still are)
  if ((w === 'plan' || w === 'plans') && /^(?:the|a|this|that|its|their|his|her|our|new)$/i.test(words[i - 1] ?? '') && !/^(?:to|for|is|are|calls?)$/i.test(words[i + 1] ?? '')) return 'skip';
  // 'will hold a meeting for affected shoppers at 10am on Saturday': an '-ed' word between a preposition and a noun is
  // the noun's adjective
  if (backward && raw === w && w.endsWith('ed') && /^(?:for|of|with|among|from)$/i.test(words[i - 1] ?? '') && /^[a-z]{3,}$/.test(words[i + 1] ?? '')) return 'skip';
  // 'had moved to a flat near the upcoming station in April': 'upcoming' before a noun of its own is that noun's
  if (backward && w === 'upcoming' && n > 0) return 'skip';
  // 'will fly no earlier than September 22', 'later than Friday': a comparison, no tense
  if ((w === 'earlier' || w === 'later' || w === 'sooner') && /^than$/i.test(words[i + 1] ?? '')) return 'skip';
  if (w === 'to') {
    if (!backward) return 'skip';
    // 'plans to meet Friday' (future) vs 'from Monday to Friday' (neutral): only an infinitive counts
    const nextWord = words[i + 1]?.toLowerCase();
    // 'from 9am to 11pm on Wednesday': the end of a span of hours (the digits are no words here), no infinitive
    if (nextWord && /^(?:am|pm|a|p|m|h|hrs|noon|midnight)$/.test(nextWord)) return 'skip';
    // 'hard to meet', 'unable to attend', 'difficult for the company to meet demand': an infinitive after an
    // adjective of possibility is no plan; look further back ('plans for talks to resume Monday' still is)
    if (ADJ_BEFORE_TO.test(words[i - 1] ?? '')) return 'skip';
    for (let j = i - 2; j >= Math.max(1, i - 4); j--) {
      if (words[j]!.toLowerCase() === 'for') { if (ADJ_BEFORE_TO.test(words[j - 1]!)) return 'skip'; break; }
    }
    // 'the hearing was adjourned to Monday', 'sentencing deferred to August 4', 'pushed back to Friday': what was put off
    // to a day lies ahead of the putting off
    if (n === 0 && (/^(?:postponed|deferred|adjourned|delayed|rescheduled)$/i.test(words[i - 1] ?? '')
      || (/^(?:back|forward)$/i.test(words[i - 1] ?? '') && /^(?:pushed|put|brought|moved)$/i.test(words[i - 2] ?? '')))) return 'future';
    // 'failed to appear', 'refused to meet', 'had to leave': a past verb before the infinitive, not a plan; the
    // verb speaks for the day ('agreed to meet Friday', 'vowed to return' stay plans)
    const prevWord = words[i - 1] ?? '';
    if (prevWord === prevWord.toLowerCase() && (/^[a-z]{3,}ed$/.test(prevWord) || /^(?:had|sought|began|came|got)$/.test(prevWord)) && !PLAN_VERBS.test(prevWord)) return 'skip';
    // 'winds forced NASA to call off the launch early Friday', 'prompted the company to close on Monday': what a past
    // verb of causing made someone do was done; the verb speaks for the day
    if (words.slice(Math.max(0, i - 4), i - 1).some((x) => /^(?:forced|compelled|obliged|prompted|caused|drove|led)$/.test(x))) return 'skip';
    // ('rolled the rocket out to Launch Complex 48': a place, its name capitalised, is no infinitive)
    // (a headline capitalises its verbs: 'Minister to Speak With Envoy on Monday')
    // 'had been due to expire Friday': a plan told in the past perfect; the plan word before decides
    if (PLAN_PARTICIPLE.test(prevWord) && /^(?:been|had|was|were)$/i.test(words[i - 2] ?? '')) return 'skip';
    if (n > 0 && nextWord && (words[i + 1] === nextWord || titleCase(words)) && isInfinitive(nextWord)) return 'future';
    return 'skip';
  }
  if (w === "'ll" || w.endsWith("'ll")) return 'future';
  // 'The Sunday recovery session runs from 10am', 'the Saturday final kicks off at 3pm': a weekday before its noun, the
  // noun's verb in the present tense, is a schedule
  // ('in first half as 142 plate arrives': a clause of its own after 'as' is no noun's verb)
  if (!backward && n >= 1 && n <= 4 && PRESENT_FUTURE_S.test(w) && PRESENT_FUTURE_VERBS.test(w)
    && words.slice(i - n, i).every((x) => /^(?:[a-z]{3,}|[A-Za-z]*['\u2019]s?)$/.test(x) && !DETERMINER_BEFORE.test(x) && !CLAUSE_OPENER.test(x))) return 'future';
  // "she's flying over on Thursday", 'we are meeting them on Monday': a present progressive of an arrangement looks ahead
  if (backward && n <= 4 && /^(?:flying|leaving|arriving|travelling|traveling|coming|returning|visiting|meeting|hosting|holding|opening|launching|starting|heading|moving|marrying|performing|playing|speaking|attending|joining)$/.test(w)
    && (/^(?:is|are|am)$/i.test(words[i - 1] ?? '') || /['\u2019](?:s|re|m)$/i.test(words[i - 1] ?? ''))) return 'future';
  // 'if we lose on Friday', 'unless the talks resume on Monday': a condition in the present tense is about what is
  // to come (a past verb between, 'if talks failed on Friday', is met first and speaks for itself)
  if (backward && (w === 'if' || w === 'unless')) return 'future';
  // 'next to the embassy' is a place
  if (w === 'next' && words[i + 1]?.toLowerCase() === 'to') return 'skip';
  // 'could not be reached Wednesday', 'Neither he nor ... could be located': 'could' as the past of 'can'
  if ((w === 'could' || w === "couldn't") && (w === "couldn't" || /^(?:not|never)$/i.test(words[i + 1] ?? '') || words.slice(Math.max(0, i - 6), i).some((x) => /^(?:neither|nor|nobody)$/i.test(x)))) return 'past';
  // 'as originally planned', 'initially scheduled for Tuesday': a plan seen from whenever; neither word says which way
  if (/^(?:previously|originally|initially)$/.test(w) && PLAN_PARTICIPLE.test(words[i + 1] ?? '')) return 'skip';
  if (PLAN_PARTICIPLE.test(w) && /^(?:previously|originally|initially)$/i.test(words[i - 1] ?? '')) return 'skip';
  // 'within two hours of going on sale', 'going out of business': 'going' says future only before 'to'
  if (w === 'going' && words[i + 1]?.toLowerCase() !== 'to') return undefined;
  if (FUTURE_WORDS.has(w)) {
    // 'should have been done by Friday', 'could have won on Sunday': a modal perfect is a past; 'should have power back by
    // Saturday', 'may have more details Monday' ('have' a full verb, no participle after it) look ahead
    if ((w === 'may' || w === 'could' || w === 'might' || w === 'should' || w === 'must' || w === 'would') && words[i + 1]?.toLowerCase() === 'have'
      && (isParticiple(words[i + 2] ?? '') || /^(?:been|done)$/.test(words[i + 2] ?? ''))) return 'past';
    if (!backward && /^(?:until|till|by|before|next|coming|upcoming|to|set|due|plan|hope|aim|expect)$/.test(w)) return 'skip';
    if (w === 'by' && n > 2) return 'skip'; // 'by' counts only right before the expression
    // 'had lodged their tax returns by Friday', 'had been evacuated by Sunday night': a deadline met in the past perfect
    // is past; the 'had' before it decides
    if (w === 'by' && backward && words.slice(Math.max(0, i - 8), i).some((x, k, a) => /^had$/i.test(x) && (isParticiple(a[k + 1] ?? '') || a[k + 1] === 'been' || (/^(?:already|all|just|nearly|almost)$/i.test(a[k + 1] ?? '') && isParticiple(a[k + 2] ?? ''))) && !PLAN_VERBS.test(a[k + 1] ?? ''))) return 'skip';
    // 'the main was back in service by Tuesday afternoon', 'copies were on sale by Saturday morning': a state reached in
    // the simple past (not 'was expected to be done by Friday', 'were told to leave by Monday')
    if (w === 'by' && backward && n === 0 && stateReachedBy(words, i)) return 'skip';
    // 'rose by 5% on Friday', 'won by 3,000 votes in November': 'by' before an amount is a margin, not a deadline (digits
    // are no words here, so the word after 'by' is the one after the amount)
    if (w === 'by' && n > 0 && !/^(?:about|around|roughly|late|early|mid|the|this|next|then|no|at|as)$/i.test(words[i + 1] ?? '')) return 'skip';
    // 'had been due to expire Friday', 'was scheduled for Monday': a plan seen from the past
    if (/^(?:due|scheduled|expected|set|slated|planned|supposed)$/.test(w) && /^(?:had|was|were|been)$/.test(words[i - 1]?.toLowerCase() ?? '')) return 'past';
    if (w === 'set' && words[i + 1]?.toLowerCase() !== 'to' && words[i + 1]?.toLowerCase() !== 'for') return 'skip';
    if (w === 'may' && raw === 'May') return 'skip';
    return 'future';
  }
  // 'a front is expected on Friday, followed by a cold air mass over the weekend': a participle of order, no past
  if (/^(?:followed|accompanied|preceded)$/.test(w) && /^by$/i.test(words[i + 1] ?? '')) return 'skip';
  // 'will be paid Dec. 14', 'will be held Friday': a participle after 'be' says nothing; look further
  if (isPastWord(raw) && /^(?:be|being)$/i.test(words[i - 1] ?? '') && !/^(?:said|was|were|had|did|last|ago|since|earlier|previously|yesterday)$/.test(w)) return 'skip';
  // 'must be filed or postmarked by midnight Thursday', 'will be carried live and replayed at noon Wednesday': a
  // participle joined to one after 'be' is as tenseless as it
  if (backward && isParticiple(raw) && /^(?:and|or)$/i.test(words[i - 1] ?? '')) {
    for (let j = i - 2; j >= Math.max(1, i - 8); j--) if (/^(?:be|being)$/i.test(words[j - 1]!) && isParticiple(words[j]!)) return 'skip';
  }
  // 'expected to hit the coast Thursday', 'will put the plan to a vote Friday': a past form that is also the verb's
  // base form is no past after an infinitive 'to', a modal or 'do'
  if (BASE_FORM_TOO.test(w) && BEFORE_BASE_FORM.test(words[i - 1] ?? '')) return 'skip';
  // 'expected to last through the weekend', 'will last into Sunday': the verb 'last', not the adjective of 'last week'
  if (w === 'last' && BEFORE_BASE_FORM.test(words[i - 1] ?? '')) return 'skip';
  // 'the damaged areas', 'the county's reserved seats': an '-ed' word after a determiner or a possessive is an
  // adjective; 'will remain closed', 'stays shut': a participle after a verb of state says nothing; look further
  if (raw === w && (w.endsWith('ed') || isPastWord(w)) && ADJECTIVE_SLOT.test(words[i - 1] ?? '')) return 'skip';
  // 'will meet on Wednesday to review fixed deposit rates', 'plans to discuss revised figures on Friday': an '-ed' word
  // right after an infinitive's verb is that verb's object's adjective ('to have resigned on Friday' is a past)
  if (raw === w && (w.endsWith('ed') || isPastWord(w)) && i >= 2 && words[i - 2]!.toLowerCase() === 'to'
    && /^[a-z]+$/.test(words[i - 1]!) && words[i - 1] !== 'have' && !words[i - 1]!.endsWith('ed') && !isPastWord(words[i - 1]!)) return 'skip';
  if (isPastWord(raw)) return 'past';
  // a lower-case '-ed' word is a past tense or participle ('United', 'Ahmed' are not)
  // a passive participle after 'be' ('will be reviewed') says nothing; look further
  // ('to be fully contained by Saturday': an adverb between)
  if (raw === w && w.endsWith('ed') && (/^(?:be|being)$/.test(words[i - 1]?.toLowerCase() ?? '')
    || (/^[a-z]+ly$/.test(words[i - 1] ?? '') && /^(?:be|being)$/i.test(words[i - 2] ?? '')))) return 'skip';
  // 'hope to have the pipeline repaired by Thursday', 'will get the roof fixed by Friday', 'would keep the line staffed over
  // Christmas': a thing to have done or kept so, no past
  if (raw === w && w.endsWith('ed') && toHaveDone(words, i)) return 'skip';
  if (raw === w && w.length > 4 && w.endsWith('ed') && !/^(?:need|speed|seed|feed|breed|proceed|succeed|exceed|indeed|embed|scheduled|expected|planned|proposed)$/.test(w)) return 'past';
  // ('I am to testify Friday'; not the 'am' of '9am to 11pm')
  if (backward && (/^(?:is|are)$/.test(w) || (w === 'am' && words[i - 1] === 'I')) && /^(?:to|due|set|scheduled|expected|slated)$/i.test(words[i + 1] ?? '')) return 'future';
  // 'the changes take effect from Monday', 'a memorial takes place on Saturday', 'the ban comes into force on Monday': a
  // schedule in the present tense
  if (backward && n <= 6 && !BEFORE_BASE_FORM.test(words[i - 1] ?? '') && takesEffect(words, i)) return 'future';
  // 'the company reports first-quarter results on Thursday', 'Apple reports earnings after the bell Tuesday': a
  // company's calendar in the present tense ('reported' would be its past; 'media reports on Thursday' has no results)
  if (backward && n <= 6 && /^(?:reports?|posts?|releases?|announces?|publishes?)$/.test(w)
    && words.slice(i + 1, i + 5).some((x) => /^(?:results|earnings|figures)$/i.test(x))
    && !/^(?:the|a|an|its|their|his|her|media|news|press|these|those|of|in|on|after|before)$/i.test(words[i - 1] ?? '')) return 'future';
  // 'the funeral is on Friday', 'the match is at the weekend', 'Game 5 is Tuesday night': an event placed on a day in the
  // present tense is ahead
  // ('the finals are all on Sunday', 'the two votes are both on Thursday')
  if (backward && /^(?:is|are)$/.test(w) && /^(?:(?:all|both|also|each)\s+)?(?:(?:on|at)\s+)?$/i.test(words.slice(i + 1, i + 1 + n).join(' ') + (n ? ' ' : ''))) return 'future';
  // 'the warning is valid from 22:00 on Tuesday', 'the order is in effect until Friday', 'remains effective through Sunday'
  if (backward && n <= 4 && /^(?:is|are|remains?)$/.test(w) && /^(?:valid|effective|in)$/i.test(words[i + 1] ?? '') && (words[i + 1]!.toLowerCase() !== 'in' || /^(?:effect|force|place)$/i.test(words[i + 2] ?? ''))) return 'future';
  // 'a verdict is likely on Friday', 'rain is forecast for Friday'
  // ('storms are also possible again on Friday')
  if (backward && n <= 3 && /^(?:is|are)$/.test(w) && /^(?:likely|forecast|predicted|expected)$/i.test(words[i + 1] ?? '')) return 'future';
  if (backward && n <= 5 && /^(?:is|are)$/.test(w)
    && /^(?:possible|likely|unlikely|probable)$/i.test((/^(?:also|still|now)$/i.test(words[i + 1] ?? '') ? words[i + 2] : words[i + 1]) ?? '')) return 'future';
  // 'Christmas Day falls on Wednesday', 'the anniversary falls on a Sunday': where a day of the calendar falls
  if (backward && n <= 2 && /^(?:falls|fall)$/.test(w) && /^on$/i.test(words[i + 1] ?? '')
    && /^(?:[A-Z][\w'\u2019]*|day|eve|anniversary|birthday|holiday|deadline|date|festival|year|it|this)$/.test(words[i - 1] ?? '')) return 'future';
  // 'meet Monday' is a schedule; 'the close of business Thursday' is a noun
  // a present tense in -s is a schedule a few words on too ('the president leaves for Asia on Saturday', 'the bill goes to
  // the Senate on Thursday'); a base form only right before ('the two sides meet Monday'), never after 'not' or 'did'
  // ('polls close at 8 p.m. on Tuesday', 'United travel to Leeds on Saturday': a base form a few words on after a
  // plural or a name, its subject)
  if (backward && (n <= 2 || (n <= 7 && PRESENT_FUTURE_S.test(w)) || (n <= 8 && PLURAL_OR_NAME.test(words[i - 1] ?? ''))) && PRESENT_FUTURE_VERBS.test(w)
    && !/^(?:to|the|a|an|its|their|his|her|this|that|each|every|not|never|did|didn't|does|doesn't|do|don't|last|first|next|final|latest|opening|second|third|tax|annual|total|investment|early|late)$/i.test(words[i - 1] ?? '') && words[i + 1]?.toLowerCase() !== 'of'
    // after a preposition it is a noun: 'won by 3,000 votes in November', 'after two plays on Sunday' (digits are no words here)
    && !/^(?:by|of|in|on|at|for|with|from|after|before|over|under|than|into|across|between)$/i.test(words[i - 1] ?? '')
    // after a past verb or an '-ed' adjective it is a noun: 'made unannounced visits on Aug. 12'
    && !(words[i - 1] && words[i - 1] === words[i - 1]!.toLowerCase() && (/^[a-z]{3,}ed$/.test(words[i - 1]!) || isPastWord(words[i - 1]!)))
    // 'shops were open on Sunday': after a past form of 'be' an adjective, no schedule ('are open on Sunday' is one)
    && !(/^(?:open|close)$/.test(w) && /^(?:was|were|been|stayed|remained|kept)$/i.test(words[i - 1] ?? ''))
    // 'Visits on Aug. 12, 13 and 19 were cancelled': a capitalised word opening the sentence is its subject, a noun
    && !(i === 0 && raw !== w && !titleCase(words))) return 'future';
  return undefined;
}

/** 'take(s) effect', 'take(s) place', 'come(s) / enter(s) into force' at word i */
function takesEffect(words: string[], i: number): boolean {
  const w = words[i]!.toLowerCase();
  return (/^(?:take|takes)$/.test(w) && /^(?:effect|place)$/i.test(words[i + 1] ?? ''))
    || (/^(?:come|comes|enter|enters)$/.test(w) && /^into$/i.test(words[i + 1] ?? '') && /^(?:force|effect)$/i.test(words[i + 2] ?? ''));
}

/** Whether a simple past 'was' / 'were' in the eight words before words[i] (a 'by') tells of a state reached, not of a
 * plan or a condition: 'the main was back in service by', not 'was expected to be finished by', 'if … were not found by' */
function stateReachedBy(words: string[], i: number): boolean {
  const lead = words.slice(Math.max(0, i - 8), i);
  const at = lead.findIndex((x) => /^(?:was|were)$/i.test(x));
  return at >= 0 && !lead.some((x) => /^(?:if|unless|once|when|whether)$/i.test(x))
    && !lead.slice(at + 1).some((x) => /^(?:to|expected|due|scheduled|set|supposed|likely|going|planned|told|asked|ordered|hoped|urged|given|meant|able|unable|would|will)$/i.test(x));
}

/** Whether 'to have' / 'will get' / 'would keep' (or another modal's) stands in the six words before words[i]: 'to have the
 * pipeline repaired', 'would keep its helpline staffed' */
function toHaveDone(words: string[], i: number): boolean {
  for (let j = Math.max(1, i - 6); j < i; j++) {
    if (/^(?:have|get|keep|leave)$/i.test(words[j]!) && /^(?:to|will|would|should|must|can|could|'ll)$/i.test(words[j - 1]!)) return true;
  }
  return false;
}

/** words after which a participle is an adjective or a state, no tense: determiners, possessives, quantifiers ('extra
 * guided walks'), verbs of state */
const ADJECTIVE_SLOT = /^(?:the|a|an|its|their|his|our|your|my|these|extra|additional|further|several|more|new|remain|remains|stay|stays|seem|seems|appear|appears|become|becomes|[\w-]+['\u2019]s|[\w-]+s['\u2019])$/i;

/** a subject right before a base form: a plural ('polls', 'talks'; not 'news', 'glass') or a name ('United') */
const PLURAL_OR_NAME = /^(?:[a-z]{3,}[^s'\u2019]s|[A-Z][a-z]+)$/;

/** words that open a clause of their own */
const CLAUSE_OPENER = /^(?:as|and|but|or|nor|when|while|after|before|because|since|if|unless|until|till|that|which|who|whom|where|so|then|with|than|though|although)$/i;

/** past tenses spelt like their base form */
const BASE_FORM_TOO = /^(?:hit|put|cut|set|let|quit|shut|spread|cost|hurt|bid|cast|split|read)$/;
const BEFORE_BASE_FORM = /^(?:to|will|would|could|can|may|might|should|must|shall|cannot|do|does|did|not|won't|wont|wouldn't|can't|couldn't|don't|doesn't|didn't|'ll)$/i;
/** past verbs whose infinitive is still a plan: 'agreed to meet Friday', 'vowed to return Monday' */
const PLAN_VERBS = /^(?:planned|scheduled|expected|hoped|intended|wanted|agreed|promised|vowed|pledged|threatened|decided|voted|asked|urged|ordered|offered|proposed|prepared|invited|called|needed|arranged|aimed|demanded|appealed|moved|pressed|prepared|volunteered|signalled|signaled)$/;
const PLAN_PARTICIPLE = /^(?:planned|scheduled|set|slated|expected|due)$/i;
/** adjectives that take an infinitive of possibility or ability, not of intention ('hard to meet', 'unable to attend') */
const ADJ_BEFORE_TO = /^(?:difficult|hard|easy|easier|harder|impossible|possible|able|unable|necessary|enough|too|tough|simple|free)$/i;
const INFINITIVES = /^(?:hit|spread|cost|quit|hurt|burst|cast|broadcast|put|set|let|win|run|rise|fall|show|drop|reach|move|play|tour|hold|pass|meet|confirm|appoint|name|finalise|finalize|complete|hold|vote|visit|travel|return|announce|decide|sign|begin|start|resume|open|release|publish|present|deliver|attend|host|launch|hear|rule|leave|arrive|be|take|make|go|face|testify|appear|report|issue|respond|reply|speak|talk|discuss|call|unveil|consider|review|debate|decide|address|join|fly|head|convene|reconvene|submit|finalize|finalise|outline|receive|sit|stand|give|close|shut|reopen|end|stop|strike|protest|pay|sell|buy|file|seek|raise|cut|lower|lift|ban|settle|hire|pass|approve|reject|appeal|sue|cross|sail|scrap|ease|hand|merge|trade|restart|peak|stay|step|jail|free|evacuate|relocate|fire|mark|honour|honor|crown|inaugurate|swear|count|tally|recount|slow|lash|pound|batter|bring|clear|repair|finish|wrap|kick|wed|marry|dock|berth|depart|land|touch|lay|phase)$/i;
/** present-tense verbs right before a day name announce a schedule: 'meet Monday', 'arrives Tuesday' */
const PRESENT_FUTURE_VERBS = /^(?:reopen|reopens|conclude|concludes|run|runs|lasts|continue|continues|meet|meets|begin|begins|start|starts|open|opens|arrive|arrives|leave|leaves|visit|visits|resume|resumes|return|returns|travel|travels|vote|votes|face|faces|host|hosts|launch|launches|expire|expires|end|ends|close|closes|convene|convenes|reconvene|reconvenes|head|heads|go|goes|play|plays|fly|flies|hold|holds|kick|kicks|wrap|wraps|testify|testifies)$/;
const PRESENT_FUTURE_S = /[^s]s$/;

/**
 * A past cue right before the expression that fixes it in the past: 'ended Jan. 31', 'began in
 * January', 'ago', 'since'. Not reporting verbs or auxiliaries ('said it will open in December'),
 * nor verbs whose date complement is often ahead ('extended to March 20', 'declared ... payable Dec. 7').
 */
const WEAK_PAST = /^(?:said|says|told|announced|reported|added|noted|stated|predicted|indicated|suggested|claimed|warned|insisted|argued|confirmed|estimated|was|were|had|did|extended|postponed|deferred|adjourned|delayed|moved|rescheduled|pushed|put|set|scheduled|planned|slated|expected|due|supposed|declared|authorized|approved|agreed|voted|decided|called|asked|ordered|urged|last)$/;
const DETERMINER_BEFORE = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i;
/** Past tenses of verbs that say how long something went on ('lasted until', 'waited until'). */
const DURATIVE_PAST = /^(?:lasted|continued|stayed|remained|waited|worked|went|ran|lingered|persisted|stood|lived|served|slept|danced|partied|played|talked|negotiated|argued|debated|fought|marched|protested|camped|sat|kept|held)$/;

/** a warning or forecast and the 'for' of the day it covers */
/** participles that say a state rather than a scheduled happening after 'is' / 'are' */
const STATIVE = /^(?:closed|shut|open|opened|located|based|known|married|related|involved|concerned|used|worried|interested|dressed|tired|born|seen|considered|expected|scheduled|set|due)$/;
/** most words capitalised: a headline */
const titleCase = (words: readonly string[]): boolean => words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length * 2 > words.length;
const TARGETED_BEFORE = /\b(?:targeted|targeting|targets|earmarked|pencill?ed\s+in|eyed|eyeing|picked|chose|chosen|set|scheduled|slated)\s+$/i;
const TARGET_AFTER = /^,?\s+as\s+(?:the|a|an|its|their|his|her)\s+(?:new\s+|final\s+|latest\s+)?(?:target(?:\s+date)?|deadline|goal|cut-?off)\b/i;
const SCHEDULED_FOR = /(?:^|[^\w'\u2019])(?<!\b(?:was|were|been|be|is|are)\s)(?:set|scheduled|rescheduled|slated|fixed|moved|pushed\s+back|postponed|delayed|adjourned|put\s+off|booked|reserved)\s+(?:[\w'\u2019-]+\s+){1,10}?for\s+(?:the\s+)?$/i;
const WARNING_UNTIL = /\b(?:warnings?|watch(?:es)?|alerts?|advisory|advisories|curfews?)(?:\s+(?:is|are|remains?|stays?)\s+in\s+(?:effect|force|place))?\s+(?:through|until|till|from)\s+$/i;
const FORECAST_FOR = /\b(?:(?:warnings?|watch(?:es)?|alerts?|advisory|advisories|forecasts?|outlook|bans?|curfews?|closures?)(?:\s+(?:across|in|on|over|throughout|covering)(?:\s+[\w'\u2019-]+){1,3}?)?|(?:(?:has|have)\s+(?:also\s+)?(?:forecast|predicted)|(?:is|are)\s+(?:forecasting|predicting)|forecasts|predicts)(?:\s+[\w'\u2019-]+){1,4}?)\s+for\s+$/i;

const SIMPLE_PAST = /^(?:took|began|came|went|saw|gave|fell|rose|spoke|wrote|broke|ran|knew|became|grew|drew|flew|threw|chose|froze|stole|rode|drove|forgot|sank|shrank|swore|wore|arrived|died|ended|opened|closed|started|signed|voted|resigned|happened|occurred|born)$/;
const isStrongPast = (word: string | undefined, n: number) => !!word && n <= 1 && !WEAK_PAST.test(word);
/** words that may stand before a fronted time adverbial: 'In January, ...', 'Late on Friday, ...' */
/** a chance of something, told right before a time ('a chance of more thunderstorms on'), and the same told in the past */
const CHANCE = String.raw`(?:chance|chances|risk|likelihood|possibility|threat|prospect)\s+of\b[^.;!?\n]{0,60}$`;
const CHANCE_OF = new RegExp(String.raw`\b${CHANCE}`, 'i');
const CHANCE_WAS = new RegExp(String.raw`\b(?:was|were|had)\s+(?:(?:a|an|the|some|little|no|every)\s+)?(?:[\w-]+\s+){0,2}?${CHANCE}`, 'i');
/** nouns of what is bought or booked ahead for a time: 'bookings for', 'advance ticket sales for', 'reservations for' */
const BOOKED_FOR = /\b(?:bookings|advance\s+bookings|reservations|(?:a|any)\s+tables?|advance\s+(?:ticket\s+)?sales|pre-?orders|forward\s+bookings|(?:been|were|was|are|is|fully)\s+(?:booked|reserved|fixed)|(?:almost|nearly|already|fully)\s+full)\s+for\s+(?:the\s+(?:week|weekend)\s+of\s+|the\s+)?$/i;

/** how a fronted phrase of cause or time with no verb of its own opens ('Because of the holiday on Monday, ...') */
const FRONTED_PHRASE = /^(?:because of|due to|owing to|thanks to|ahead of|following|despite|with|after|before|during|since|until|till|by)\b/i;
const FRONTING = /^(?:in|on|by|from|until|till|since|early|late|and|but|then|so|also|earlier|later|that|before|after|during|at|shortly|just|soon|right|well|long)$/i;
const MODAL_FUTURE = /^(?:will|shall|won't|wont)$/i;
/** a plan in the present tense: 'the league plans to hold', 'the company expects to close' */
const PRESENT_PLAN = /^(?:plans|intends|expects|aims|hopes)$/;
const isModal = (w: string | undefined) => !!w && (MODAL_FUTURE.test(w) || w.endsWith("'ll"));

export interface Cue {
  dir: Direction;
  /** a past verb right before the expression that is not a reporting verb or an auxiliary ('ended Jan. 31', 'began in
   * January'), or a future modal ('will be named commander for a mission in December') */
  strong: boolean;
  /** a day granted in the past perfect ('had been given until Tuesday'): the occurrence nearest the DCT, either side */
  nearest?: boolean;
  /** how many words lie between the deciding word and the expression, where a word of the clause decided */
  n?: number;
}

/** the word after 'and' / 'but' that opens a second predicate: an auxiliary, a modal, 'then' */
const COORDINATED_PREDICATE = /^(?:will|would|could|should|may|might|must|can|shall|was|were|is|are|has|have|had|did|does|do|then|later|also|now|still|said|says|told|added|won't|wouldn't)$/i;
const REPORTING = /^(?:said|says|told|added|noted|stated|reported|announced|officials?|sources?)$/;
/** ', officials said,' / 'officials say,' opening a clause: an attribution between commas */
const PARENTHETICAL_REPORT = /(?:^|,)\s*(?:[\w.'\u2019-]+\s+){0,4}(?:said|says|told\s+[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?|added|noted|stated|reported|announced|believe|believes|think|thinks)\s*,/g;

function scanForward(words: string[], max: number, skipReporting = false, stopAtSubordinate = false): { dir: Direction; n: number; word?: string } {
  for (let i = 0; i < Math.min(words.length, max); i++) {
    const w = words[i]!.toLowerCase();
    // 'was abroad on Friday and would return on Sunday': a second predicate has a tense of its own
    if (/^(?:and|but|or)$/.test(w) && COORDINATED_PREDICATE.test(words[i + 1] ?? '')) break;
    // '... by Thursday, officials said': the attribution says nothing about Thursday
    if (skipReporting && REPORTING.test(w)) continue;
    // 'will ring on Sunday to mark 250 years since the fire': a 'since' after the day opens a time of its own ('take effect
    // at 12:01 a.m. Monday, after the council voted Thursday': so does 'after', 'before', 'when', 'because')
    // ('at any hour in the run-up to Christmas after the chain confirmed it will ...': right after the day too)
    if (w === 'since' || (stopAtSubordinate && /^(?:after|before|when|because|although|though|while|whereas)$/.test(w))) break;
    // 'and were planning to ...': the auxiliary says nothing, the word after it does
    if (/^(?:was|were|is|are|had|has|have)$/.test(w) && /^(?:planning|going|expected|scheduled|due|set|slated|about|supposed|likely|to)$/i.test(words[i + 1] ?? '')) continue;
    // 'restart it at Saturday noon with its clocks moved forward': after 'with' and its noun, an '-ed' word is a participle
    if (w === 'with') {
      let j = i + 1;
      if (/^(?:its|the|his|her|their|our|a|an|all|some)$/i.test(words[j] ?? '')) j++;
      if (/^[a-z]+s?$/i.test(words[j] ?? '') && /^[a-z]+ed$/i.test(words[j + 1] ?? '')) { i = j + 1; continue; }
    }
    const c = wordCue(words, i, i, false);
    if (c === 'skip' || c === undefined) continue;
    return { dir: c, n: i, word: w };
  }
  return { dir: undefined, n: 99 };
}

/**
 * Whether a future cue at words[i] ('by', 'until', an infinitive) is governed by a plan in the present tense or a modal
 * earlier in its clause, with no past verb between: 'the council hopes to finish the work by April', 'the rule is
 * expected to take effect in April', 'it wants the policy in place by April' (not 'announced plans to buy ...', 'expects
 * revenue of $4.8 billion, down from a July forecast': a plan verb needs its own 'to', a want its deadline 'by').
 */
function planHead(words: string[], i: number): boolean {
  for (let j = i - 1, n = 0; j >= 0 && n < 10; j--, n++) {
    const w = words[j]!.toLowerCase();
    if (isModal(w)) return true;
    if (PRESENT_PLAN.test(w) || /^(?:wants|needs)$/.test(w)) {
      return words.slice(j + 1, i + 1).some((x) => x.toLowerCase() === 'to') || (/^(?:wants|needs)$/.test(w) && words[i]!.toLowerCase() === 'by');
    }
    if (/^(?:is|are)$/.test(w) && /^(?:expected|scheduled|due|set|slated|likely|poised)$/.test(words[j + 1]?.toLowerCase() ?? '') && words[j + 2]?.toLowerCase() === 'to') return true;
    if (j < i && wordCue(words, j, n, true) === 'past') return false;
  }
  return false;
}

/**
 * The nearest tense/modality cue around the expression: backwards to the start
 * of the clause (up to 10 words) and forwards up to 4 words before punctuation;
 * the closer one wins (backwards on a tie). Deadline nouns right after the
 * expression ('a Thursday deadline') always mean the future. A fronted
 * adverbial ('In January, the company ...', 'Until Thursday, they had ...')
 * takes its cue from the clause after the comma; with no cue within 10 words,
 * a future modal earlier in the sentence ('will spend ... her first stop
 * Tuesday morning') still counts.
 */
/** a day something is put off to: 'held back until January', 'adjourned to February 4th', 'postponed until March 3',
 * 'pushed to the fall', 'moved to Friday' */
export const PUT_OFF_UNTIL = /\b(?:held\s+(?:back|over)|adjourned|postponed|deferred|delayed|put\s+(?:off|back)|(?:pushed|moved|shifted|bumped)(?:\s+(?:back|forward))?|brought\s+forward|rescheduled|remanded)\s+(?:again\s+)?(?:until|till|to)\s+(?:early\s+|late\s+|mid-?)?$/i;

/** Whether a stretch of text has no past tense in it (no past word, no '-ed' form). */
const noPastTense = (s: string): boolean => !(s.match(WORD_RE) ?? []).some((w) => isPastWord(w) || /^[a-z]{3,}ed$/.test(w));

export function directionCueDetail(text: string, start: number, end: number): Cue {
  // 'Bookings for December are already 40 per cent ahead', 'bookings for the summer were up 6%', 'every room had been
  // booked for the week of May 16', 'celebrations were fixed for the weekend': what is booked for lies ahead, whatever
  // the tense
  if (BOOKED_FOR.test(text.slice(Math.max(0, start - 32), start))) return { dir: 'future', strong: false };
  // 'THURSDAY' or 'Monday:' heading the lines of a day in a chronology: the day has the tense of the line under it
  const eol = text.indexOf('\n', end);
  if (eol >= 0 && end > start && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && /^[ \t:.\-\u2013\u2014]*$/.test(text.slice(end, eol))) {
    const next = /\S/.exec(text.slice(eol, eol + 40));
    if (next) {
      const from = eol + next.index;
      const f = scanForward(text.slice(from, sentenceEnd(text, from, 160)).match(WORD_RE) ?? [], 12);
      if (f.dir) return { dir: f.dir, strong: false };
    }
    // 'Saturday' heading a day of a weekend's listings whose lines are in the present tense: the nearest such day
    if (/^[A-Z]/.test(text.slice(start, end))) return { dir: 'future', strong: false, nearest: true };
  }
  // 'Sunday: womenswear, with eight shows from 09:30', 'Tuesday and Wednesday: menswear': a day heading a line of a
  // programme, told without a verb, is still to come (a line that reports in the past, 'Monday: the index fell 2%', is not)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const listed = end > start && WEEKDAY_HEAD.test(text.slice(start, end)) && /^[ \t\-\u2022*]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:and|&|to)\s+)?$/.test(text.slice(lineStart, start))
    ? /^(?:\s+(?:and|&|to)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:\s+(?:morning|afternoon|evening|night))?\s*:[ \t]/.exec(text.slice(end, end + 40)) : null;
  if (listed) {
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end + listed[0].length, lineEnd < 0 ? end + 200 : lineEnd);
    const f = scanForward(rest.match(WORD_RE) ?? [], 12);
    return { dir: f.dir === 'past' ? 'past' : 'future', strong: false };
  }
  // 'Kurrajong Vale, Marrin Park: midday Monday' closing a line of a box, after a label and a colon, with no verb:
  // the nearest such day
  if (end > start && /^[ \t.;]*(?:\n|$)/.test(text.slice(end, end + 40))
    && /^[^\n.!?]{1,60}:[ \t]+$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) return { dir: 'future', strong: false, nearest: true };
  const after = text.slice(end, end + 80);
  // '"Come Wednesday night and ask us anything"', 'come spring, the ferry returns': 'come' before a time at the head of a
  // clause is 'when it arrives', ahead
  if (/(?:^|[.!?:;,"'\u201c\u2018(\u2014\n]\s*|\b(?:and|but|until|till)\s+)come\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 24), start))) return { dir: 'future', strong: false };
  // 'will pay $54 a share, a 31% premium to the closing price on Friday': a price a market closed at is behind
  if (/\bclosing\s+(?:share\s+|stock\s+)?(?:price|prices|level|value)\s+(?:on|of)\s+$/i.test(text.slice(Math.max(0, start - 40), start))) return { dir: 'past', strong: false };
  // 'has her worried heading into the summer', 'going into the weekend': what one is heading into lies ahead
  if (/\b(?:heading|going|head|heads)\s+into\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 24), start))) return { dir: 'future', strong: false };
  // 'which realistically means not before the summer': 'not before' with no past verb in its clause is a plan's earliest
  if (/\bnot\s+(?:before|until|till)\s+$/i.test(text.slice(Math.max(0, start - 16), start))
    && !/\b(?:was|were|did|had|didn't|wasn't|weren't|hadn't)\b/i.test(text.slice(clauseStart(text, start, 120), start))) return { dir: 'future', strong: false };
  // 'new pay scales, retroactive to July 1', 'backdated to April': what a change reaches back to is behind it
  if (/\b(?:retroactive(?:ly)?|retrospective(?:ly)?|backdated|back-dated)\s+to\s+$/i.test(text.slice(Math.max(0, start - 30), start))) return { dir: 'past', strong: true };
  // 'the union has called a meeting of all its members at 2pm on Saturday', 'called a strike for Monday': a gathering
  // called (in the present perfect, or for a day) is still to be held
  const called = /\b(?:(?:has|have)\s+(?:now\s+)?(?:called|convened|summoned|organi[sz]ed|scheduled)|(?:called|convened|summoned))\s+(?:a|an|another|the)\s+(?:[\w'\u2019-]+\s+){0,2}(?:meeting|rally|strike|walkout|stoppage|vote|ballot|press\s+conference|news\s+conference|hearing|session|protest|march|demonstration|assembly|summit)\b[^.;!?\n]{0,60}?\b(on|at|for)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:on\s+)?)?$/i.exec(text.slice(Math.max(0, start - 140), start));
  if (called && (/^(?:has|have)\b/i.test(called[0].replace(/^\W+/, '')) || /^for$/i.test(called[1]!))) return { dir: 'future', strong: false };
  // 'her course beginning Sept. 25 filled up in three days', 'Starting Monday, shops close at 6': what begins on a day is
  // told apart from the clause's verb; a weekday so named lies ahead, a date takes no tense (the nearest such day)
  if (/\b(?:beginning|starting|commencing)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, start - 16), start))) {
    return /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(text.slice(start, end)) ? { dir: 'future', strong: false } : { dir: undefined, strong: false };
  }
  // 'There is a chance of more thunderstorms this afternoon and on Thursday', 'a risk of frost on Sunday night': a chance
  // not told in the past is of what may come
  const chanceAt = text.slice(Math.max(0, start - 100), start);
  if (CHANCE_OF.test(chanceAt) && !CHANCE_WAS.test(chanceAt)) return { dir: 'future', strong: false };
  // 'The state government has declared Friday a work-free day', 'declared Monday a public holiday': a day declared a
  // holiday is one to come
  if (/\b(?:declared|declares|declare|designated|proclaimed)\s+$/i.test(text.slice(Math.max(0, start - 14), start))
    && /^\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:holiday|day\s+off|work-free\s+day|rest\s+day|day\s+of\s+(?:mourning|prayer|rest))\b/i.test(text.slice(end, end + 40))) return { dir: 'future', strong: false };
  // 'are being held back until January', 'the vote was postponed until March': what is put off lies ahead of the putting off
  if (PUT_OFF_UNTIL.test(text.slice(Math.max(0, start - 40), start))) return { dir: 'future', strong: true };
  // 'heat advisory extended through Thursday', 'the curfew was extended until Friday': what an extension reaches is the
  // nearest such day, either side
  if (/\b(?:extended|prolonged)\s+(?:again\s+)?(?:through|thru|until|till|to|into)\s+$/i.test(text.slice(Math.max(0, start - 30), start))) return { dir: 'future', strong: false, nearest: true };
  // 'approved a temporary order closing the High Street from 6am on Saturday', 'imposed a curfew from 8pm Friday': what an
  // order made in the past puts in force from a day starts on the nearest such day
  // ('has approved a temporary order closing the High Street between Bridge Street and Sheep Street from 6am on Saturday':
  // the order's object may be long)
  if (/\b(?:approved|ordered|imposed|declared|announced|issued|granted|agreed)\s+(?:[\w'\u2019-]+\s+){1,16}from\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s+(?:on\s+)?)?$/i.test(text.slice(Math.max(0, start - 140), start))) return { dir: 'future', strong: false, nearest: true };
  // 'airlines cancelled 18 flights for Friday and Saturday', 'booked a table for Saturday': a plan made or undone for a
  // day, in the past tense, is for the nearest such day
  if (/\b(?:cancell?ed|called\s+off|booked|reserved|rescheduled|moved|postponed|scrapped|axed)\s+(?:[\w'\u2019-]+\s+){0,6}for\s+$/i.test(text.slice(Math.max(0, start - 60), start))
    && !/\b(?:had|has|have)\s+(?:cancell?ed|called|booked|reserved|rescheduled|moved|postponed|scrapped|axed)\b|\bhad\s+been\s+(?:cancell?ed|called|booked|reserved|rescheduled|moved|postponed|scrapped|axed)\b/i.test(text.slice(Math.max(0, start - 60), start))) return { dir: 'future', strong: false, nearest: true };
  // 'Snow is forecast for the area Monday night and Tuesday', 'Environment Canada is calling for another 10 cm Wednesday
  // night', 'the forecast shows maximums of 46C, with a thunderstorm possible on Tuesday': what a forecast in the present
  // tense gives a day is ahead
  if (/\b(?:(?:is|are)\s+(?:forecast|predicted)|(?:is|are)\s+(?:calling|forecasting|predicting)\s+for|(?:is|are)\s+forecasting|forecasts?\s+(?:for\s+[\w\s'\u2019-]{1,30}?\s+)?(?:shows?|calls?\s+for|predicts?)|forecasters\s+(?:say|expect|predict|are\s+predicting))\b[^.;!?\n]{0,160}$/i.test(text.slice(Math.max(0, start - 200), start))
    && !/\b(?:was|were|had)\b/i.test(text.slice(Math.max(0, start - 200), start).split(/[.;!?\n]/).pop()!)) return { dir: 'future', strong: false };
  // 'Senators elected in August will serve full terms', 'votes cast on Thursday are counted': a participle of a reduced
  // relative clause right before the preposition dates its noun's past, whatever the main verb after
  const reduced = /\b(?:[A-Z][a-z]+|[a-z]{3,}s)\s+((?:[a-z]{3,}ed)|held|chosen|won|sworn|born|built|cast|sold|made|taken|given|written)\s+(?:in|on|during)\s+$/.exec(text.slice(Math.max(0, start - 48), start));
  // (only with the noun's own verb right after: 'if talks failed on Friday, the strike would ...' is a finite past)
  if (reduced && /^\s+(?:will|would|are|is|were|was|have|has|had|can|could|must|should|may|might|remain|remains|serve|serves|face|faces)\b/i.test(after) && !PLAN_VERBS.test(reduced[1]!) && !/^(?:need|speed|seed|feed|breed|proceed|succeed|exceed|indeed|embed|based|concerned|interested|involved|aged|related|used|supposed)$/.test(reduced[1]!)
    && !/\b(?:is|are|was|were|be|been|being|will|would|has|have|had|to)\s+\S+\s+(?:in|on|during)\s+$/i.test(text.slice(Math.max(0, start - 48), start))) return { dir: 'past', strong: false };
  // 'the Senate voted on Tuesday to approve the bill': the day dates the past verb before it, not the infinitive after it
  const pastBefore = /^\W{0,3}to\s/i.test(after) ? PAST_VERB_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] : undefined;
  const datesPastVerb = !!pastBefore && (isPastWord(pastBefore) || /ed$/.test(pastBefore)) && !NO_EVENT_PAST.test(pastBefore);
  // 'spent Friday meeting with lawyers', 'held Friday talks': a past verb right before the day dates it, the noun after is no plan
  const verbBefore = /\b([a-z]{3,})\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const pastRightBefore = !!verbBefore && (isPastWord(verbBefore) || /ed$/.test(verbBefore)) && !NO_EVENT_PAST.test(verbBefore) && !WEAK_PAST.test(verbBefore)
    && !/^(?:missed|met|beat|ignored|defied|flouted|passed|blew|called|announced|set|scheduled|planned|proposed)$/.test(verbBefore);
  if (FUTURE_AFTER.test(after) && !datesPastVerb && !pastRightBefore) {
    const head = text.slice(Math.max(0, start - 24), start);
    // 'missed the Friday deadline', 'ignored a Sunday deadline': a deadline that has passed
    if (/\b(?:missed|met|beat|ignored|defied|flouted|passed|blew)\s+(?:the|a|an|its|their|his|her)\s+$/i.test(head)) return { dir: 'past', strong: false };
    // 'the bank completed its share sale, with investors taking up most of it by the Friday deadline': what was done by a deadline takes the
    // tense of its sentence: the first finite verb or modal back to the start of the sentence decides
    if (/\bby\s+(?:the|a|its|their)\s+$/i.test(head)) {
      const all = text.slice(clauseStart(text, start, 400), start).match(WORD_RE) ?? [];
      for (let i = all.length - 3; i >= 0; i--) {
        const w = all[i]!.toLowerCase();
        if (isModal(w) || /^(?:would|must|should|can|could|may|might|has|have|is|are|am)$/.test(w)) break;
        if (isPastWord(all[i]!) && !WEAK_PAST.test(w) || (all[i] === w && /^[a-z]{3,}ed$/.test(w) && !DETERMINER_BEFORE.test(all[i - 1] ?? '') && !WEAK_PAST.test(w))) return { dir: 'past', strong: false };
      }
    }
    return { dir: 'future', strong: false };
  }
  // 'had set Friday as the target for restoring power': a day named as a target or deadline lies ahead of the naming
  if (TARGET_AFTER.test(after)) return { dir: 'future', strong: false };
  // 'the record date has been fixed as 4 July', 'the vote has been set for Friday', 'has been moved to Monday': a day
  // fixed in the present perfect lies ahead
  if (/\b(?:has|have)\s+(?:now\s+)?been\s+(?:fixed|set|scheduled|rescheduled|moved|brought\s+forward|pushed\s+back|put\s+back|pencill?ed\s+in)\s+(?:as|for|to|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 60), start))) return { dir: 'future', strong: false };
  // 'mission managers had targeted Sunday for the first spacewalk', 'pencilled in Friday for the vote'
  if (/^\s+for\b/i.test(after) && TARGETED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return { dir: 'future', strong: false };
  // 'the judge set sentencing for July 20', 'the board scheduled a vote for Friday': what an active verb of
  // scheduling puts on a day is ahead of it ('the vote, which had been scheduled for Tuesday, ...' is left to the tense)
  if (SCHEDULED_FOR.test(text.slice(clauseStart(text, start, 90), start))) return { dir: 'future', strong: false };
  // 'debate did not begin until Wednesday morning', 'the amendments were not settled until late Wednesday', 'it was not
  // until Friday that ...': a negated past before 'until' says when it finally happened, behind ('would not start
  // until Monday' is a reported plan, ahead)
  const notUntil = /\b(did|was|were|had|could|would)(?:\s+not|n't)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:until|till)\s+$/i.exec(text.slice(clauseStart(text, start, 120), start));
  if (notUntil) return { dir: /^would$/i.test(notUntil[1]!) ? 'future' : 'past', strong: false };
  const beforeText = text.slice(Math.max(0, start - 16), start);
  // 'as early as Tuesday', 'as soon as next week': the earliest a plan can happen
  // ('had warned as early as Tuesday', 'were spotted as early as 2009': a past verb before it dates what was already so by then)
  if (/\bas (?:early|soon) as\s+$/i.test(beforeText)) {
    const lead = text.slice(clauseStart(text, start, 120), start).match(WORD_RE) ?? [];
    for (let i = lead.length - 4, n = 0; i >= 0 && n < 6; i--, n++) {
      const c = wordCue(lead, i, n + 3, true);
      if (c === 'past') return { dir: 'past', strong: false };
      if (c === 'future') break;
    }
    return { dir: 'future', strong: false };
  }
  if (FIGURES_FOR.test(text.slice(Math.max(0, start - 60), start)) && MONTH_ONLY.test(text.slice(start, end))) return { dir: 'past', strong: true };
  // 'will revise the June figures', 'the May jobs report is due Friday': a month's statistics are of a month behind
  if (MONTH_ONLY.test(text.slice(start, end)) && /\b(?:the|its|their)\s+$/i.test(text.slice(Math.max(0, start - 6), start))
    && /^\s+(?:(?:jobs|employment|payrolls?|inflation|trade|retail|sales|housing|factory|manufacturing|consumer|price)\s+)?(?:figures|data|numbers|statistics|report|reading|survey|index)\b/i.test(text.slice(end, end + 40))) return { dir: 'past', strong: true };
  // 'Lim told the Inquirer by phone on Wednesday night that she would file', 'announced on Monday that it will close': the
  // day of a reporting verb before it, a 'that' clause after it, dates the telling
  if (/^\s*,?\s*that\b/i.test(after)) {
    const lead = text.slice(clauseStart(text, start, 120), start).match(WORD_RE) ?? [];
    for (let i = lead.length - 1, n = 0; i >= 0 && n < 8; i--, n++) {
      const w = lead[i]!.toLowerCase();
      if (REPORT_PAST.test(w)) return { dir: 'past', strong: false };
      if (isModal(w)) break;
    }
  }
  // 'issued a flood warning for Sunday', 'the forecast for Saturday': the day a warning or forecast is for lies ahead of it
  // (not 'the warning for Monday was lifted')
  if (FORECAST_FOR.test(text.slice(Math.max(0, start - 60), start))
    && scanForward(/^[^.;:!?,\n]*/.exec(text.slice(end, end + 80))![0].match(WORD_RE) ?? [], 4).dir !== 'past') return { dir: 'future', strong: false };
  // 'has issued a winter storm warning through 10 a.m. Friday', 'a curfew until dawn Sunday': what a warning still in
  // force runs to lies ahead (not 'the warning was in effect until Friday', 'had a curfew until Sunday')
  // 'warned of more disruption through Tuesday', 'forecast rain until Sunday': what a warning or a forecast
  // says will last to a day lies ahead of it
  // ('has forecast rain in the valley and snow on the higher reaches from Thursday': from when it is forecast to come)
  if (/\b(?:through|until|till|into|from)\s+$/i.test(text.slice(Math.max(0, start - 8), start))
    && /\b(?:warned|warns|warning|predicted|predicts|forecast|forecasts|cautioned)\b(?:\s+(?:of|that))?\s+(?:[\w'\u2019-]+\s+){0,10}(?:through|until|till|into|from)\s+$/i.test(text.slice(clauseStart(text, start, 140), start))) return { dir: 'future', strong: false };
  if (WARNING_UNTIL.test(text.slice(Math.max(0, start - 40), start)) && !/\b(?:was|were|had|remained|expired|ended|lifted)\b/i.test(text.slice(clauseStart(text, start, 120), start))) return { dir: 'future', strong: false };
  const from = clauseStart(text, start, 200);
  const words = text.slice(from, start).match(WORD_RE) ?? [];
  let back: Direction, backN = 99, backWord = '', backI = -1;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 10; i--, n++) {
    const c = wordCue(words, i, n, true);
    if (c === 'skip' || c === undefined) continue;
    back = c; backN = n; backWord = words[i]!.toLowerCase(); backI = i;
    break;
  }
  // "get around Wednesday's ruling": a possessive day dates an event of its own; only a word right
  // before it ('ahead of Tuesday's vote', 'next Friday's') speaks for it, not the clause's tense
  // ('Friday's vote will be close', 'Tuesday's vote was close': the clause's verb after the noun phrase, if a modal or a past)
  if (/^['\u2019]s\b/.test(after)) {
    // ('said Friday's action would go ahead': a reporting verb before it tells nothing of the day)
    if (backN <= 1 && !(back === 'past' && /^(?:said|says|told|added|warned|insisted|confirmed)$/.test(backWord))) return { dir: back, strong: false };
    // "four days before Tuesday's memorial ceremonies", "ahead of Sunday's vote": an event named by its day, with no verb of
    // its own for it, is the nearest such day
    if (/^['\u2019]s\s+(?:[a-z-]+\s+){0,2}(?:ceremon(?:y|ies)|vote|votes|election|referendum|meeting|summit|match|game|final|race|hearing|debate|poll|launch|opening|premiere|parade|service|funeral|memorial|commemorations?|celebrations?|march|rally|protest|strike|deadline|talks|session|showdown|clash|fixture)\b/i.test(after)
      && /\b(?:before|ahead\s+of|after|since|until|for)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) return { dir: 'future', strong: false, nearest: true };
    // "call off Thursday's planned march", "Sunday's scheduled vote": a day with a plan on it, kept or not, is the nearest
    // such day, either side
    if (/^['\u2019]s\s+(?:planned|scheduled|proposed|expected|upcoming|threatened|promised)\b/i.test(after)) return { dir: 'future', strong: false, nearest: true };
    // 'his first assignment is Wednesday's cup tie': a present 'is' right before the possessive day looks ahead
    if (/\b(?:is|are)\s+$/i.test(text.slice(Math.max(0, start - 6), start))) return { dir: 'future', strong: false };
    const rest = (/^['\u2019]s\b([^.;:!?,\n]*)/.exec(after)?.[1] ?? '').match(WORD_RE) ?? [];
    const f = scanForward(rest, 5);
    // 'A recording of Tuesday's meeting will be posted', 'the result of Sunday's vote will be known on Monday': the verb is
    // the head noun's, the day after 'of' is whichever such day is nearest
    if (f.dir === 'future' && isModal(f.word) && /\bof\s+$/i.test(text.slice(Math.max(0, start - 4), start))) return { dir: 'future', strong: false, nearest: true };
    // 'Breen said Friday's action would go ahead': a plan told in the past tense, the nearest such day
    if (f.word === 'would' && !/^have$/i.test(rest[f.n + 1] ?? '')) return { dir: 'future', strong: false, nearest: true };
    if (f.dir === 'past' ? isPastWord(f.word ?? '') && !/^(?:last|ago|since|earlier|previously|yesterday)$/.test(f.word ?? '') : f.dir === 'future' && isModal(f.word)) return { dir: f.dir, strong: false };
    // "the favourite for Monday's stakes was scratched", "Forecasters give Saturday's attempt an 80% chance": an event named
    // by its day, with no tense of its own, is news of the nearest such day, either side
    // ("Sunday's flight lifted the total", "drew an ovation at Sunday's matinee": a past verb of its head noun's, or of the
    // clause's, is the past one)
    // ("a premium over Thursday's closing price", "Monday's attack": a day's market close or a blow struck is behind)
    if ((f.dir === 'past' && f.n <= 2) || (back === 'past' && backN <= 6 && !WEAK_PAST.test(backWord))
      || /^['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:closing|close|trading|settlement|attacks?|earthquake|quake|crash|blast|explosion|bombing|shooting|killings?|massacre|raid|ambush|collapse|defeat|loss|win|victory|hammering|thrashing|drubbing|rout|humiliation)\b/i.test(after)
      // ("fans in revolt after Saturday's home hammering": what came after it is told, so it is behind, unless a future
      // verb follows)
      // ('closes for the season after Sunday's double feature': a schedule's verb before it looks ahead)
      || (/\b(?:after|following|since)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) && f.dir !== 'future' && back !== 'future')) return { dir: 'past', strong: false };
    return { dir: undefined, strong: false, nearest: /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(text.slice(start, end)) };
  }
  const clauseAfter = /^[^.;:!?,\n]*/.exec(after)![0];
  const fwd = clauseAfter.match(WORD_RE) ?? [];
  let { dir: forw, n: forwN, word: forwWord } = scanForward(fwd, 4, false, true);
  // a fronted adverbial ('In January, ...', 'Until Thursday, ...'): the verb of the clause after the comma decides
  // ('Because of the federal holiday on Monday, the report will be issued on Tuesday': a longer fronted phrase with no verb
  // in it, opening its sentence, is one too)
  const fronted = (words.slice(-3).every((w) => FRONTING.test(w)) && words.length <= 3)
    || (back === undefined && words.length <= 8 && FRONTED_PHRASE.test(words.slice(0, 2).join(' ')) && /(?:^|[.!?]["'\u201d\u2019]?\s+|\n\s*)$/.test(text.slice(Math.max(0, from - 4), from)));
  const prepCue = back === 'future' && backN <= 1 && /^(?:until|till|by)$/.test(backWord);
  if (!forw && fronted && after[clauseAfter.length] === ',') {
    // the main clause's verb can come after a long subject ('In January, a week after the anniversary of Roe
    // vs. Wade, a bombing killed ...'): the rest of the sentence, up to 160 characters
    const from2 = end + clauseAfter.length + 1;
    // an attribution set off by commas ('In January, officials said, the plant will ...') says nothing about the time; a
    // reporting verb that is the clause's own ('In September, it announced plans to ...') dates it
    const next = text.slice(from2, sentenceEnd(text, from2, 160)).replace(PARENTHETICAL_REPORT, ' ').match(WORD_RE) ?? [];
    const f = scanForward(next, next.length);
    // 'In January, the company brought in ...' (past) / '... will run ads' (future); a weekday's default is
    // the past, and 'On Friday, the government planned to pay ...' is a past plan: only modals and plans in the
    // present tense ('On Tuesday, the league plans to hold a news conference') say future
    if (f.dir === 'past' || (f.dir === 'future' && (MODAL_FUTURE.test(f.word ?? '') || f.word?.endsWith("'ll") || (PRESENT_PLAN.test(f.word ?? '') && next[f.n + 1]?.toLowerCase() === 'to')))) {
      forw = f.dir; forwN = back ? f.n + 1 : 0; forwWord = f.word;
    }
  }
  // 'For Saturday, police have issued traffic advisories', 'For Monday, forecasters expect snow': a day fronted with 'For'
  // is the one a plan or a forecast is for, ahead, unless the clause after it is told in the simple past
  if (!forw && words.length === 1 && /^for$/i.test(words[0]!) && after[clauseAfter.length] === ',') {
    const from2 = end + clauseAfter.length + 1;
    const next = text.slice(from2, sentenceEnd(text, from2, 160)).match(WORD_RE) ?? [];
    const f = scanForward(next, 10);
    const perfect = f.dir === 'past' && f.n > 0 && /^(?:has|have)$/i.test(next[f.n - 1] ?? '');
    return f.dir === 'past' && !perfect ? { dir: 'past', strong: false } : { dir: 'future', strong: false };
  }
  const bareWeekday = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(text.slice(start, end));
  // 'Residents face up to four hours a day in the dark from Monday': 'from' a day, in a clause with no past tense, starts
  // something ahead
  if (!back && !forw && bareWeekday && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start))) {
    const clause = text.slice(clauseStart(text, start, 200), start) + (/^[^.;:!?\n]*?(?=\s+(?:as|while|when|after|because|but|and)\s|[.;:!?\n]|$)/.exec(text.slice(end, end + 200))?.[0] ?? '');
    if (noPastTense(clause)) return { dir: 'future', strong: false };
  }
  // 'Those who pre-order before Friday get a free case': 'before' a day in a sentence with no past tense is a deadline ahead
  if (!back && !forw && bareWeekday && /\bbefore\s+$/i.test(text.slice(Math.max(0, start - 8), start))
    && noPastTense(text.slice(clauseStart(text, start, 200), sentenceEnd(text, end, 200)))) return { dir: 'future', strong: false };
  // 'until Thursday, they had not ...': a preposition cue is overridden by a past verb after it
  // ('expected to add a flight by the summer if demand held up': a past tense in a condition after it is no report)
  if (back === 'future' && forw === 'past' && backN <= 1 && !fwd.slice(0, forwN).some((x) => /^(?:if|unless|provided|once|when)$/i.test(x))) return { dir: 'past', strong: false };
  // 'the talks lasted until Thursday', 'he stayed in the city until Monday': a past verb of duration
  // before 'until' ends something that happened (not 'was given until Friday', 'postponed until Monday')
  if (prepCue && !forw && backWord !== 'by') {
    for (let i = backI - 1; i >= Math.max(0, backI - 4); i--) {
      const w = words[i]!.toLowerCase();
      // ('are being held back until January', 'was put off until Monday': what is put off lies ahead)
      if (/^(?:back|off|over)$/.test(w)) break;
      if (DURATIVE_PAST.test(w) && /^(?:being|been)$/i.test(words[i - 1] ?? '')) break;
      if (DURATIVE_PAST.test(w)) return { dir: 'past', strong: false };
      if (wordCue(words, i, backN + (backI - i), true) !== undefined) break;
    }
  }
  // 'the exhibition runs until 14 January', 'the offer is valid until March 3', 'remains open till June': what goes on now
  // in the present tense runs to a day ahead, however far
  if (prepCue && !forw && backWord !== 'by') {
    const v = words[backI - 1]?.toLowerCase() ?? '', v2 = words[backI - 2]?.toLowerCase() ?? '';
    if (/^(?:runs|lasts|continues|remains|stays|goes|closes)$/.test(v)
      || (/^(?:open|valid|available|effective|on|closed|shut|suspended)$/.test(v) && /^(?:is|are|remains?|stays?)$/.test(v2))) return { dir: 'future', strong: true };
  }
  // 'had been given until Tuesday', 'had given insurers until Thursday': time granted before the article's moment
  // ends on the nearest such day, whichever side of the DCT ('had stayed until Monday' is a durative past, above)
  if (prepCue && !forw && backWord !== 'by') {
    for (let i = backI - 1; i >= Math.max(0, backI - 8); i--) {
      if (words[i]!.toLowerCase() === 'had') return { dir: 'future', strong: false, nearest: true };
      if (wordCue(words, i, backN + (backI - i), true) === 'future') break;
    }
  }
  // 'had filed its reports by Wednesday': a deadline inside a past-perfect clause is past ('had hoped to close a deal by
  // Friday evening', said in the small hours of Saturday: a plan given up is the nearest such day, either side)
  if (prepCue && !forw && backWord === 'by') {
    for (let i = backI - 1; i >= Math.max(0, backI - 8); i--) {
      if (/^had$/i.test(words[i]!) && /^(?:hoped|planned|expected|intended|wanted|aimed|promised|pledged|vowed)$/i.test(words[i + 1] ?? '') && /^to$/i.test(words[i + 2] ?? '')) return { dir: 'future', strong: false, nearest: true };
    }
    for (let i = backI - 1; i >= Math.max(0, backI - 8); i--) {
      const w = words[i]!.toLowerCase();
      if (w === 'had' && /^(?:[a-z]+ed|been|done|made|sent|given|taken|won|paid|set|begun|met|held|kept|left|put|told|brought|bought|sold|spent|built|got|gotten|gone|come|become|run|fled|lost|found|seen|heard|withdrawn|drawn|grown|shown|known|thrown|flown|blown|broken|chosen|spoken|written|driven|risen|fallen|beaten|hidden|struck|fought|burnt|learnt|spelt|spoilt|dreamt|leapt|knelt|spilt|dwelt|smelt)$/.test(words[i + 1] ?? '')) return { dir: 'past', strong: false };
      const c = wordCue(words, i, backN + (backI - i), true);
      if (c === 'future') break;
    }
  }
  // 'employers who needed to submit payroll by 5 p.m. Monday', 'planned to finish by Friday': a plan or a need told in the
  // past tense, its infinitive before the deadline, is for the nearest such day, either side
  if (prepCue && !forw && backWord === 'by') {
    for (let i = backI - 2; i >= Math.max(0, backI - 7); i--) {
      const w = words[i]!.toLowerCase();
      if (isModal(w) || /^(?:is|are|am|has|have|will)$/.test(w)) break;
      if (PLAN_VERBS.test(w) && w !== 'moved' && /^to$/i.test(words[i + 1] ?? '') && !/^(?:is|are|was|were|be|been|being)$/i.test(words[i - 1] ?? '')) return { dir: 'future', strong: false, nearest: true };
    }
  }
  // 'crews restored power by Friday', 'the storm moved offshore by dawn Tuesday': what a past verb of
  // the clause got done by a day is behind it (not a plan, a report or a rescheduling: 'demanded
  // payment by Friday', 'said it would pay by Friday', 'moved to block the bill by Friday' stay ahead)
  if (prepCue && !forw && backWord === 'by') {
    for (let i = backI - 1; i >= Math.max(0, backI - 8); i--) {
      const c = wordCue(words, i, backN + (backI - i), true);
      if (c === 'future') break;
      if (c !== 'past') continue;
      const w = words[i]!.toLowerCase();
      // 'unless a deal is reached by Friday': a present passive is still to be done ('would go ahead unless a deal was
      // reached by 6pm on Thursday': so is a past one in the condition of a reported plan)
      // ('If they aren't cleared by Thanksgiving': negated too)
      if (/^(?:is|are|be|isn't|aren't)$/i.test(words[i - 1] ?? '') || (/^(?:not|t)$/i.test(words[i - 1] ?? '') && /^(?:is|are|be|isn|aren)$/i.test(words[i - 2] ?? ''))) break;
      // 'If it hasn't rained by Christmas, we'll be back': a present perfect before a deadline is what will or will not
      // have happened by then
      if (/^(?:has|have|hasn't|haven't|hasn\u2019t|haven\u2019t)$/i.test(words[i - 1] ?? '') || (/^not$/i.test(words[i - 1] ?? '') && /^(?:has|have)$/i.test(words[i - 2] ?? ''))) break;
      // ('would be widened if the missing were not found by Wednesday': a 'not' between too)
      const aux = /^not$/i.test(words[i - 1] ?? '') ? i - 2 : i - 1;
      if (/^(?:was|were)$/i.test(words[aux] ?? '') && words.slice(Math.max(0, aux - 4), aux).some((x) => /^(?:unless|if)$/i.test(x))
        && words.slice(0, i).some((x) => /^would$/i.test(x))) return { dir: 'future', strong: false, nearest: true };
      // 'freight trains were rolling again by Friday afternoon': a past progressive
      if (/^(?:was|were)$/.test(w) && /^[a-z]{3,}ing$/.test(words[i + 1] ?? '')) return { dir: 'past', strong: false };
      const movedSomewhere = w === 'moved' && !/^(?:to|up|back|forward)$/i.test(words[i + 1] ?? '');
      if (!movedSomewhere && (WEAK_PAST.test(w) || PLAN_VERBS.test(w))) continue;
      return { dir: 'past', strong: false };
    }
  }
  // 'when the draw is made on Sunday', 'the vote is held on Friday': a participle after a present 'is' / 'are' is a
  // schedule in the present tense, not a past
  // (not a state: 'markets are closed on Labor Day', 'the office is based in ...')
  if (back === 'past' && backN <= 2 && backI > 0 && /^(?:is|are)$/i.test(words[backI - 1]!) && !forw && !STATIVE.test(backWord)) return { dir: 'future', strong: false };
  // 'said that if talks failed on Friday, the strike would go ahead', 'would resign unless the board backed him on
  // Monday': a condition told in the past tense for a 'would' of the same sentence is still to come (the sequence of
  // tenses of reported speech); 'if talks had failed', 'would have gone ahead' are counterfactual pasts
  if (back === 'past' && backWord !== 'had' && backWord !== 'was' && backWord !== 'were' && words.slice(Math.max(0, backI - 4), backI).some((w) => /^(?:if|unless)$/i.test(w))
    && !words.slice(Math.max(0, backI - 4), backI).some((w) => /^(?:had|asked|wondered|whether)$/i.test(w))) {
    const sentence = text.slice(clauseStart(text, start, 300), sentenceEnd(text, end, 200));
    if (/\b(?:would|could|might|may)\s+(?!have\b|not\s+have\b|n't\s+have\b)(?:not\s+)?[a-z]+/i.test(sentence)) return { dir: 'future', strong: false };
  }
  // 'expect the Taoiseach to go to the country in the autumn, once the budget has been delivered in October': a present
  // perfect in a clause of time after a plan or a modal is what will have happened by then
  if (back === 'past' && backI > 0) {
    const lead = words.slice(Math.max(0, backI - 6), backI).map((x) => x.toLowerCase());
    const sub = lead.findIndex((x) => /^(?:once|when|after|until|before)$/.test(x));
    if (sub >= 0 && lead.slice(sub + 1).some((x) => x === 'has' || x === 'have')) {
      const head = words.slice(Math.max(0, backI - 6 - 24), Math.max(0, backI - 6) + sub).map((x) => x.toLowerCase());
      if (head.some((x) => isModal(x) || /^(?:expect|expects|plans?|intends?|hopes?|aims?|wants?)$/.test(x))) return { dir: 'future', strong: false };
    }
  }
  // 'residents who fled on Monday will be allowed back', 'the firm that filed for bankruptcy on Tuesday will sell': the day
  // sits in a relative clause with a past verb of its own; the main clause's verb after it does not speak for it
  if (back === 'past' && forw === 'future' && backN <= 4 && backI > 0 && /^(?:who|which|that)$/i.test(words[backI - 1]!)
    && (isPastWord(backWord) || /^[a-z]{3,}ed$/.test(backWord)) && !WEAK_PAST.test(backWord)) return { dir: 'past', strong: false };
  // 'The bureau said Monday would be fine', 'Forecasters said the weekend should stay dry': the day is the subject of a
  // modal right after it, in what was said
  if (forw === 'future' && forwN === 0 && back === 'past' && backN === 0 && /^(?:said|says|told|predicted|warned|forecast|expects?|expected|hoped|hopes)$/.test(backWord)
    && (isModal(forwWord) || /^(?:would|should|could|might|may|must)$/.test(forwWord ?? ''))) return { dir: 'future', strong: false, n: 0 };
  if (forw && forwN < backN) return { dir: forw, strong: forw === 'past' ? isStrongPast(forwWord, forwN) : isModal(forwWord), n: forwN };
  if (back) {
    // 'charges were expected Thursday', 'the vote was scheduled for Monday': a plan reported in the past tense, kept or
    // not, is the occurrence nearest the DCT on either side ('had been scheduled for Monday' stays behind)
    if (back === 'past' && /^(?:expected|due|scheduled|slated)$/.test(backWord) && /^(?:was|were)$/i.test(words[backI - 1] ?? '')) return { dir: 'past', strong: false, nearest: true };
    // 'the law took effect on Jan. 1', 'talks began in December': an irregular simple past (no participle, no adjective
    // looks like it) a few words back fixes the date in the past as firmly as a verb right before it
    const simplePast = back === 'past' && backN <= 6 && SIMPLE_PAST.test(backWord);
    // 'the transfer window closes on 31 January', said in March: a schedule in the present tense right before the date
    // is as firm as a modal (a past one would be told in the past tense)
    // ('will run between November and April': the verb after a modal is as firm as the modal)
    // ('the law takes effect Jan. 1', 'comes into force in January': as firm; its past would be 'took effect')
    const schedule = back === 'future' && ((PRESENT_FUTURE_VERBS.test(backWord)
      && ((backN <= 2 && PRESENT_FUTURE_S.test(backWord)) || isModal(words[backI - 1]?.toLowerCase())))
      || (takesEffect(words, backI) && !/^(?:did|didn't|not|never)$/i.test(words[backI - 1] ?? '')));
    return { dir: back, strong: back === 'past' ? isStrongPast(backWord, backN) || simplePast : isModal(backWord) || schedule || planHead(words, backI), n: backN };
  }
  // nothing within 10 words: a future modal further back in the same sentence
  for (let i = words.length - 11; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    if (isModal(w)) return { dir: 'future', strong: true, n: words.length - 1 - i };
    // 'said the new ferry line would open in May, with a second route to the islands starting from Sept. 1': a plan
    // reported in the past still lies ahead (not 'would have')
    if (w === 'would' && !/^(?:not|never)$/i.test(words[i + 1] ?? '')
      && !(/^have$/i.test(words[i + 1] ?? '') && /^(?:been|had|done|gone|seen|taken|given|[a-z]+ed)$/i.test(words[i + 2] ?? ''))) return { dir: 'future', strong: false };
    // '... is scheduled to spend five hours in Dar es Salaam, her first stop Tuesday morning'
    if (/^(?:is|are)$/.test(w) && /^(?:scheduled|due|set|slated|expected|forecast|likely|poised)$/i.test(words[i + 1] ?? '') && /^(?:to|for)$/i.test(words[i + 2] ?? '')) return { dir: 'future', strong: false };
    // 'Forecasters expect the storm to weaken after landfall and to spread heavy rain across the region on Monday': a plan
    // or an expectation in the present tense, its infinitive further on
    if (/^(?:expect|expects|plan|plans|intend|intends|aim|aims|hope|hopes|want|wants)$/.test(w) && words.slice(i + 1, i + 6).some((x) => x.toLowerCase() === 'to')) return { dir: 'future', strong: false };
    const c = wordCue(words, i, 10, true);
    if (c === 'past') break;
  }
  // 'Reposing at Gallagher's Funeral Home on Wednesday evening from 5pm.', 'Removal on Thursday morning to St Brendan's
  // Church.': a death notice's arrangements, told without a verb, are still to come
  if (NOTICE_OPENER.test(text.slice(Math.max(0, start - 200), start).split(/[.!?]\s+|\n/).pop()!)) return { dir: 'future', strong: false };
  return { dir: undefined, strong: false };
}

/** a weekday, perhaps with its part of the day, as a candidate's text */
const WEEKDAY_HEAD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/;
/** how a death notice's arrangements open ('Reposing at ...', 'Removal on ...', 'Funeral Mass on ...', 'Visitation from ...') */
const NOTICE_OPENER = /^\s*(?:Reposing|Repose|Removal|Funeral(?:\s+Mass|\s+service|\s+services)?|Burial|Interment|Cremation|Visitation|Viewing|Calling\s+hours|Requiem\s+Mass|Memorial\s+service|Lying\s+in\s+state)\b(?![^,]*\b(?:was|were|took\s+place|had|did)\b)/;

export function directionCue(text: string, start: number, end: number): Direction {
  return directionCueDetail(text, start, end).dir;
}

/** a year named right after a day in its clause: one or two words (and perhaps an apposition: 'the June 3 walkout, a 48-hour strike in 2029'), then 'in 2020' / 'of 2020' / 'last year' ('its March 4 filing last year') */
const CLAUSE_YEAR = /^(?:\s+[a-z][a-z'’-]*){0,2}?(?:,\s+(?:a|an|the)(?:\s+[\w'’-]+){1,3}?)?\s+(?:(?:in|of|during)\s+((?:1[5-9]|20)\d\d)(?![\d%]|[-–/]\d|s\b|[.,]\d)|(last|this|next)\s+year\b(?!['\u2019]s))/;

/** The year named right after a day, in the same clause ('on Labor Day in 2008', 'the March 4 filing last year'), if any. */
export function clauseYear(text: string, end: number, dctYear: number): number | undefined {
  const m = CLAUSE_YEAR.exec(text.slice(end, end + 48));
  if (!m) return undefined;
  if (m[1]) return Number(m[1]);
  return dctYear + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[m[2]!.toLowerCase()]!;
}

/** ... or a year counted from the one under discussion ('completed on 14 March the following year') */
const CLAUSE_NARRATIVE_YEAR = /^(?:\s+[a-z][a-z'\u2019-]*){0,2}?\s+(?:of\s+)?(the\s+(?:following|next|previous|preceding|same)|that)\s+year\b/;

/** The offset from the year under discussion of a year named right after a day ('14 March the following year': +1), if any. */
export function clauseNarrativeYear(text: string, end: number): number | undefined {
  const m = CLAUSE_NARRATIVE_YEAR.exec(text.slice(end, end + 48));
  if (!m) return undefined;
  return /following|next/.test(m[1]!) ? 1 : /previous|preceding/.test(m[1]!) ? -1 : 0;
}

/** a phrase of time opening a sentence that names a bare year: 'In 1967 the band ...', 'After the flood in 1965, he ...' */
const FRONTED_YEAR = /^["'\u201c\u2018]?(?:In|During|By|After|Before|Following|Throughout)\b[^,.;:!?\n]{0,60}?\b((?:1[5-9]|20)\d\d)\b(?![-\u2013/]\d|['\u2019]?s\b|\s*(?:-|\u2013|to|and|or)\s*\d)/;

/**
 * The year of a phrase of time fronting the sentence that holds `at` ('In 1967 the band played Carnegie Hall on St
 * Patrick's Day', 'After the Cedar Fork flood in 1965, he told families they could pay in the fall'), when no other year
 * and no 'last' / 'next' / 'this' comes between; else undefined.
 */
export function frontedYear(text: string, at: number): number | undefined {
  const before = text.slice(Math.max(0, at - 240), at);
  const cut = before.search(/(?:[.!?]["'\u201d\u2019]?\s+|\n)(?=[^.!?\n]*$)/);
  if (cut < 0 && at > 240) return undefined;
  let sentence = cut < 0 ? before : before.slice(cut).replace(/^[.!?"'\u201d\u2019]*\s+/, '');
  // ('..., and in 1967 the band played ...': or opening a clause joined to the sentence)
  const joined = /[,;]\s+(?:and|but|while|then)\s+(?=(?:in|during|by|after|before|following)\s[^,;]*$)/i.exec(sentence);
  if (joined) sentence = sentence.slice(joined.index + joined[0].length).replace(/^./, (x) => x.toUpperCase());
  const m = FRONTED_YEAR.exec(sentence);
  if (!m) return undefined;
  const rest = sentence.slice(m.index + m[0].length);
  if (/\b(?:1[5-9]|20)\d\d\b|\b(?:last|next|this|coming|past)\s+$/i.test(rest)) return undefined;
  return Number(m[1]);
}
