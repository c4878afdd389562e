/**
 * The pipeline (not Astro) on content/articles/*.md against the gold timeline
 * (tests/fixtures/seed-timeline.json). Gold files are matched to slugs by the fragments they cite.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticlesDir } from '../../src/loaders/files.ts';
import { analyzeAll, buildTimeline } from '../../src/timeline/pipeline.ts';
import type { Timeline, TimelineEvent } from '../../src/timeline/types.ts';

interface GoldCitation {
  file: string;
  fragment: string;
}
interface GoldEvent {
  id: string;
  date: string;
  kind: string;
  partOfDay?: string;
  minRequired?: number;
  required: GoldCitation[];
  optional: GoldCitation[];
}
interface Gold {
  articles: { file: string; title: string | null; published: string | null; dateNote: string }[];
  events: GoldEvent[];
  mustNotPlace: { date: string; why: string }[];
}

const gold = JSON.parse(readFileSync('tests/fixtures/seed-timeline.json', 'utf8')) as Gold;
const fold = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

const inputs = readArticlesDir('content/articles');
const timeline: Timeline = buildTimeline(analyzeAll(inputs));

/** Gold file name → slug: the article whose text contains the gold fragments of that file. */
const slugOf = new Map<string, string>();
{
  const byFile = new Map<string, string[]>();
  for (const e of gold.events) for (const c of [...e.required, ...e.optional]) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c.fragment]);
  for (const [file, fragments] of byFile) {
    const hits = timeline.articles.filter((a) => fragments.every((f) => fold(a.text).includes(fold(f))));
    if (hits.length === 1) slugOf.set(file, hits[0]!.input.slug);
  }
}

/** Events holding a citation of `slug` whose sentence contains the fragment. */
function eventsCiting(c: GoldCitation): TimelineEvent[] {
  const slug = slugOf.get(c.file);
  return timeline.events.filter((e) => e.citations.some((x) => x.article === slug && fold(x.sentence).includes(fold(c.fragment))));
}

describe('gold timeline (seed articles)', () => {
  it('maps every gold file to one article', () => {
    for (const a of gold.articles) expect(slugOf.get(a.file), a.file).toBeDefined();
  });

  it('dates the articles as the gold does, marking inferred dates', () => {
    for (const g of gold.articles) {
      expect(slugOf.get(g.file), g.file).toBeDefined();
      const a = timeline.articles.find((x) => x.input.slug === slugOf.get(g.file))!;
      expect(a.date.value, g.file).toBe(g.published ?? a.date.value);
      const stated = Boolean(a.input.published ?? a.input.updated);
      expect(a.date.source === 'inferred', g.file).toBe(!stated);
    }
    // the two articles without a stated date
    const inferred = timeline.articles.filter((a) => a.date.source === 'inferred').map((a) => a.date.day).sort();
    expect(inferred).toEqual(['2025-11-23', '2025-11-24']);
  });

  const report: string[] = [];
  for (const ge of gold.events) {
    it(`${ge.id}: required citations on one event of ${ge.date}`, () => {
      const onDay = ge.required.map((c) => eventsCiting(c).filter((e) => e.date === ge.date));
      const found = onDay.filter((l) => l.length > 0).length;
      // the required citations that were found must all be on the same event
      const counts = new Map<string, number>();
      for (const l of onDay) for (const e of l) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
      const together = Math.max(0, ...counts.values());
      const optionalFound = ge.optional.filter((c) => eventsCiting(c).some((e) => e.date === ge.date)).length;
      report.push(`${ge.id}: required ${found}/${ge.required.length} (together ${together}), optional ${optionalFound}/${ge.optional.length}`);
      const min = ge.minRequired ?? ge.required.length;
      expect(together, JSON.stringify(onDay.map((l) => l.map((e) => e.id)))).toBeGreaterThanOrEqual(min);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      const ev = timeline.events.find((e) => e.id === best[0])!;
      expect(ev.kind).toBe(ge.kind);
      if (ge.partOfDay) expect(ev.partOfDay).toBe(ge.partOfDay);
    });
  }

  it('keeps different gold happenings of one day on different events', () => {
    const main = (ge: GoldEvent): string | undefined => {
      const counts = new Map<string, number>();
      for (const c of ge.required) for (const e of eventsCiting(c).filter((x) => x.date === ge.date)) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    };
    for (const a of gold.events) {
      for (const b of gold.events) {
        if (a.id < b.id && a.date === b.date) expect(main(a), `${a.id} vs ${b.id}`).not.toBe(main(b));
      }
    }
  });

  it('places nothing on the trap dates', () => {
    for (const t of gold.mustNotPlace) expect(timeline.events.filter((e) => e.date === t.date).map((e) => e.title), t.why).toEqual([]);
  });

  it('reports what it found', () => {
    console.log(`gold: \n  ${report.join('\n  ')}`);
  });
});
