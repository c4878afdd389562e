/**
 * Facet pages' view models: the site's day views (see `src/lib/view/model.ts`) restricted to the events of
 * one actor or outlet, so actor and outlet pages render with the timeline's own components.
 */
import type { DayView, EventView, SiteView } from '../view/model.ts';
import { dayView } from '../view/model.ts';
import { actorFacets, outletFacets, type Facet } from './index.ts';

export interface FacetPage {
  facet: Facet;
  days: DayView[];
}

/**
 * For each facet, the site's days kept with only that facet's events (days left empty are dropped),
 * in the site's day order and each day's event order. One pass over the days and one over each
 * facet's own events: linear in the archive, however many actors it names.
 */
function facetPages(site: Pick<SiteView, 'days'>, facets: Facet[]): FacetPage[] {
  const where = new Map<string, { day: number; pos: number; view: EventView }>();
  site.days.forEach((day, d) => day.events.forEach((view, pos) => where.set(view.id, { day: d, pos, view })));
  return facets.map((facet) => {
    const found = facet.events.flatMap((e) => where.get(e.id) ?? []).sort((a, b) => a.day - b.day || a.pos - b.pos);
    const days: DayView[] = [];
    for (let i = 0; i < found.length; ) {
      let j = i;
      while (j < found.length && found[j]!.day === found[i]!.day) j++;
      days.push(dayView(site.days[found[i]!.day]!.date, found.slice(i, j).map((f) => f.view)));
      i = j;
    }
    return { facet, days };
  });
}

export function actorPages(site: SiteView): FacetPage[] {
  return facetPages(site, actorFacets(site.timeline.events));
}

export function outletPages(site: SiteView): FacetPage[] {
  return facetPages(site, outletFacets(site.timeline.articles, site.timeline.events));
}
