import { describe, expect, it } from 'vitest';
import { fixtureTimeline, makeArticle } from '../../fixtures/view-timeline.ts';
import { articleView, citationIndex, groupByDay, homeDays, neighbours, siteView, splitExpression, splitLinks, type InlinePart } from '../../../src/lib/view/model.ts';

const site = siteView(fixtureTimeline);

describe('grouping by day', () => {
  it('orders days ascending and keeps the pipeline order within a day', () => {
    const groups = groupByDay([
      { date: '2025-11-24', id: 'b' },
      { date: '2025-11-21', id: 'x' },
      { date: '2025-11-24', id: 'a' },
      { date: '2025-11-23', id: 'y' },
    ]);
    expect(groups.map((g) => g.date)).toEqual(['2025-11-21', '2025-11-23', '2025-11-24']);
    expect(groups[2]!.events.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('builds days with labels, links and neighbours', () => {
    expect(site.days.map((d) => d.date)).toEqual(['2024-03-11', '2024-03-12', '2024-03-13', '2024-03-15']);
    const day = site.dayByDate.get('2024-03-11')!;
    expect(day.label).toBe('Monday, March 11, 2024');
    expect(day.href).toBe('/days/2024-03-11/');
    expect(day.sourceCount).toBe(2);
    expect(neighbours(site.days, '2024-03-13').previous?.date).toBe('2024-03-12');
    expect(neighbours(site.days, '2024-03-13').next?.date).toBe('2024-03-15');
    expect(neighbours(site.days, '2024-03-11').previous).toBeUndefined();
    expect(site.range).toEqual({ first: '2024-03-11', last: '2024-03-15' });
  });

  it('limits the home page to the most recent stretch on request', () => {
    expect(homeDays(site).length).toBe(4);
    expect(homeDays(site, { recentDays: 2 }).map((d) => d.date)).toEqual(['2024-03-13', '2024-03-15']);
    expect(homeDays(site, { maxEvents: 3 }).map((d) => d.date)).toEqual(['2024-03-12', '2024-03-13', '2024-03-15']);
    const big = { days: [{ events: [1, 2, 3] }, { events: [1, 2, 3, 4, 5] }] } as unknown as Parameters<typeof homeDays>[0];
    expect(homeDays(big, { maxEvents: 2 }).length).toBe(1); // at least the latest day, whatever its size
    expect(homeDays(big, { maxEvents: 8 }).length).toBe(2);
  });
});

describe('events', () => {
  it('link to their day page, count distinct sources and cite with text fragments', () => {
    const deadline = site.dayByDate.get('2024-03-15')!.events[0]!;
    expect(deadline.scheduled).toBe(true);
    expect(deadline.href).toBe('/days/2024-03-15/#offer-deadline-5e21');
    expect(deadline.sourceCount).toBe(2);
    expect(deadline.related).toEqual([{ date: '2024-03-12', label: 'Tuesday, March 12, 2024', href: '/days/2024-03-12/' }]);
    const [first, second] = deadline.citations;
    expect(first!.href).toBe('/articles/port-strike-talks-resume/#s-3');
    expect(first!.originalHref).toBe('https://news.example.com/2024/03/12/port-strike-talks#:~:text=The%20operators%20gave%20the,according%20to%20a%20statement');
    expect(first!.quote).toEqual([
      { text: 'The operators gave the union ', expr: false },
      { text: 'until Friday', expr: true },
      { text: ' to respond to their latest offer, according to a statement.', expr: false },
    ]);
    expect(second!.originalHref).toBeUndefined();
    expect(second!.article.date.inferred).toBe(true);
  });

  it('show a time with its zone or a part of day', () => {
    expect(site.dayByDate.get('2024-03-13')!.events[0]!.when).toEqual({ label: '9:30 AM EDT', datetime: '2024-03-13T09:30' });
    expect(site.dayByDate.get('2024-03-12')!.events[0]!.when).toEqual({ label: 'Evening' });
  });

  it('split a sentence around its expression only when it is there', () => {
    expect(splitExpression('Talks ended.', null)).toEqual([{ text: 'Talks ended.', expr: false }]);
    expect(splitExpression('Talks ended.', 'Monday')).toEqual([{ text: 'Talks ended.', expr: false }]);
  });
});

describe('article bodies', () => {
  const cites = citationIndex(fixtureTimeline.events);
  const harbor = fixtureTimeline.articles[0]!;
  const view = articleView(harbor, cites.get(harbor.input.slug));

  it('wrap every sentence and link cited ones to their events', () => {
    const sentences = view.body.flatMap((n) => (n.type === 'list' ? n.items : [n.block])).flatMap((b) => b.inlines.filter((i) => i.type === 'sentence'));
    expect(sentences.map((s) => s.id)).toEqual(['s-0', 's-1', 's-2', 's-3', 's-4', 's-5', 's-6']);
    const s3 = sentences.find((s) => s.id === 's-3')!;
    expect(s3.type === 'sentence' && s3.cites.map((c) => c.href)).toEqual(['/days/2024-03-12/#offer-deadline-set-9c1d', '/days/2024-03-15/#offer-deadline-5e21']);
    expect(view.citedCount).toBe(2);
    expect(view.eventCount).toBe(3);
  });

  it('group list items, start body headings at h2', () => {
    expect(view.body.map((n) => (n.type === 'list' ? `list:${n.items.length}` : n.block.kind))).toEqual(['paragraph', 'heading', 'paragraph', 'list:2']);
    const heading = view.body[1]!;
    expect(heading.type === 'block' && heading.block.level).toBe(2);
  });

  it('keep http(s) links and turn other schemes into text', () => {
    const para = view.body[2]!;
    if (para.type !== 'block') throw new Error('expected a block');
    const parts = para.block.inlines.flatMap((i) => i.parts);
    expect(parts.filter((p): p is Extract<InlinePart, { type: 'link' }> => p.type === 'link')).toEqual([
      { type: 'link', text: 'statement on', href: 'https://operators.example.org/statement' },
    ]);
    expect(parts.map((p) => p.text).join('')).toContain('<script>alert(1)</script>');
  });

  it('split links that cross sentence boundaries and keep gaps between sentences', () => {
    const a = makeArticle({ slug: 'x', title: 'X' }, [{ sentences: ['One two.', 'Three four.'], links: [['two. Three', 'https://e.example/']] }], {
      value: '2025-01-01',
      day: '2025-01-01',
      precision: 'day',
      source: 'published',
    });
    const v = articleView(a, undefined);
    const b = v.body[0]!;
    if (b.type !== 'block') throw new Error('expected a block');
    expect(b.block.inlines.map((i) => [i.type, i.parts.map((p) => `${p.type}:${p.text}`).join('|')])).toEqual([
      ['sentence', 'text:One |link:two.'],
      ['gap', 'link: '],
      ['sentence', 'link:Three|text: four.'],
    ]);
  });

  it('splitLinks merges adjacent text and ignores empty links', () => {
    expect(splitLinks('abcdef', 0, 6, [{ start: 2, end: 2, href: 'https://x.example' }, { start: 3, end: 4, href: 'ftp://x' }])).toEqual([{ type: 'text', text: 'abcdef' }]);
  });
});

describe('wording', async () => {
  const { byline, dayRange, plural } = await import('../../../src/lib/view/text.ts');
  it('spells counts, bylines and ranges', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(3, 'event')).toBe('3 events');
    expect(byline([])).toBe('');
    expect(byline(['Ann Lee', 'Bo Chen'])).toBe('By Ann Lee and Bo Chen');
    expect(byline(['A', 'B', 'C'])).toBe('By A, B, and C');
    const ws = (t: string) => t.replace(/\s+/g, ' ');
    expect(ws(dayRange('2025-11-21', '2025-11-27'))).toBe('November 21 – 27, 2025');
    expect(ws(dayRange('2024-12-30', '2025-01-02'))).toBe('December 30, 2024 – January 2, 2025');
    expect(dayRange('2025-11-21', '2025-11-21')).toBe('November 21, 2025');
  });
});
