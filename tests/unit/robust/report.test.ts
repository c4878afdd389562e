/** The build report from a small hand-made timeline: counts, classification and stable order. */
import { describe, expect, it } from 'vitest';
import { buildReport, reportJson, summaryLines } from '../../../src/integrations/report.ts';
import type { AnalyzedArticle, Timeline } from '../../../src/timeline/types.ts';

function article(slug: string, text: string, timexes: { text: string; value: string; anchor?: string; type?: string }[], extra: Partial<AnalyzedArticle> = {}): AnalyzedArticle {
  const sentences = text.split(/(?<=\.) (?=[A-Z])/).reduce<{ index: number; text: string; start: number; end: number; block: number }[]>((acc, s) => {
    const start = acc.length ? acc[acc.length - 1]!.end + 1 : 0;
    acc.push({ index: acc.length, text: s, start, end: start + s.length, block: 0 });
    return acc;
  }, []);
  return {
    input: { slug, file: `content/articles/${slug}.md`, authors: [], captions: [], body: text },
    text,
    blocks: [],
    sentences,
    date: { value: '2025-11-24', day: '2025-11-24', precision: 'day', source: 'published' },
    timexes: timexes.map((t) => ({ ...t, start: text.indexOf(t.text), end: text.indexOf(t.text) + t.text.length })) as never,
    headline: slug,
    headlineInferred: false,
    warnings: [],
    ...extra,
  };
}

const IMPLAUSIBLE = "implausible year: more than 300 years after the article's date";
const bText =
  'Talks were held on Monday. A deal is due by Nov. 27, 2025. Mars in 3025 is planned. It was signed on Feb. 30. ' +
  'Elections are due in March. The memo is dated 11/31/2025.';
const b = article('b-talks', bText, [
  { text: 'Monday', value: '2025-11-24' },
  { text: 'Nov. 27, 2025', value: '2025-11-27', anchor: 'absolute' },
  // A stand-in extractor's unreal value (the real stage refuses it): still reported as such.
  { text: 'Feb. 30', value: 'XXXX-02-30' },
  { text: 'March', value: '2026-03' },
], {
  // What the temporal stage refuses (`onReject`): an implausible year, an impossible numeric date.
  rejectedTimexes: [
    { text: '3025', start: bText.indexOf('3025'), end: bText.indexOf('3025') + 4, value: '3025', reason: IMPLAUSIBLE, rule: 'year' },
    { text: '11/31/2025', start: bText.indexOf('11/31'), end: bText.indexOf('11/31') + 10, value: '2025-11-31', reason: 'not a real calendar date', rule: 'impossible-slash-date' },
  ],
});
const a = article('a-empty', '', [], {
  headline: 'Untitled',
  headlineInferred: true,
  date: { value: '2025-11-23', day: '2025-11-23', precision: 'day', source: 'inferred', evidence: 'the dateline' },
  warnings: [
    { file: 'content/articles/a-empty.md', message: 'no title; the first sentence stands in', hint: 'add `title:`' },
    { file: 'content/articles/a-empty.md', message: 'the article has no text' },
  ],
});
const timeline: Timeline = {
  articles: [b, a],
  events: [
    {
      id: 'e1', date: '2025-11-24', kind: 'occurred', title: 'Talks held', actors: [], related: [],
      citations: [{ article: 'b-talks', sentenceIndex: 0, sentence: 'Talks were held on Monday.', expression: 'Monday', match: 'date' }],
    },
    {
      id: 'e2', date: '2025-11-27', kind: 'scheduled', title: 'Deal due', actors: [], related: [],
      citations: [{ article: 'b-talks', sentenceIndex: 1, sentence: 'A deal is due by Nov. 27, 2025.', expression: 'Nov. 27, 2025', match: 'date' }],
    },
  ],
  warnings: [{ file: 'content/articles/a-empty.md', message: 'the article has no text' }],
};

