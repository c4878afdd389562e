/** The actors index of a large archive: initial letters (accents folded), most-named actors. */
import { describe, expect, it } from 'vitest';
import { actorLetterPath, byLetter, indexLetter, letterSlug, mostNamed } from '../../../src/lib/facets/index.ts';

describe('actor index letters', () => {
  it('folds accents and case, and puts anything but A–Z under #', () => {
    expect(['Émile Zola', 'ana Ruiz', 'Øystein Berg', '3M', '“Red” Hale', 'Ángela Vidal', '  Bo Li'].map(indexLetter)).toEqual(['E', 'A', '#', '#', '#', 'A', 'B']);
    expect(letterSlug('Q')).toBe('q');
    expect(letterSlug('#')).toBe('other');
    expect(actorLetterPath('#', '/news/')).toBe('/news/actors/letter/other/');
  });

  it('groups in letter order with # last, keeping each list in the given order', () => {
    const groups = byLetter([{ name: 'Ada Byrne' }, { name: '9 News' }, { name: 'Ángel Soto' }, { name: 'Cora Diaz' }, { name: 'Abel Ito' }]);
    expect(groups.map((g) => [g.letter, g.slug, g.facets.map((f) => f.name)])).toEqual([
      ['A', 'a', ['Ada Byrne', 'Ángel Soto', 'Abel Ito']],
      ['C', 'c', ['Cora Diaz']],
      ['#', 'other', ['9 News']],
    ]);
  });

  it('picks the most named, ties in the given order', () => {
    const f = (name: string, n: number) => ({ name, events: Array.from({ length: n }) });
    expect(mostNamed([f('a', 1), f('b', 3), f('c', 2), f('d', 3)], 3).map((x) => x.name)).toEqual(['b', 'd', 'c']);
  });
});
