import { describe, expect, it } from 'vitest';
import { actorFacets, outletFacets } from '../../../src/lib/facets/index.ts';
import { actorPages, outletPages } from '../../../src/lib/facets/views.ts';
import { siteView } from '../../../src/lib/view/model.ts';
import { fixtureTimeline } from '../../fixtures/view-timeline.ts';

const site = siteView(fixtureTimeline);

/** The definition: every site day, filtered to the facet's events, empty days dropped. */
function expectedDays(ids: Set<string>) {
  return site.days
    .map((d) => ({ date: d.date, events: d.events.filter((e) => ids.has(e.id)).map((e) => e.id) }))
    .filter((d) => d.events.length > 0);
}

describe('facet pages', () => {
  it('give each actor the site days with only its events, in the site order', () => {
    const pages = actorPages(site);
    expect(pages.map((p) => p.facet.slug)).toEqual(actorFacets(fixtureTimeline.events).map((f) => f.slug));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const got = page.days.map((d) => ({ date: d.date, events: d.events.map((e) => e.id) }));
      expect(got).toEqual(expectedDays(new Set(page.facet.events.map((e) => e.id))));
      for (const d of page.days) expect(d.sourceCount).toBe(new Set(d.events.flatMap((e) => e.citations.map((c) => c.article.slug))).size);
    }
  });

  it('give each outlet the days of the events its articles are cited for', () => {
    const pages = outletPages(site);
    expect(pages.map((p) => p.facet.slug)).toEqual(outletFacets(fixtureTimeline.articles, fixtureTimeline.events).map((f) => f.slug));
    for (const page of pages) {
      expect(page.days.length).toBeGreaterThan(0);
      const got = page.days.map((d) => ({ date: d.date, events: d.events.map((e) => e.id) }));
      expect(got).toEqual(expectedDays(new Set(page.facet.events.map((e) => e.id))));
    }
  });
});
