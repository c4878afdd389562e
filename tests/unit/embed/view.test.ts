import { describe, expect, it } from 'vitest';
import { embedInfo, embedSummary, embedTitle } from '../../../src/lib/embed/view.ts';
import { TIMELINE, dayTarget } from '../../../src/lib/embed/snippet.ts';

const days = [
  { date: '2025-11-21', label: 'Friday, November 21, 2025', events: [{}, {}] },
  { date: '2025-11-24', label: 'Monday, November 24, 2025', events: [{}] },
] as unknown as Parameters<typeof embedInfo>[2];

describe('embed view', () => {
  it('titles the timeline and a day', () => {
    expect(embedTitle()).toMatch(/: the timeline$/);
    expect(embedTitle({ label: 'Monday, November 24, 2025' })).toMatch(/: Monday, November 24, 2025$/);
  });
  it('summarises events and days', () => {
    expect(embedSummary([])).toBe('No events yet');
    expect(embedSummary(days.slice(1))).toBe('1 event');
    expect(embedSummary(days)).toMatch(/^3 events on 2 days, /);
  });
  it('sizes the oEmbed response by what the target shows', () => {
    const all = embedInfo('https://n.example/', TIMELINE, days);
    const one = embedInfo('https://n.example/', dayTarget('2025-11-24'), days);
    expect(one.title).toMatch(/Monday, November 24, 2025$/);
    expect(one.urls.embed).toBe('https://n.example/embed/days/2025-11-24/');
    expect(all.oembed.height).toBeGreaterThan(one.oembed.height);
    expect(all.oembed.html).toContain('src="https://n.example/embed/"');
  });
});
