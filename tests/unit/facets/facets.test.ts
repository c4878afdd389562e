import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/timeline/types.ts';
import {
  actorFacets,
  actorPath,
  eventActors,
  eventOutlets,
  outletFacets,
  outletName,
  outletPath,
  slugify,
} from '../../../src/lib/facets/index.ts';

function event(id: string, date: string, actors: string[], articles: string[]): TimelineEvent {
  return {
    id,
    date,
    kind: 'occurred',
    title: `Event ${id}`,
    actors,
    related: [],
    citations: articles.map((article, i) => ({
      article,
      sentenceIndex: i,
      sentence: `Sentence ${i}.`,
      expression: 'Monday',
      match: 'date' as const,
    })),
  };
}

function article(slug: string, publisher?: string, url?: string) {
  return { input: { slug, file: `content/articles/${slug}.md`, authors: [], captions: [], body: '', publisher, url } };
}

describe('slugify', () => {
  it('makes lower-case kebab-case and folds accents', () => {
    expect(slugify('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy');
    expect(slugify('Emmanuel Macron’s office')).toBe('emmanuel-macrons-office');
    expect(slugify('Ségolène Royal')).toBe('segolene-royal');
    expect(slugify('  U.S. State Department ')).toBe('u-s-state-department');
    expect(slugify('AT&T')).toBe('at-and-t');
  });
  it('drops a leading "the" so outlet spellings agree', () => {
    expect(slugify('The Wall Street Journal')).toBe('wall-street-journal');
    expect(slugify('Wall Street Journal')).toBe('wall-street-journal');
    expect(slugify('Theresa May')).toBe('theresa-may');
  });
  it('keeps letters of other scripts and never returns an empty slug', () => {
    expect(slugify('Володимир Зеленський')).toBe('володимир-зеленський');
    expect(slugify('—')).toBe('unnamed');
  });
  it('is idempotent', () => {
    for (const name of ['The Kremlin', 'Marco Rubio', 'NATO', 'Ségolène Royal']) expect(slugify(slugify(name))).toBe(slugify(name));
  });
});

describe('paths', () => {
  it('honours the base and encodes non-ASCII slugs', () => {
    expect(actorPath('Marco Rubio')).toBe('/actors/marco-rubio/');
    expect(outletPath('The Wall Street Journal', '/timeline/')).toBe('/timeline/outlets/wall-street-journal/');
    expect(outletPath('Reuters', '/timeline')).toBe('/timeline/outlets/reuters/');
    expect(actorPath('Кремль')).toBe(`/actors/${encodeURIComponent('кремль')}/`);
  });
});

describe('actorFacets', () => {
  const events = [
    event('a', '2025-11-23', ['Marco Rubio', 'the Kremlin', 'Ukraine'], ['wsj']),
    event('b', '2025-11-24', ['marco rubio', 'Ukraine', 'Ukraine'], ['ap']),
    event('c', '2025-11-24', ['Marco Rubio'], ['ap']),
  ];
  const facets = actorFacets(events);
  it('merges spellings and keeps the most frequent one', () => {
    const rubio = facets.find((f) => f.slug === 'marco-rubio')!;
    expect(rubio.name).toBe('Marco Rubio');
    expect(rubio.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
  it('lists an event once per actor even when named twice', () => {
    expect(facets.find((f) => f.slug === 'ukraine')!.events.map((e) => e.id)).toEqual(['a', 'b']);
  });
  it('sorts by name, case- and article-insensitively by slug key', () => {
    expect(facets.map((f) => f.slug)).toEqual(['marco-rubio', 'kremlin', 'ukraine'].sort((a, b) => {
      const names: Record<string, string> = { 'marco-rubio': 'Marco Rubio', kremlin: 'the Kremlin', ukraine: 'Ukraine' };
      return names[a]!.localeCompare(names[b]!, 'en', { sensitivity: 'base' });
    }));
  });
  it('ignores blank actor names', () => {
    expect(actorFacets([event('x', '2025-01-01', ['  '], [])])).toEqual([]);
  });
});

describe('outletFacets', () => {
  const articles = [
    article('wsj', 'The Wall Street Journal'),
    article('wsj2', 'Wall Street Journal'),
    article('ap', undefined, 'https://www.apnews.com/article/x'),
    article('anon'),
  ];
  const events = [event('a', '2025-11-23', [], ['wsj', 'wsj2']), event('b', '2025-11-24', [], ['ap', 'anon'])];
  it('names an outlet by publisher or by host, and none when neither is known', () => {
    expect(outletName(articles[0]!)).toBe('The Wall Street Journal');
    expect(outletName(articles[2]!)).toBe('apnews.com');
    expect(outletName(articles[3]!)).toBeNull();
  });
  it('groups articles and events by outlet, an event once per outlet', () => {
    const facets = outletFacets(articles, events);
    expect(facets.map((f) => [f.slug, f.articles, f.events.map((e) => e.id)])).toEqual([
      ['apnews-com', ['ap'], ['b']],
      ['wall-street-journal', ['wsj', 'wsj2'], ['a']],
    ]);
  });
  it('gives each event its outlets and actors as links', () => {
    expect(eventOutlets(events[0]!, articles)).toEqual([{ slug: 'wall-street-journal', name: 'The Wall Street Journal' }]);
    expect(eventActors({ actors: ['Ukraine', 'ukraine', 'Kyiv'] })).toEqual([
      { slug: 'ukraine', name: 'Ukraine' },
      { slug: 'kyiv', name: 'Kyiv' },
    ]);
  });
});
