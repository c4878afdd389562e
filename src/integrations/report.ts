/**
 * `dist/build-report.json`: what the build read and made of it, for the editor and for CI.
 * Pure (no Astro imports): the endpoint `src/pages/build-report.json.ts` feeds it the timeline and
 * the integration in `build-report-integration.ts` prints its summary when the build is done.
 * No clock, no machine zone, stable order: the report is part of the reproducible output.
 */
import type { BuildWarning, Timeline } from '../timeline/types.ts';
import { sentenceAt } from '../timeline/segment.ts';
import { cmp } from '../timeline/order.ts';

/** What the report reads of a temporal expression (the temporal stage's `Timex`). */
interface TimexLike {
  text: string;
  start: number;
  end: number;
  value: string;
  type?: string;
  anchor?: string;
}

export interface ReportSentence {
  article: string;
  file: string;
  sentenceIndex: number;
  sentence: string;
  expression: string;
  /** The calendar value the expression resolved to (TIMEX3-like: `2024-03-05`, `2024-W10`, `3025`). */
  value: string;
  /** Why it is listed, in words. */
  reason: string;
  /** The expression names a date that cannot be right ('Feb. 30', '11/31/2025', 'in 3025'): probably a typo to fix. */
  refused?: true;
}

/** A sentence dated by inference, by reference: its text is sentence `sentenceIndex` of the article (a record per sentence would repeat the archive's text). */
export interface ReportInference {
  sentenceIndex: number;
  expression: string;
  /** The day it resolved to. */
  value: string;
}

export interface BuildReport {
  summary: {
    articles: number;
    articlesWithInferredDate: number;
    articlesWithInferredHeadline: number;
    events: number;
    scheduled: number;
    days: number;
    citations: number;
    /** Sentences whose day was resolved from context (a weekday, a month-day without year, "earlier in the day"). */
    sentencesInferred: number;
    /** Sentences with a date expression that was not placed on a day (too coarse, unreal or out of range). */
    sentencesNotPlaced: number;
    /** Expressions coarser than a day (weeks, months, years, unresolved references): counted here and per article, not listed. */
    expressionsCoarse: number;
    warnings: number;
    filesWithWarnings: number;
  };
  articles: {
    slug: string;
    file: string;
    headline: string;
    headlineInferred: boolean;
    date: { value: string; day: string; precision: string; source: string; evidence?: string };
    sentences: number;
    /** Events this article is cited on. */
    events: number;
    citations: number;
    /** Its expressions coarser than a day, not placed (by design: a timeline places days). */
    coarse: number;
    warnings: number;
  }[];
  /** Sentences whose day was inferred from context rather than stated in full, by file (files in article order, as `warnings`). */
  inferred: Record<string, ReportInference[]>;
  /**
   * Date expressions that name a day but were not placed on one, in file and text order: refused
   * (`refused: true`: impossible or implausible dates) or used by no event sentence. Coarser ones
   * are only counted (`summary.expressionsCoarse`, `articles[].coarse`).
   */
  notPlaced: ReportSentence[];
  /** Every warning, grouped by file (files in order). */
  warnings: Record<string, { message: string; hint?: string }[]>;
}

const fullDay = /^(\d{4})-(\d{2})-(\d{2})/;
/** Does the expression state its year itself ("Mar. 5, 2024", "2024-03-05", "3/5/2024")? */
const statesYear = /\b\d{4}\b/;

/** A month-day that no calendar has ("XXXX-02-30", "2024-11-31"), checked in a leap year when the year is unknown. */
function unrealDay(value: string): boolean {
  const m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(value);
  if (!m) return false;
  const y = m[1] === 'XXXX' ? 2000 : Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  if (month < 1 || month > 12 || d < 1) return true;
  return d > new Date(Date.UTC(y, month, 0)).getUTCDate();
}


