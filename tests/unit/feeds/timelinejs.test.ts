import { describe, expect, it } from 'vitest';
import { TIMELINEJS_MAX_EVENTS, timelineJs } from '../../../src/lib/feeds/timelinejs.ts';
import { fixtureSite, fixtureTimeline } from './fixture.ts';

describe('TimelineJS3 export', () => {
  const doc = JSON.parse(JSON.stringify(timelineJs(fixtureTimeline, fixtureSite)));

  it('has a title slide and one slide per event, in date order', () => {
    expect(doc.title.text.headline).toBe('News Timeline');
    expect(doc.events).toHaveLength(4);
    expect(doc.events.map((e: { unique_id: string }) => e.unique_id)).toEqual([
      'port-strike-talks-resume-s0',
      'port-strike-talks-resume-s2',
      'union-vote-scheduled-s0',
      'port-strike-talks-resume-s1',
    ]);
  });

  it('gives numeric start dates (and the local time when known)', () => {
    expect(doc.events[0].start_date).toEqual({ year: 2024, month: 3, day: 11 });
    expect(doc.events[1].start_date).toEqual({ year: 2024, month: 3, day: 11, hour: 21, minute: 25 });
  });

  it('groups by kind and escapes the HTML TimelineJS renders', () => {
    expect(doc.events[3].group).toBe('Scheduled');
    expect(doc.events[0].group).toBe('Occurred');
    const hostile = doc.events[2];
    expect(hostile.text.headline).toBe('Union says it will vote &lt;/script&gt;&lt;b&gt;soon&lt;/b&gt;');
    expect(hostile.text.text).not.toMatch(/<script|<img/i);
    expect(hostile.text.text).toContain('<blockquote');
  });

  it('holds the most recent events at archive scale', () => {
    const many = { ...fixtureTimeline, events: Array.from({ length: TIMELINEJS_MAX_EVENTS + 20 }, (_, i) => ({ ...fixtureTimeline.events[0]!, id: `e${i}`, date: `2024-${String(1 + Math.floor(i / 28) % 12).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` })) };
    const big = timelineJs(many, fixtureSite);
    expect(big.events).toHaveLength(TIMELINEJS_MAX_EVENTS);
    const newest = [...many.events].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!.date;
    expect(big.events.some((e) => `${e.start_date!.year}-${String(e.start_date!.month).padStart(2, '0')}-${String(e.start_date!.day).padStart(2, '0')}` === newest)).toBe(true);
  });
});