describe('build report', () => {
  const report = buildReport(timeline);

  it('is written one record per line, and parses back to the same report', () => {
    const json = reportJson(report);
    expect(JSON.parse(json)).toEqual(report);
    const lines = json.trimEnd().split('\n');
    expect(lines[0]).toBe('{');
    // every article and every listed sentence on a line of its own
    const records = new Set(lines.map((l) => l.replace(/,$/, '')));
    for (const a of [...report.articles, ...report.notPlaced]) expect(records.has(JSON.stringify(a))).toBe(true);
    for (const [file, list] of Object.entries(report.inferred)) expect(records.has(`${JSON.stringify(file)}: ${JSON.stringify(list)}`)).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(report.articles.length + Object.keys(report.inferred).length + report.notPlaced.length);
    expect(JSON.parse(reportJson({ ...report, inferred: {}, warnings: {} }))).toEqual({ ...report, inferred: {}, warnings: {} });
  });

  it('counts articles, events, days, citations and warnings', () => {
    expect(report.summary).toEqual({
      articles: 2,
      articlesWithInferredDate: 1,
      articlesWithInferredHeadline: 1,
      events: 2,
      scheduled: 1,
      days: 2,
      citations: 2,
      sentencesInferred: 1,
      sentencesNotPlaced: 4,
      expressionsCoarse: 1,
      warnings: 2,
      filesWithWarnings: 1,
    });
  });

  it('lists every article, sorted by slug, with what it contributed', () => {
    expect(report.articles.map((x) => [x.slug, x.events, x.citations, x.warnings, x.date.source])).toEqual([
      ['a-empty', 0, 0, 2, 'inferred'],
      ['b-talks', 2, 2, 0, 'published'],
    ]);
  });

  it('a weekday resolved against the article date is inferred; a full date is not; a month is counted, not listed; refused dates are listed, in text order', () => {
    expect(report.inferred).toEqual({ 'content/articles/b-talks.md': [{ sentenceIndex: 0, expression: 'Monday', value: '2025-11-24' }] });
    expect(report.summary.expressionsCoarse).toBe(1);
    expect(report.articles.map((x) => [x.slug, x.coarse])).toEqual([
      ['a-empty', 0],
      ['b-talks', 1],
    ]);
    const where = { article: 'b-talks', file: 'content/articles/b-talks.md' };
    expect(report.notPlaced).toEqual([
      { ...where, sentenceIndex: 2, sentence: 'Mars in 3025 is planned.', expression: '3025', value: '3025', reason: IMPLAUSIBLE, refused: true },
      {
        ...where,
        sentenceIndex: 3,
        sentence: 'It was signed on Feb. 30.',
        expression: 'Feb. 30',
        value: 'XXXX-02-30',
        reason: 'not a real calendar date',
        refused: true,
      },
      {
        ...where,
        sentenceIndex: 5,
        sentence: 'The memo is dated 11/31/2025.',
        expression: '11/31/2025',
        value: '2025-11-31',
        reason: 'not a real calendar date',
        refused: true,
      },
    ]);
  });

  it('warnings are grouped by file and not repeated', () => {
    expect(report.warnings).toEqual({
      'content/articles/a-empty.md': [
        { message: 'no title; the first sentence stands in', hint: 'add `title:`' },
        { message: 'the article has no text' },
      ],
    });
  });

  it('is independent of the input order', () => {
    expect(buildReport({ ...timeline, articles: [a, b] })).toEqual(report);
  });

  it('prints a summary naming files', () => {
    expect(summaryLines(report)).toEqual([
      '2 articles read (1 with an inferred date), 2 events (1 scheduled) on 2 days, 2 citations',
      '1 sentence dated by inference, 4 with a date expression not placed on a day',
      '2 warnings in 1 file:',
      '  content/articles/a-empty.md: no title; the first sentence stands in — add `title:`',
      '  content/articles/a-empty.md: the article has no text',
      'dates refused as impossible or implausible (check the article):',
      `  content/articles/b-talks.md: "3025" (3025): ${IMPLAUSIBLE}`,
      '  content/articles/b-talks.md: "Feb. 30" (XXXX-02-30): not a real calendar date',
      '  content/articles/b-talks.md: "11/31/2025" (2025-11-31): not a real calendar date',
      '1 expression coarser than a day (weeks, months, years…) not placed, by design (counted per article in build-report.json)',
    ]);
  });

  it('prints every refused date, however many other expressions are not placed', () => {
    const days = Array.from({ length: 12 }, (_, i) => `Talks resumed on day ${i + 1}.`).join(' ');
    const text = `${days} It was signed on 2025-02-29.`;
    const many = article('c-many', text, Array.from({ length: 12 }, (_, i) => ({ text: `day ${i + 1}.`, value: `2025-01-${String(i + 1).padStart(2, '0')}` })), {
      rejectedTimexes: [{ text: '2025-02-29', start: text.indexOf('2025-02-29'), end: text.length - 1, value: '2025-02-29', reason: 'not a real calendar date', rule: 'impossible-iso-date' }],
    });
    const lines = summaryLines(buildReport({ articles: [many], events: [], warnings: [] }));
    expect(lines).toContain('  content/articles/c-many.md: "2025-02-29" (2025-02-29): not a real calendar date');
    expect(lines.filter((l) => / \(2025-01-\d\d\): a day, but no event/.test(l))).toHaveLength(10);
    expect(lines.at(-1)).toBe('  … and 2 more (see build-report.json)');
  });
});