export function buildReport(timeline: Timeline): BuildReport {
  const citedBy = new Map<string, { events: Set<string>; citations: number }>();
  /** `slug#sentenceIndex#expression` of every dated citation that made it onto an event. */
  const placed = new Set<string>();
  const days = new Set<string>();
  let citations = 0;
  for (const event of timeline.events) {
    days.add(event.date);
    for (const c of event.citations) {
      citations++;
      const entry = citedBy.get(c.article) ?? { events: new Set(), citations: 0 };
      entry.events.add(event.id);
      entry.citations++;
      citedBy.set(c.article, entry);
      if (c.expression !== null) placed.add(`${c.article}#${c.sentenceIndex}#${c.expression}`);
    }
  }

  const inferred: Record<string, ReportInference[]> = {};
  let sentencesInferred = 0;
  const notPlaced: ReportSentence[] = [];
  const coarseBy = new Map<string, number>();
  /** `slug#sentenceIndex` of every sentence with an expression not placed (coarse ones included). */
  const notPlacedSentences = new Set<string>();
  const articles = [...timeline.articles].sort((a, b) => cmp(a.input.slug, b.input.slug));
  for (const article of articles) {
    /** This article's expressions not placed, refused ones included, with their offsets for text order. */
    const local: { at: number; entry: ReportSentence }[] = [];
    for (const r of article.rejectedTimexes ?? []) {
      const sentence = sentenceAt(article.sentences, r.start);
      local.push({ at: r.start, entry: {
        article: article.input.slug,
        file: article.input.file,
        sentenceIndex: sentence?.index ?? -1,
        sentence: sentence?.text ?? r.text,
        expression: r.text,
        value: r.value,
        reason: r.reason,
        refused: true,
      } });
    }
    for (const timex of article.timexes as TimexLike[]) {
      const sentence = sentenceAt(article.sentences, timex.start);
      if (!sentence) continue;
      const base = {
        article: article.input.slug,
        file: article.input.file,
        sentenceIndex: sentence.index,
        sentence: sentence.text,
        expression: timex.text,
        value: timex.value,
      };
      const isPlaced = placed.has(`${base.article}#${sentence.index}#${timex.text}`);
      const day = fullDay.exec(timex.value);
      if (!isPlaced) {
        const unreal = unrealDay(timex.value);
        const reason = unreal
          ? 'not a real calendar date'
          : !day
            ? 'not a single day (week, month, year, duration or unresolved)'
            : 'a day, but no event was placed on it (no event sentence, or out of range)';
        // Only report expressions that name a time, not durations such as "three hours".
        if (timex.type !== 'DURATION' && timex.type !== 'SET') {
          notPlacedSentences.add(`${base.article}#${sentence.index}`);
          if (!unreal && !day) coarseBy.set(base.article, (coarseBy.get(base.article) ?? 0) + 1);
          else local.push({ at: timex.start, entry: unreal ? { ...base, reason, refused: true } : { ...base, reason } });
        }
      } else if (timex.anchor ? timex.anchor !== 'absolute' : !statesYear.test(timex.text)) {
        const list = (inferred[base.file] ??= []);
        if (!list.some((x) => x.sentenceIndex === sentence.index)) sentencesInferred++;
        list.push({ sentenceIndex: sentence.index, expression: timex.text, value: timex.value });
      }
    }
    for (const { entry } of local) notPlacedSentences.add(`${entry.article}#${entry.sentenceIndex}`);
    notPlaced.push(...local.sort((x, y) => x.at - y.at).map((x) => x.entry));
  }

  const warnings: Record<string, { message: string; hint?: string }[]> = {};
  // The articles' own warnings first (in article order), then the collection-wide ones.
  const all: BuildWarning[] = [...articles.flatMap((a) => a.warnings), ...timeline.warnings];
  // De-duplicate (the timeline may repeat the articles' warnings) and sort by file, stably.
  const seen = new Set<string>();
  for (const w of [...all].sort((a, b) => cmp(a.file, b.file))) {
    const key = `${w.file}\u0000${w.message}\u0000${w.hint ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (warnings[w.file] ??= []).push(w.hint ? { message: w.message, hint: w.hint } : { message: w.message });
  }
  const warningCount = Object.values(warnings).reduce((n, list) => n + list.length, 0);

  return {
    summary: {
      articles: articles.length,
      articlesWithInferredDate: articles.filter((a) => a.date.source === 'inferred').length,
      articlesWithInferredHeadline: articles.filter((a) => a.headlineInferred).length,
      events: timeline.events.length,
      scheduled: timeline.events.filter((e) => e.kind === 'scheduled').length,
      days: days.size,
      citations,
      sentencesInferred,
      sentencesNotPlaced: notPlacedSentences.size,
      expressionsCoarse: [...coarseBy.values()].reduce((n, c) => n + c, 0),
      warnings: warningCount,
      filesWithWarnings: Object.keys(warnings).length,
    },
    articles: articles.map((a) => ({
      slug: a.input.slug,
      file: a.input.file,
      headline: a.headline,
      headlineInferred: a.headlineInferred,
      date: {
        value: a.date.value,
        day: a.date.day,
        precision: a.date.precision,
        source: a.date.source,
        ...(a.date.evidence ? { evidence: a.date.evidence } : {}),
      },
      sentences: a.sentences.length,
      events: citedBy.get(a.input.slug)?.events.size ?? 0,
      citations: citedBy.get(a.input.slug)?.citations ?? 0,
      coarse: coarseBy.get(a.input.slug) ?? 0,
      warnings: (warnings[a.input.file] ?? []).length,
    })),
    inferred,
    notPlaced,
    warnings,
  };
}

const MAX_NOT_PLACED_LINES = 10;

/** The lines printed at the end of a build. */
export function summaryLines(report: BuildReport): string[] {
  const s = report.summary;
  const lines = [
    `${s.articles} article${s.articles === 1 ? '' : 's'} read` +
      (s.articlesWithInferredDate ? ` (${s.articlesWithInferredDate} with an inferred date)` : '') +
      `, ${s.events} event${s.events === 1 ? '' : 's'} (${s.scheduled} scheduled) on ${s.days} day${s.days === 1 ? '' : 's'}, ${s.citations} citation${s.citations === 1 ? '' : 's'}`,
    `${s.sentencesInferred} sentence${s.sentencesInferred === 1 ? '' : 's'} dated by inference, ` +
      `${s.sentencesNotPlaced} with a date expression not placed on a day`,
    `${s.warnings} warning${s.warnings === 1 ? '' : 's'} in ${s.filesWithWarnings} file${s.filesWithWarnings === 1 ? '' : 's'}` +
      (s.warnings ? ':' : ''),
  ];
  for (const [file, list] of Object.entries(report.warnings)) {
    for (const w of list) lines.push(`  ${file}: ${w.message}${w.hint ? ` — ${w.hint}` : ''}`);
  }
  // Dates that cannot be right are all printed (they are rare, and probably typos); the rest up to a limit.
  const refused = report.notPlaced.filter((n) => n.refused);
  const others = report.notPlaced.filter((n) => !n.refused);
  if (refused.length) lines.push('dates refused as impossible or implausible (check the article):');
  for (const n of refused) lines.push(`  ${n.file}: "${n.expression}" (${n.value}): ${n.reason}`);
  const shown = others.slice(0, MAX_NOT_PLACED_LINES);
  if (shown.length) lines.push('date expressions not placed on a day:');
  for (const n of shown) lines.push(`  ${n.file}: "${n.expression}" (${n.value}): ${n.reason}`);
  if (others.length > shown.length) {
    lines.push(`  … and ${others.length - shown.length} more (see build-report.json)`);
  }
  if (s.expressionsCoarse) {
    lines.push(
      `${s.expressionsCoarse} expression${s.expressionsCoarse === 1 ? '' : 's'} coarser than a day (weeks, months, years…) not placed, by design (counted per article in build-report.json)`,
    );
  }
  return lines;
}

/**
 * The report as JSON with one record per line (each article, sentence, and file's inferences and warnings on a line
 * of its own): still readable and diff-friendly, without the indentation that made up a large part
 * of the file at archive scale. `JSON.parse` gives back the same report.
 */
export function reportJson(report: BuildReport): string {
  const entries = Object.entries(report);
  const lines = ['{'];
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const records: string[] | null = Array.isArray(value)
      ? value.map((v) => JSON.stringify(v))
      : key === 'warnings' || key === 'inferred'
        ? Object.entries(value as Record<string, unknown>).map(([file, list]) => `${JSON.stringify(file)}: ${JSON.stringify(list)}`)
        : null;
    if (!records) {
      lines.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    } else if (records.length === 0) {
      lines.push(`${JSON.stringify(key)}: ${Array.isArray(value) ? '[]' : '{}'}${comma}`);
    } else {
      lines.push(`${JSON.stringify(key)}: ${Array.isArray(value) ? '[' : '{'}`);
      records.forEach((r, j) => lines.push(r + (j < records.length - 1 ? ',' : '')));
      lines.push(`${Array.isArray(value) ? ']' : '}'}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
