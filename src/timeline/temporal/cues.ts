/**
 * Tense and modality cues around an expression: decides whether an
 * underspecified expression (a weekday, a month-day without a year, a bare
 * month) points before or after the document date.
 */

const FUTURE_WORDS = new Set([
  'will', "won't", 'wont', 'shall', 'would', "wouldn't", "'ll", 'going', 'scheduled', 'expected', 'expects', 'expect',
  'plan', 'plans', 'planned', 'planning', 'slated', 'due', 'deadline', 'until', 'till', 'by', 'next', 'coming',
  'upcoming', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'set', 'proposed', 'could', 'might', 'may',
  'should', 'must', 'to', 'tomorrow', 'ahead', 'awaiting', 'await', 'awaits', 'resume', 'resumes',
]);
const PAST_WORDS = new Set([
  'said', 'says', 'was', 'were', 'had', 'did', 'told', 'ago', 'last', 'yesterday', 'since', 'earlier', 'previously',
  'announced', 'reported', 'began', 'came', 'went', 'took', 'made', 'met', 'saw', 'gave', 'left', 'fell', 'rose',
  'won', 'lost', 'held', 'sent', 'spent', 'struck', 'hit', 'killed', 'found', 'became', 'led', 'paid', 'sold',
  'bought', 'brought', 'fought', 'spoke', 'wrote', 'broke', 'ran', 'got', 'stood', 'put', 'knew', 'thought', 'kept',
  'closed', 'ended', 'arrived', 'died', 'agreed', 'rejected', 'released',
]);
/** words after the expression that make it a future reference: 'a Thursday deadline' */
const FUTURE_AFTER = /^\W{0,3}(?:deadline|deadlines|meeting|summit|vote|election|talks|session|hearing|to (?:respond|decide|reply|answer|accept|agree|sign|approve|vote|comply|submit))\b/i;

const WORD_RE = /[A-Za-z']+/g;

/** Sentence-ish boundary search: stop at . ! ? ; or a blank line (cheap and local). */
function clauseStart(text: string, pos: number, maxBack: number): number {
  const lo = Math.max(0, pos - maxBack);
  for (let i = pos - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    // '.', '!', '?', ';', '\n\n'
    if (c === 33 || c === 63 || c === 59) return i + 1;
    if (c === 46) {
      // a period followed by space and uppercase / newline ends a sentence; 'Mar. 13' does not
      const next = text[i + 1];
      const prevWord = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 6), i));
      if ((next === ' ' || next === '\n') && !(prevWord && prevWord[1]!.length <= 4 && /^[A-Z]/.test(prevWord[1]!))) return i + 1;
    }
    if (c === 10 && text.charCodeAt(i - 1) === 10) return i + 1;
  }
  return lo;
}

export type Direction = 'past' | 'future' | undefined;

/**
 * Look for the nearest tense/modality cue before the expression (same
 * sentence, up to ~10 words) and for deadline-like nouns right after it.
 */
