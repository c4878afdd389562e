/**
 * Events as HTML strings: the cards of the timeline, archives, facet pages and embeds, and the
 * events in full with their citations on day pages. A busy day page holds hundreds of these; as
 * strings (see ./html.ts for why, and for the escaping) they cost a fraction of a component tree.
 * `TimelineDays.astro` and `DayEvents.astro` put them on the page.
 */
import type { CitationView, DayView, EventView, FacetLink } from './model.ts';
import type { EventKind } from '../../timeline/types.ts';
import type { WhenView } from './dates.ts';
import { attr, text } from './html.ts';
import { byline } from './text.ts';

/** Where links open: `_top` inside embeds, `_blank` for a new tab; undefined: this frame. */
export type LinkTarget = '_top' | '_blank' | '_self' | undefined;

/** ` target="…" rel="noopener"` as the target needs (nothing for the default). */
function targetAttrs(target: LinkTarget): string {
  return attr('target', target) + attr('rel', target === '_blank' ? 'noopener' : undefined);
}

/** Marks a scheduled item (deadline, planned call) in words, not colour alone; occurred events are named for screen readers only. */
export function kindBadgeHtml(kind: EventKind): string {
  return kind === 'scheduled' ? '<span class="badge">Scheduled</span>' : '<span class="sr-only">Occurred</span>';
}

/** The time or part of day of an event, when known. */
export function whenHtml(when: WhenView | undefined): string {
  if (!when) return '';
  return when.datetime ? `<time${attr('datetime', when.datetime)}>${text(when.label)}</time>` : `<span>${text(when.label)}</span>`;
}

/** The people and organisations an event names, as an inline list of links to their pages ("+N more" past `max`). */
export function actorListHtml(actors: FacetLink[], max: number, target: LinkTarget): string {
  const shown = actors.slice(0, max);
  if (shown.length === 0) return '';
  const more = actors.length - shown.length;
  let out = '<ul class="actors">';
  for (const a of shown) out += `<li><a${attr('href', a.href)}${targetAttrs(target)}>${text(a.name)}</a></li>`;
  if (more > 0) out += `<li class="more">+${more} more</li>`;
  return out + '</ul>';
}

function outletsHtml(outlets: FacetLink[], target: LinkTarget): string {
  if (outlets.length === 0) return '';
  let out = '<ul class="actors outlets">';
  for (const o of outlets) out += `<li><a${attr('href', o.href)}${targetAttrs(target)}>${text(o.name)}</a></li>`;
  return out + '</ul>';
}

function sourcesHtml(event: EventView): string {
  return `<span>${event.sourceCount === 1 ? '1 source' : `${event.sourceCount} sources`}</span>`;
}

/**
 * One event in a list of days (timeline, embeds, archives): kind, time, title linking to its place
 * on its day page, actors and number of sources; an `<li>` of an `<ol class="evs">`.
 */
export function eventCardHtml(event: EventView, level: 3 | 4, target: LinkTarget, maxActors = 4): string {
  return (
    `<li${attr('class', event.scheduled ? 'ev ev-s' : 'ev')}${attr('data-event', event.id)}${attr('data-kind', event.kind)}` +
    `${attr('data-actors', event.actorLinks.map((a) => a.slug).join(' '))}${attr('data-outlets', event.outlets.map((o) => o.slug).join(' '))}>` +
    `<p class="meta">${kindBadgeHtml(event.kind)}${whenHtml(event.when)}</p>` +
    `<h${level} class="ev-t"><a${attr('href', event.href)}${targetAttrs(target)}>${text(event.title)}</a></h${level}>` +
    `<div class="meta sub">${sourcesHtml(event)}${outletsHtml(event.outlets, target)}${actorListHtml(event.actorLinks, maxActors, target)}</div>` +
    '</li>'
  );
}

