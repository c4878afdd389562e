import { describe, expect, it } from 'vitest';
import { timelineJs } from '../../../src/lib/feeds/timelinejs.ts';
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
});
