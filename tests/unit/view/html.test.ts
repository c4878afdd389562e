import { describe, expect, it } from 'vitest';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { fixtureTimeline } from '../../fixtures/view-timeline.ts';
import { articleView, citationIndex, siteView, type DayView, type EventView } from '../../../src/lib/view/model.ts';
import { articleBodyHtml, attr, text } from '../../../src/lib/view/html.ts';
import { dayEventsHtml, eventCardHtml, timelineDaysHtml } from '../../../src/lib/view/event-html.ts';

const hostile = [
  '',
  'plain words',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "it's & that's",
  'a &amp; b &lt;',
  '\u2028 “quotes” ’ — \u0000',
  '<<>>""\'\'&&',
];

describe('escaping', () => {
  it('escapes text exactly as Astro escapes {value}', () => {
    for (const s of hostile) expect(text(s)).toBe(String(escapeHTML(s)));
  });

  it('writes attributes exactly as Astro writes name={value}', () => {
    for (const s of hostile) expect(attr('title', s)).toBe(String(addAttribute(s, 'title')));
    expect(attr('title', undefined)).toBe('');
    expect(attr('data-actors', '')).toBe(' data-actors');
  });

  it('never lets text open a tag or an attribute leave its quotes', () => {
    for (const s of hostile) {
      expect(text(s)).not.toMatch(/[<>"]/);
      expect(attr('href', s).slice(' href="'.length, -1)).not.toContain('"');
    }
  });
});

const site = siteView(fixtureTimeline);

/** The fixture's events with a hostile title, actor and outlet (as a crafted article would give them). */
function hostileEvent(): EventView {
  const e = structuredClone(site.dayByDate.get('2024-03-15')!.events[0]!);
  e.title = '<script>alert("t")</script>';
  e.actorLinks = [{ name: '<b onmouseover=x>', slug: 'x', href: '/actors/x/' }];
  e.outlets = [{ name: '"Daily" & <Co>', slug: 'daily', href: '/outlets/daily/' }];
  return e;
}

describe('event markup', () => {
  it('escapes what articles and events say', () => {
    const html = eventCardHtml(hostileEvent(), 3, undefined) + dayEventsHtml([hostileEvent()], 2, undefined);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b ');
    expect(html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;Daily&quot; &amp; &lt;Co&gt;');
  });

  it('marks scheduled events, links the day page and lists actors past the limit as "+N more"', () => {
    const e = site.dayByDate.get('2024-03-15')!.events[0]!;
    const card = eventCardHtml({ ...e, actorLinks: [...e.actorLinks, ...e.actorLinks.map((a) => ({ ...a, slug: `${a.slug}-2` }))] }, 3, undefined, 1);
    expect(card).toMatch(/^<li class="ev ev-s" data-event="offer-deadline-5e21" data-kind="scheduled"/);
    expect(card).toContain('<span class="badge">Scheduled</span>');
    expect(card).toContain('<h3 class="ev-t"><a href="/days/2024-03-15/#offer-deadline-5e21">');
    expect(card).toMatch(/<li class="more">\+\d+ more<\/li>/);
  });

  it('gives every link of an embed its target, and rel=noopener to new tabs only', () => {
    const days: DayView[] = site.days;
    const top = timelineDaysHtml(days, 2, '_top');
    const links = top.match(/<a [^>]*>/g)!;
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) expect(a).toContain(' target="_top"');
    expect(top).not.toContain('rel="noopener"');
    const blank = timelineDaysHtml(days, 2, '_blank');
    for (const a of blank.match(/<a [^>]*>/g)!) expect(a).toContain(' target="_blank" rel="noopener"');
    expect(timelineDaysHtml(days, 2, undefined)).not.toContain('target=');
  });

  it('quotes each citation with its expression marked, its source and both links', () => {
    const e = site.dayByDate.get('2024-03-15')!.events[0]!;
    const html = dayEventsHtml([e], 2, undefined);
    expect(html).toContain('<p>The operators gave the union <mark>until Friday</mark> to respond');
    expect(html).toContain('<blockquote cite="https://news.example.com/2024/03/12/port-strike-talks">');
    expect(html).toContain('<a href="/articles/port-strike-talks-resume/#s-3">In the article<span class="sr-only">: Port Strike Talks Resume as Deadline Nears</span></a>');
    expect(html).toContain('rel="noopener">Original at The Coastal Ledger ↗</a>');
    expect(html).toContain(' (date inferred)');
    expect(html).toContain('Announced on <a href="/days/2024-03-12/">');
  });
});

describe('article body markup', () => {
  const harbor = fixtureTimeline.articles[0]!;
  const view = articleView(harbor, citationIndex(fixtureTimeline.events).get(harbor.input.slug));
  const html = articleBodyHtml(view.body);

  it('puts each sentence in its span, marks cited ones and links them to their events', () => {
    expect(html).toMatch(/^<div class="body"><p><span class="s c" id="s-0"><mark>Negotiators/);
    expect(html).toContain('<h2><span class="s" id="s-2">What comes next</span></h2>');
    expect(html).toContain('<ul><li><span class="s" id="s-5">Wages');
    expect(html).toMatch(/<a class="cl" href="\/days\/2024-03-15\/#offer-deadline-5e21" title="[^"]+"><span class="sr-only">Event: /);
  });

  it('keeps safe links, drops javascript: ones and escapes the text', () => {
    expect(html).toContain('<a href="https://operators.example.org/statement" rel="nofollow noopener">statement on</a>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