function wordCue(words: string[], i: number, n: number, backward: boolean): Direction | 'skip' {
  const raw = words[i]!;
  const w = raw.toLowerCase();
  if (w === 'to') {
    if (!backward) return 'skip';
    // 'plans to meet Friday' (future) vs 'from Monday to Friday' (neutral): only an infinitive counts
    const nextWord = words[i + 1]?.toLowerCase();
    if (n > 0 && nextWord && INFINITIVES.test(nextWord)) return 'future';
    return 'skip';
  }
  if (w === "'ll" || w.endsWith("'ll")) return 'future';
  if (FUTURE_WORDS.has(w)) {
    if ((w === 'may' || w === 'could' || w === 'might' || w === 'should' || w === 'must' || w === 'would') && words[i + 1]?.toLowerCase() === 'have') return 'past';
    if (!backward && /^(?:until|till|by|before|next|coming|upcoming|to|set|due|plan|hope|aim|expect)$/.test(w)) return 'skip';
    if (w === 'by' && n > 2) return 'skip'; // 'by' counts only right before the expression
    // 'had been due to expire Friday', 'was scheduled for Monday': a plan seen from the past
    if (/^(?:due|scheduled|expected|set|slated|planned|supposed)$/.test(w) && /^(?:had|was|were|been)$/.test(words[i - 1]?.toLowerCase() ?? '')) return 'past';
    if (w === 'set' && words[i + 1]?.toLowerCase() !== 'to' && words[i + 1]?.toLowerCase() !== 'for') return 'skip';
    if (w === 'may' && raw === 'May') return 'skip';
    return 'future';
  }
  if (PAST_WORDS.has(w)) return 'past';
  // a lower-case '-ed' word is a past tense or participle ('United', 'Ahmed' are not)
  // a passive participle after 'be' ('will be reviewed') says nothing; look further
  if (raw === w && w.endsWith('ed') && /^(?:be|being)$/.test(words[i - 1]?.toLowerCase() ?? '')) return 'skip';
  if (raw === w && w.length > 4 && w.endsWith('ed') && !/^(?:need|speed|seed|feed|breed|proceed|succeed|exceed|indeed|embed|scheduled|expected|planned|proposed)$/.test(w)) return 'past';
  if (backward && /^(?:is|are|am)$/.test(w) && /^(?:to|due|set|scheduled|expected|slated)$/i.test(words[i + 1] ?? '')) return 'future';
  if (backward && n <= 2 && PRESENT_FUTURE_VERBS.test(w) && words[i - 1]?.toLowerCase() !== 'to') return 'future';
  return undefined;
}

const INFINITIVES = /^(?:meet|hold|vote|visit|travel|return|announce|decide|sign|begin|start|resume|open|release|publish|present|deliver|attend|host|launch|hear|rule|leave|arrive|be|take|make|go|face|testify|appear|report|issue|respond|reply|speak|talk|discuss|call|unveil|consider|review|debate|decide|address|join|fly|head|convene|reconvene|submit|finalize|finalise|outline|receive|sit|stand|give)$/i;
/** present-tense verbs right before a day name announce a schedule: 'meet Monday', 'arrives Tuesday' */
const PRESENT_FUTURE_VERBS = /^(?:meet|meets|begin|begins|start|starts|open|opens|arrive|arrives|leave|leaves|visit|visits|resume|resumes|return|returns|travel|travels|vote|votes|face|faces|host|hosts|launch|launches|expire|expires|end|ends|close|closes|convene|convenes|reconvene|reconvenes)$/;

/**
 * The nearest tense/modality cue around the expression: backwards to the start
 * of the clause (up to 10 words) and forwards up to 4 words before punctuation;
 * the closer one wins (backwards on a tie). Deadline nouns right after the
 * expression ('a Thursday deadline') always mean the future.
 */
export function directionCue(text: string, start: number, end: number): Direction {
  const after = text.slice(end, end + 40);
  if (FUTURE_AFTER.test(after)) return 'future';
  const from = clauseStart(text, start, 120);
  const words = text.slice(from, start).match(WORD_RE) ?? [];
  let back: Direction, backN = 99;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 10; i--, n++) {
    const c = wordCue(words, i, n, true);
    if (c === 'skip' || c === undefined) continue;
    back = c; backN = n;
    break;
  }
  const clauseAfter = /^[^.;:!?,\n]*/.exec(after)![0];
  const fwd = clauseAfter.match(WORD_RE) ?? [];
  let forw: Direction, forwN = 99;
  for (let i = 0; i < Math.min(fwd.length, 4); i++) {
    const c = wordCue(fwd, i, i, false);
    if (c === 'skip' || c === undefined) continue;
    forw = c; forwN = i;
    break;
  }
  // 'until Thursday, they had not ...': a preposition cue is overridden by a past verb after it
  if (back === 'future' && forw === 'past' && backN <= 1) return 'past';
  if (forw && forwN < backN) return forw;
  return back;
}
