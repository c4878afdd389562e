/**
 * Tense and modality cues around an expression: decides whether an
 * underspecified expression (a weekday, a month-day without a year, a bare
 * month) points before or after the document date.
 */

const FUTURE_WORDS = new Set([
  'will', "won't", 'wont', 'shall', 'would', "wouldn't", "'ll", 'going', 'scheduled', 'expected', 'expects', 'expect',
  'plan', 'plans', 'planned', 'planning', 'slated', 'due', 'deadline', 'until', 'till', 'by', 'next', 'coming',
  'upcoming', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'set', 'proposed', 'could', 'might', 'may',
  'should', 'must', 'to', 'tomorrow', 'later', 'before', 'ahead', 'awaiting', 'await', 'awaits', 'resume', 'resumes',
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
      // a period followed by space and uppercase / newline ends a sentence; 'Nov. 23' does not
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
export function directionCue(text: string, start: number, end: number): Direction {
  const after = text.slice(end, end + 40);
  if (FUTURE_AFTER.test(after)) return 'future';
  const from = clauseStart(text, start, 120);
  const before = text.slice(from, start);
  const words = before.match(WORD_RE) ?? [];
  let n = 0;
  for (let i = words.length - 1; i >= 0 && n < 10; i--, n++) {
    const w = words[i]!.toLowerCase();
    if (w === 'to' && n > 0) {
      // 'plans to meet Friday' (future) vs 'from Monday to Friday' (neutral): only an infinitive counts
      const nextWord = words[i + 1]?.toLowerCase();
      if (nextWord && /^(?:meet|hold|vote|visit|travel|return|announce|decide|sign|begin|start|resume|open|release|publish|present|deliver|attend|host|launch|hear|rule|leave|arrive|be)$/.test(nextWord)) return 'future';
      continue;
    }
    if (w === 'to') continue;
    if (w === "'ll" || w.endsWith("'ll")) return 'future';
    if (FUTURE_WORDS.has(w)) {
      if ((w === 'may' || w === 'could' || w === 'might' || w === 'should' || w === 'must') && words[i + 1]?.toLowerCase() === 'have') return 'past';
      if (w === 'by' && n > 2) continue; // 'by' counts only right before the expression
      if (w === 'before' && n > 1) continue;
      if (w === 'set' && words[i + 1]?.toLowerCase() !== 'to' && words[i + 1]?.toLowerCase() !== 'for') continue;
      return 'future';
    }
    if (PAST_WORDS.has(w)) return 'past';
    if (w.length > 4 && w.endsWith('ed') && !/^(?:need|speed|seed|feed|breed|proceed|succeed|exceed|indeed|embed)$/.test(w)) return 'past';
    if (/^(?:is|are|am)$/.test(w) && /^(?:to|due|set|scheduled|expected|slated)$/i.test(words[i + 1] ?? '')) return 'future';
  }
  return undefined;
}
