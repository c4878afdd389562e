/**
 * Is an article's text English? The date rules read English news prose; an article in another
 * language keeps its page but yields few or no events, so the build says why.
 * Judged by function words, which make up a third or more of any prose (in the first
 * `SAMPLE_CHARS` characters): the text is taken for
 * English unless the commonest words of French, German, Spanish, Italian, Portuguese and Dutch
 * outnumber the commonest English ones. Words both languages use ('a', 'in', 'on', 'is', 'die',
 * 'van') are in neither list; names, numbers and code count for nothing either way.
 */

const ENGLISH = new Set(
  (
    'the of and to was that for with as by at it its he she they his her their we you this these those ' +
    'said says from has have had be been are were will would not but or which who whom what when after ' +
    'about than more also into over there an our can could should may might must does did'
  ).split(' '),
);

const OTHER = new Set(
  (
    // French
    'le la les des du une et est que qui dans pour pas sur au aux avec cette il elle ont été sont par plus ne lors selon après ' +
    // German
    'der das und ist nicht mit dem des ein eine einer sich auf für von zu im auch nach wird werden hat haben sie bei ' +
    // Spanish, Italian, Portuguese
    'el los las del y en un por con para es se lo su al como más fue il gli della di che è sono nel alla os da do das dos não com uma ' +
    // Dutch
    'het een en niet op voor zijn'
  ).split(' '),
);

/** Below this many words the counts say nothing (a headline-only article, a one-line brief). */
export const MIN_WORDS = 20;

export interface LanguageGuess {
  words: number;
  englishWords: number;
  otherWords: number;
  /** False only when there are enough words to tell and other languages' common words outnumber English ones. */
  english: boolean;
}

/** The language is judged on the opening of the text: some 300 words tell, and the rest of a long article is not read. */
export const SAMPLE_CHARS = 2000;

export function guessEnglish(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, text.lastIndexOf(' ', SAMPLE_CHARS) + 1 || SAMPLE_CHARS) : text;
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  let englishWords = 0;
  let otherWords = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) englishWords++;
    else if (OTHER.has(w)) otherWords++;
  }
  return { words: words.length, englishWords, otherWords, english: words.length < MIN_WORDS || englishWords >= otherWords };
}
