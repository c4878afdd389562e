import { describe, expect, it } from 'vitest';
import { fullNameIndex, sentenceActors } from '../../../src/timeline/actors.ts';

const actorsOf = (sentence: string, article: string[] = [sentence]) => sentenceActors(sentence, fullNameIndex(article));

describe('sentenceActors (rule-based, compromise lexicon as gazetteer)', () => {
  it('finds titled people and organisations ending in an organisation word', () => {
    expect(actorsOf('Interior Minister Claudia Berger said the Federal Railway Authority would review the contracts.')).toEqual([
      'Claudia Berger',
      'Federal Railway Authority',
    ]);
  });

  it('does not take a dateline for an actor, and keeps the names after it', () => {
    expect(actorsOf('HOUSTON — The Harris County Commission approved the budget on Monday, Commissioner Lena Ortiz said.')).toEqual([
      'Lena Ortiz',
      'Harris County Commission',
    ]);
    expect(actorsOf('ST. LOUIS (AP) — Mayor Tomas Reyes signed the order on Tuesday.')).toEqual(['Tomas Reyes']);
    expect(actorsOf('KYIV, Ukraine — Foreign Minister Olena Hrytsenko met envoys on Sunday.')).toEqual(['Olena Hrytsenko']);
    // capitals that open a sentence without a dash are a name, not a dateline
    expect(actorsOf('NATO said on Monday that it would send more troops.')).toEqual(['NATO']);
  });

  it('keeps name particles and splits an organisation from the title that follows it', () => {
    expect(actorsOf('European Commission President Ursula von der Leyen set out three principles.')).toEqual([
      'Ursula von der Leyen',
      'European Commission',
    ]);
  });

  it('drops a lone given name when the full name is in the sentence, and expands it from the article', () => {
    expect(actorsOf('Vladimir Putin spoke to Donald Trump; Vladimir said little.')).toEqual(['Vladimir Putin', 'Donald Trump']);
    const article = ['Russian President Vladimir Putin met envoys.', 'Vladimir later said the talks were useful.'];
    expect(actorsOf(article[1]!, article)).toEqual(['Vladimir Putin']);
  });

  it('does not take countries, days, time zones or sentence-initial common words for actors', () => {
    expect(actorsOf('Officials said the U.S. and Ukraine met on Monday at 9 a.m. ET in Geneva.')).toEqual([]);
  });

  it('drops an occupation before a full name', () => {
    expect(actorsOf('Epidemiologist Nadia Corriveau said the outbreak had peaked.')).toEqual(['Nadia Corriveau']);
  });

  it('expands a bare surname to the full name the article uses', () => {
    const article = ['Mayor Jonas Abernathy opened the bridge.', 'Abernathy said on Friday that tolls would fall.'];
    expect(actorsOf(article[1]!, article)).toEqual(['Jonas Abernathy']);
  });
});
