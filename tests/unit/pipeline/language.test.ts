/** Telling English text from other languages by their commonest words (src/timeline/language.ts). */
import { describe, expect, it } from 'vitest';
import { guessEnglish } from '../../../src/timeline/language.ts';

describe('guessEnglish', () => {
  it.each([
    ['French', "Le conseil municipal a adopté lundi 24 novembre le budget pour l'année prochaine, après trois heures de débat. « C'est un budget responsable », a déclaré la maire à l'issue de la séance."],
    ['German', 'Der Stadtrat hat am Montag den Haushalt für das kommende Jahr nach drei Stunden Debatte verabschiedet. „Das ist ein verantwortungsvoller Haushalt“, sagte die Bürgermeisterin nach der Sitzung.'],
    ['Spanish', 'El ayuntamiento aprobó el lunes 24 de noviembre el presupuesto para el próximo año, tras tres horas de debate. «Es un presupuesto responsable», declaró la alcaldesa al término de la sesión.'],
    ['Italian', 'Il consiglio comunale ha approvato lunedì 24 novembre il bilancio per il prossimo anno, dopo tre ore di dibattito. «È un bilancio responsabile», ha dichiarato la sindaca al termine della seduta.'],
    ['Dutch', 'De gemeenteraad heeft maandag 24 november de begroting voor het komende jaar goedgekeurd, na drie uur debat. „Het is een verantwoorde begroting”, zei de burgemeester na afloop van de vergadering.'],
  ])('%s is not English', (_language, text) => {
    expect(guessEnglish(text).english).toBe(false);
  });

  it('English, English quoting French, and too few words to tell are English', () => {
    expect(guessEnglish('The council met on Monday and voted to approve the budget for next year after a debate of three hours, officials said.').english).toBe(true);
    expect(
      guessEnglish('The mayor said on Monday that the budget had passed. "C\'est un budget responsable pour la ville et pour les habitants", she told reporters after the session.').english,
    ).toBe(true);
    expect(guessEnglish('Le budget est adopté.')).toEqual({ words: 4, englishWords: 0, otherWords: 2, english: true });
    expect(guessEnglish('')).toEqual({ words: 0, englishWords: 0, otherWords: 0, english: true });
  });

  it('judges a long text by its opening', () => {
    const french = "Le conseil municipal a adopté lundi le budget pour l'année prochaine, après trois heures de débat. ";
    const english = 'The council met on Monday and voted to approve the budget for next year after a debate, officials said. ';
    const long = guessEnglish(french.repeat(100) + english.repeat(1000));
    expect(long.english).toBe(false);
    expect(long.words).toBeLessThan(1200);
  });
});
