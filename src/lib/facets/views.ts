/**
 * Facet pages' view models: the site's day views (see `src/lib/view/model.ts`) restricted to the events of
 * one actor or outlet, so actor and outlet pages render with the timeline's own components.
 */
import type { DayView, SiteView } from '../view/model.ts';
import { dayView } from '../view/model.ts';
import { actorFacets, outletFacets, type Facet } from './index.ts';

export interface FacetPage {
  facet: Facet;
  days: DayView[];
}

/** The site's days, each kept with only the events in `ids`; days left empty are dropped. */
export function daysWith(site: Pick<SiteView, 'days'>, ids: ReadonlySet<string>): DayView[] {
  return site.days
    .map((day) => ({ day, events: day.events.filter((e) => ids.has(e.id)) }))
    .filter((d) => d.events.length > 0)
    .map((d) => dayView(d.day.date, d.events));
}

export function actorPages(site: SiteView): FacetPage[] {
  return actorFacets(site.timeline.events).map((facet) => ({ facet, days: daysWith(site, new Set(facet.events.map((e) => e.id))) }));
}

export function outletPages(site: SiteView): FacetPage[] {
  return outletFacets(site.timeline.articles, site.timeline.events).map((facet) => ({
    facet,
    days: daysWith(site, new Set(facet.events.map((e) => e.id))),
  }));
}
