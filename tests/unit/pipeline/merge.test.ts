import { describe, expect, it } from 'vitest';
import { analyzeAll, buildTimeline } from '../../../src/timeline/pipeline.ts';
import { eventId, hash53 } from '../../../src/timeline/ids.ts';
import { mergeActors } from '../../../src/timeline/merge.ts';
import { toTimelineJson } from '../../../src/timeline/json.ts';
import { article, fakeExtractor } from './helpers.ts';

const extract = fakeExtractor({
  'on Tuesday': '2024-05-14',
  Tuesday: '2024-05-14',
  'May 14': '2024-05-14',
  'on Wednesday': '2024-05-15',
  'by Friday': '2024-05-17',
  'until Friday': '2024-05-17',
  'a Friday deadline': '2024-05-17',
});

const a1 = article(
  'quake-relief-a',
  'The European Commission approved an emergency aid package of 50 million euros for earthquake survivors in Albania on Tuesday. Separately, the Danube ferry operator Aquila Lines cancelled its evening sailings on Tuesday because of fog. Brussels gave Tirana until Friday to submit a reconstruction plan.',
  { published: '2024-05-15' },
);
const a2 = article(
  'quake-relief-b',
  'Albania will receive 50 million euros in emergency earthquake aid, the European Commission said May 14. The Commission set a Friday deadline for Albania to submit its reconstruction plan. Brussels approved the aid package for earthquake survivors after a request from Tirana.',
  { published: '2024-05-16' },
);
const unrelated = article('chess-final', 'The world chess final ended in a draw on Wednesday after 41 moves.', { published: '2024-05-15' });

describe('merge', () => {
  it('merges reports of the same happening across articles, keeps other happenings apart', () => {
    const tl = buildTimeline(analyzeAll([a1, a2], extract));
    const day = tl.events.filter((e) => e.date === '2024-05-14');
    const aid = day.find((e) => e.citations.some((c) => /emergency aid package/.test(c.sentence)))!;
    expect(aid.citations.filter((c) => c.match === 'date').map((c) => c.article).sort()).toEqual(['quake-relief-a', 'quake-relief-b']);
    const ferry = day.find((e) => e.citations.some((c) => /ferry/.test(c.sentence)))!;
    expect(ferry.id).not.toBe(aid.id);
    expect(ferry.citations).toHaveLength(1);
  });

  it('merges two deadlines falling on the same day about the same actors, scheduled', () => {
    const tl = buildTimeline(analyzeAll([a1, a2], extract));
    const due = tl.events.filter((e) => e.date === '2024-05-17');
    expect(due).toHaveLength(1);
    expect(due[0]!.kind).toBe('scheduled');
    expect(due[0]!.citations).toHaveLength(2);
  });

  it('attaches an undated sentence reporting a dated event by content', () => {
    const tl = buildTimeline(analyzeAll([a1, a2], extract));
    const aid = tl.events.find((e) => e.citations.some((c) => /emergency aid package/.test(c.sentence)))!;
    const content = aid.citations.filter((c) => c.match === 'content');
    expect(content.map((c) => c.sentence)).toEqual(['Brussels approved the aid package for earthquake survivors after a request from Tirana.']);
    expect(content[0]!.expression).toBeNull();
  });

  it('does not attach by content outside the window around the article date', () => {
    const late = article('late', 'Brussels approved the aid package for earthquake survivors after a request from Tirana.', { published: '2024-06-30' });
    const tl = buildTimeline(analyzeAll([a1, late], extract));
    expect(tl.events.flatMap((e) => e.citations).filter((c) => c.article === 'late')).toEqual([]);
  });

  it('keeps event ids when an unrelated article is added, and output is order-independent', () => {
    const before = buildTimeline(analyzeAll([a1, a2], extract));
    const after = buildTimeline(analyzeAll([unrelated, a2, a1], extract));
    const ids = (t: typeof before) => new Set(t.events.map((e) => e.id));
    for (const id of ids(before)) expect(ids(after).has(id)).toBe(true);
    expect(after.events.length).toBe(before.events.length + 1);
    const again = buildTimeline(analyzeAll([a2, a1], extract));
    expect(JSON.stringify(toTimelineJson(again, '/'))).toBe(JSON.stringify(toTimelineJson(before, '/')));
  });

  it('sorts events by date, time, id', () => {
    const tl = buildTimeline(analyzeAll([a1, a2, unrelated], extract));
    const keys = tl.events.map((e) => `${e.date}|${e.time ?? ''}|${e.id}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('ids', () => {
  it('are short, deterministic and fragment-safe', () => {
    expect(eventId('a', 3, '2024-05-14')).toBe(eventId('a', 3, '2024-05-14'));
    expect(eventId('a', 3, '2024-05-14')).not.toBe(eventId('a', 4, '2024-05-14'));
    expect(eventId('a', 3, '2024-05-14')).toMatch(/^ev-[0-9a-z]{11}$/);
    expect(hash53('')).toBeTypeOf('number');
  });
});

describe('mergeActors', () => {
  it('dedupes case-insensitively and drops bare surnames covered by a full name', () => {
    expect(mergeActors([['Claudia Berger', 'NATO'], ['Berger', 'nato', 'Federal Railway Authority']])).toEqual([
      'Claudia Berger',
      'NATO',
      'Federal Railway Authority',
    ]);
  });
});

describe('timeline.json', () => {
  it('emits the documented shape with base-aware paths', () => {
    const tl = buildTimeline(analyzeAll([a1], extract));
    const json = toTimelineJson(tl, '/news/');
    expect(Object.keys(json.articles[0]!)).toEqual(['slug', 'title', 'publisher', 'authors', 'url', 'published', 'publishedPrecision', 'dateInferred', 'path']);
    expect(json.articles[0]!.path).toBe('/news/articles/quake-relief-a/');
    const ev = json.events[0]!;
    expect(ev.path).toBe(`/news/days/${ev.date}/#${ev.id}`);
    expect(ev.citations[0]!.path).toMatch(/^\/news\/articles\/quake-relief-a\/#s-\d+$/);
  });
});
