import { describe, expect, it } from 'vitest';
import { actorVariants, oneEditApart, unifyActorNames } from '../../../src/timeline/actor-variants.ts';
import type { TimelineEvent } from '../../../src/timeline/types.ts';

const counts = (entries: [string, number][]) => new Map(entries);

describe('one edit apart', () => {
  it('a letter added, dropped, changed or two swapped', () => {
    expect(oneEditApart('zelensky', 'zelenskyy')).toBe(true);
    expect(oneEditApart('gaddafi', 'gadhafi')).toBe(true);
    expect(oneEditApart('gorbachev', 'gorbachov')).toBe(true);
    expect(oneEditApart('kwiatkowski', 'kwaitkowski')).toBe(true);
    expect(oneEditApart('navalny', 'navalny')).toBe(true);
  });
  it('not two edits', () => {
    expect(oneEditApart('gaddafi', 'qadhafi')).toBe(false);
    expect(oneEditApart('johnson', 'jonsen')).toBe(false);
    expect(oneEditApart('tymoshenko', 'timoshenko ')).toBe(false);
  });
});

describe('actor variants across the collection', () => {
  it('merges surname spellings of one full name under the most used one', () => {
    const v = actorVariants(counts([['Moammar Gadhafi', 5], ['Moammar Gaddafi', 2], ['Mikhail Gorbachev', 1], ['Mikhail Gorbachov', 1]]));
    expect(v.get('Moammar Gaddafi')).toBe('Moammar Gadhafi');
    expect(v.has('Moammar Gadhafi')).toBe(false);
    // a tie goes to the longer name, then code-point order
    expect(v.get('Mikhail Gorbachov')).toBe('Mikhail Gorbachev');
  });

  it('merges an organisation and its acronym', () => {
    const v = actorVariants(counts([['NATO', 3], ['North Atlantic Treaty Organization', 1], ['WHO', 1], ['World Health Organization', 4]]));
    expect(v.get('North Atlantic Treaty Organization')).toBe('NATO');
    expect(v.get('WHO')).toBe('World Health Organization');
  });

  it('leaves apart what may be different actors', () => {
    const v = actorVariants(
      counts([
        ['John Baker', 1], ['John Barker', 1], // surnames too short to tell
        ['Boris Yeltsin', 1], ['Borys Yeltsin', 1], // another first word
        ['Ford', 2], ['Fords', 1], // single words
        ['Nadia Petrova', 1], ['Nadia Ivanova', 1], // different surnames
        ['Maria Lopez Garcia', 1], ['Maria Lopez Garcia-Ruiz', 1], // more than one edit
        ['UN', 3], ['United Nations', 1], ['Union Nationale', 1], // an acronym two names spell
        ['MS', 1], ['Mary Smith', 1], // a person's initials
      ]),
    );
    expect(v.size).toBe(0);
  });

  it('renames the actors of events, an event naming both spellings once', () => {
    const ev = (id: string, actors: string[]) => ({ id, date: '2024-03-04', kind: 'occurred', title: id, actors, citations: [], related: [] }) as TimelineEvent;
    const events = [ev('a', ['Moammar Gadhafi', 'NATO']), ev('b', ['Moammar Gaddafi', 'Moammar Gadhafi']), ev('c', ['North Atlantic Treaty Organization']), ev('d', ['NATO'])];
    unifyActorNames(events);
    expect(events.map((e) => e.actors)).toEqual([['Moammar Gadhafi', 'NATO'], ['Moammar Gadhafi'], ['NATO'], ['NATO']]);
  });
});