/** Days on a vertical rail, each with its events as cards: the home page, embeds and archives. */
export function timelineDaysHtml(days: DayView[], level: 2 | 3, target: LinkTarget): string {
  let out = '<ol class="rail">';
  for (const day of days) {
    out +=
      `<li class="day"${attr('id', `d-${day.date}`)}${attr('data-day', day.date)}>` +
      `<h${level} class="day-h"><a${attr('href', day.href)}${targetAttrs(target)}><time${attr('datetime', day.date)}>${text(day.label)}</time></a>` +
      `<span class="n">${day.events.length === 1 ? '1 event' : `${day.events.length} events`}</span></h${level}>` +
      '<ol class="evs">';
    for (const event of day.events) out += eventCardHtml(event, (level + 1) as 3 | 4, target);
    out += '</ol></li>';
  }
  return out + '</ol>';
}

/**
 * One citation: the full sentence quoted from its article, who published it and when, a link to
 * the sentence on the article page and to the original page (scrolled to the sentence).
 */
export function citationHtml(c: CitationView, target: LinkTarget): string {
  const a = c.article;
  let quote = '';
  for (const p of c.quote) quote += p.expr ? `<mark>${text(p.text)}</mark>` : text(p.text);
  const source = a.outlet
    ? `<span class="src">${a.outletLink ? `<a${attr('href', a.outletLink.href)}${targetAttrs(target)}>${text(a.outletLink.name)}</a>` : text(a.outlet)}</span>`
    : `<cite>${text(a.headline)}</cite>`;
  return (
    `<figure class="cite"><blockquote${attr('cite', a.url)}><p>${quote}</p></blockquote><figcaption>` +
    `<span class="by">${source}${a.authors.length > 0 ? `<span>${text(byline(a.authors))}</span>` : ''}` +
    `<span><time${attr('datetime', a.date.datetime)}>${text(a.date.label)}</time>${a.date.inferred ? ' (date inferred)' : ''}</span>` +
    `${c.match === 'content' ? '<span>matched by content</span>' : ''}</span>` +
    `<span class="cite-links"><a${attr('href', c.href)}${targetAttrs(target)}>In the article<span class="sr-only">: ${text(a.headline)}</span></a>` +
    (c.originalHref ? `<a${attr('href', c.originalHref)} rel="noopener"${attr('target', target)}>Original${text(a.outlet ? ` at ${a.outlet}` : '')} ↗</a>` : '') +
    '</span></figcaption></figure>'
  );
}

function relatedLabel(event: EventView, date: string): string {
  return event.scheduled && date < event.date ? 'Announced on' : !event.scheduled && date > event.date ? 'Falls due on' : 'See also';
}

/** An event in full, on its day page: kind, time, title, actors, related days and every citation. */
export function eventDetailHtml(event: EventView, level: 2 | 3, target: LinkTarget): string {
  let out =
    `<article${attr('class', event.scheduled ? 'evd evd-s' : 'evd')}${attr('id', event.id)}${attr('data-kind', event.kind)}><header>` +
    `<p class="meta">${kindBadgeHtml(event.kind)}${whenHtml(event.when)}</p>` +
    `<h${level} class="evd-t">${text(event.title)}</h${level}>` +
    `<div class="meta sub">${sourcesHtml(event)}${outletsHtml(event.outlets, target)}${actorListHtml(event.actorLinks, Infinity, target)}</div></header>`;
  for (const r of event.related) {
    out += `<p class="related">${relatedLabel(event, r.date)} <a${attr('href', r.href)}${targetAttrs(target)}><time${attr('datetime', r.date)}>${text(r.label)}</time></a></p>`;
  }
  out += '<ol class="cites">';
  for (const c of event.citations) out += `<li>${citationHtml(c, target)}</li>`;
  return out + '</ol></article>';
}

/** All events of one day in full (day pages and single-day embeds). */
export function dayEventsHtml(events: EventView[], level: 2 | 3, target: LinkTarget): string {
  let out = '<div class="day-events">';
  for (const event of events) out += eventDetailHtml(event, level, target);
  return out + '</div>';
}
