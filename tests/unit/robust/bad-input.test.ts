/**
 * Bad input, built for real: each fixture folder under tests/fixtures/bad/ is built with
 * `NEWS_TIMELINE_CONTENT=<folder> astro build --outDir <tmp>`, and the test checks the exit code and
 * the exact message the editor reads (file, field, what is expected), or, for recoverable input,
 * the warning and that the article is on the site.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, cleanUp, fixturesBad, root, tempDir, type BuildResult } from './harness.ts';

interface FatalCase {
  /** Folder under tests/fixtures/bad/. */
  dir: string;
  /** Files (relative to the folder) the message must name. */
  files: string[];
  /** Texts the message must contain, exactly. */
  messages: (string | RegExp)[];
  /** Not yet the product's behaviour: why, and whose change makes it so (the test runs once that lands). */
  pending?: { until: () => boolean; why: string };
}


const ISO = 'expected an ISO date ("2024-03-05") or date-time with offset ("2024-03-05T14:10:00-05:00")';

const fatal: FatalCase[] = [
  {
    dir: 'not-yaml',
    files: ['broken.md'],
    messages: [/broken\.md: the frontmatter is not valid YAML \(between the --- lines\): \S/],
  },
  { dir: 'published-not-a-date', files: ['nov-31.md'], messages: [`published: ${ISO}; got "Nov 31"`] },
  {
    dir: 'published-month-13',
    files: ['month-13.md'],
    messages: ['published: "2025-13-01" is not a real calendar date (check the month and day)'],
  },
  {
    dir: 'url-javascript',
    files: ['js-url.md'],
    messages: ['url: expected an absolute http:// or https:// URL; got "javascript:alert(1)" (javascript:, data: and other schemes are refused)'],
  },
  {
    dir: 'url-data',
    files: ['data-url.md'],
    messages: ['url: expected an absolute http:// or https:// URL; got "data:text/html;base64,'],
  },
  {
    dir: 'unknown-field',
    files: ['misspelt.md'],
    messages: ['unknown field "auhtors": check the spelling; the fields are title, subtitle, publisher, authors, url, published, updated, timezone, dateline, captions'],
  },
  {
    dir: 'no-date',
    files: ['undated.md'],
    messages: [
      'undated.md: the article states no date and none can be inferred from its text (no full date, weekday with month and day, or dateline). Add `published: "YYYY-MM-DD"` to its frontmatter.',
    ],
  },
  {
    dir: 'duplicate-slug',
    files: ['archive/budget.md', 'budget.md'],
    messages: [/have the same slug "budget" \(the file name gives the article's URL\): rename one of them\./],
  },
];

/** Runs `jobs` at most `limit` at a time (the machines have two cores). */
async function pool<T>(jobs: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

/** Paragraphs of three sentences in the generated 2 MB article. */
let longParagraphs = 0;

/** The recoverable corpus plus a generated 2 MB article (not committed: it is 2 MB). */
function recoverableCorpus(): string {
  const dir = tempDir('recoverable');
  cpSync(join(fixturesBad, 'recoverable'), dir, { recursive: true });
  const paragraph = (i: number): string =>
    `Paragraph ${i} of the long report. The committee heard from witness number ${i}, who described the ` +
    `flooding in the lower district and the response of the emergency services in considerable detail. ` +
    `Residents said the water had risen faster than in any year they could remember, and several asked ` +
    `why the warnings had come so late.`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < 2 * 1024 * 1024; i++) {
    const p = paragraph(i);
    parts.push(p);
    size += p.length + 2;
  }
  longParagraphs = parts.length;
  parts.push('The last paragraph of the very long report ends here.');
  writeFileSync(
    join(dir, 'two-megabytes.md'),
    `---\ntitle: "A very long report"\npublisher: "The Example Gazette"\npublished: "2025-11-27"\n---\n\n` +
      `The committee published its report on Thursday.\n\n${parts.join('\n\n')}\n`,
  );
  return dir;
}

interface Report {
  articles: { slug: string; sentences: number; events: number; warnings: number; headlineInferred: boolean }[];
  notPlaced: { article: string; expression: string; value: string; reason: string; refused?: true }[];
}

const results = new Map<string, BuildResult>();
let recoverable: BuildResult;
let recoverableDir = '';
/** The folder the recoverable corpus was built from (file names in messages are under it). */
const fixtureDir = (): string => recoverableDir;

beforeAll(async () => {
  const jobs: (() => Promise<unknown>)[] = [
    ...fatal
      .filter((c) => !c.pending || c.pending.until())
      .map((c) => async () => results.set(c.dir, await build({ content: join(fixturesBad, c.dir) }))),
    async () => {
      recoverableDir = recoverableCorpus();
      recoverable = await build({ content: recoverableDir, timeoutMs: 300_000 });
    },
  ];
  await pool(jobs);
}, 600_000);
afterAll(cleanUp);

describe('a bad article stops the build with one message naming the file, the field and what is expected', () => {
  it.for(fatal)('$dir', ({ dir, files, messages, pending }, ctx) => {
    if (pending && !pending.until()) ctx.skip(pending.why);
    const result = results.get(dir)!;
    expect(result.code, result.output).not.toBe(0);
    for (const file of files) expect(result.output).toContain(join(dir, file));
    for (const message of messages) {
      if (typeof message === 'string') expect(result.output).toContain(message);
      else expect(result.output).toMatch(message);
    }
    // A failed build is not a crash: no JavaScript stack of our own code is the message.
    expect(result.output).not.toMatch(/TypeError|ReferenceError|Cannot read properties/);
  });
});

describe('recoverable input: the build warns, continues, and nothing is dropped', () => {
  const dist = (path: string): string => join(recoverable.outDir, path);
  const page = (slug: string): string => readFileSync(dist(`articles/${slug}/index.html`), 'utf8');
  const slugs = ['missing-title', 'empty-body', 'french-language', 'no-date-expressions', 'absurd-dates', 'plain', 'two-megabytes'];

  it('builds', () => {
    expect(recoverable.code, recoverable.output).toBe(0);
  });

  it('every article has its page', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    for (const slug of slugs) expect(existsSync(dist(`articles/${slug}/index.html`)), slug).toBe(true);
  });

  /** The summary line the build prints for a warning: `  <file>: <message> — <hint>`. */
  const shown = (slug: string): string => relative(root, join(fixtureDir(), `${slug}.md`));
  const warned = (slug: string, text: string): string => `${shown(slug)}: ${text}`;
  const report = (): Report => JSON.parse(readFileSync(dist('build-report.json'), 'utf8')) as Report;
  const eventsOf = (slug: string): { date: string; citations: { article: string; sentence: string }[] }[] => {
    const timeline = JSON.parse(readFileSync(dist('timeline.json'), 'utf8')) as { events: { date: string; citations: { article: string; sentence: string }[] }[] };
    return timeline.events.filter((e) => e.citations.some((c) => c.article === slug));
  };

  it('the build report lists every article and the summary counts them', (ctx) => {
    if (!existsSync(dist('build-report.json'))) ctx.skip();
    expect(report().articles.map((a) => a.slug).sort()).toEqual([...slugs].sort());
    expect(recoverable.output).toMatch(/\b7 articles read, \d+ events \(\d+ scheduled\) on \d+ days?, \d+ citations?\n/);
  });

  it('a missing title: warned about, naming the file and the field; the first sentence stands in', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(recoverable.output).toContain(warned('missing-title', 'no title; the first sentence stands in for the headline — add `title:` to the frontmatter'));
    expect(page('missing-title')).toContain('Firefighters contained a wildfire near the town of Millbrook on Tuesday, officials said.');
    expect(report().articles.find((a) => a.slug === 'missing-title')).toMatchObject({ headlineInferred: true, warnings: 1 });
  });

  it('an empty body: warned about, and the article is still listed with its title', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(recoverable.output).toContain(
      warned('empty-body', 'the article has no text: only its headline and details are shown — add the article text below the frontmatter'),
    );
    expect(page('empty-body')).toContain('Headline only, the body is still to come');
    expect(report().articles.find((a) => a.slug === 'empty-body')).toMatchObject({ sentences: 0, events: 0 });
  });

  it('an article in another language: warned about, its text on its page, no bogus expressions or events', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(recoverable.output).toContain(
      warned(
        'french-language',
        'the text does not look like English (10 common words of other languages, 0 of English, in 37 words): dates are read by English rules, ' +
          'so dates written in another language are not found — the article keeps its page; to place its events on the timeline, give its text in English',
      ),
    );
    expect(page('french-language')).toContain('Le conseil municipal a adopté lundi 24 novembre le budget');
    expect(eventsOf('french-language')).toEqual([]);
    expect(report().notPlaced.filter((n) => n.article === 'french-language')).toEqual([]);
  });

  it('an article with no date expressions: on the site, warned that it adds no event, no events from it', (ctx) => {
    if (!existsSync(dist('timeline.json'))) ctx.skip();
    expect(page('no-date-expressions')).toContain('Budgets are statements of priorities.');
    expect(recoverable.output).toContain(
      warned('no-date-expressions', 'no sentence places anything on a day: the article adds no event to the timeline'),
    );
    const timeline = JSON.parse(readFileSync(dist('timeline.json'), 'utf8')) as { articles: { slug: string }[] };
    expect(timeline.articles.map((a) => a.slug).sort()).toEqual([...slugs].sort());
    expect(eventsOf('no-date-expressions')).toEqual([]);
  });

  it("absurd and impossible dates ('in 3025', 'Feb. 30', '11/31/2025', '2025-02-29', 'April 31') are not placed", (ctx) => {
    if (!existsSync(dist('timeline.json'))) ctx.skip();
    const placed = eventsOf('absurd-dates');
    expect(placed.length).toBeGreaterThan(0); // 'on Monday' still is
    for (const event of placed) {
      expect(event.date, JSON.stringify(event)).toMatch(/^2025-11-2\d$/);
      expect(event.citations.map((c) => c.sentence).join(' ')).not.toMatch(/3025|Feb\. 30|11\/31|02-29|April 31/);
    }
    const timeline = JSON.parse(readFileSync(dist('timeline.json'), 'utf8')) as { events: { date: string }[] };
    expect(timeline.events.map((e) => e.date).filter((d) => !d.startsWith('2025-'))).toEqual([]);
  });

  it("each absurd or impossible date is reported, with its reason, in build-report.json and in the build's summary", (ctx) => {
    if (!existsSync(dist('build-report.json'))) ctx.skip();
    const IMPLAUSIBLE = "implausible year: more than 300 years after the article's date";
    const UNREAL = 'not a real calendar date';
    expect(report().notPlaced.filter((n) => n.article === 'absurd-dates').map((n) => [n.expression, n.value, n.reason, n.refused])).toEqual([
      ['3025', '3025', IMPLAUSIBLE, true],
      ['Feb. 30', 'XXXX-02-30', UNREAL, true],
      ['11/31/2025', '2025-11-31', UNREAL, true],
      ['2025-02-29', '2025-02-29', UNREAL, true],
      ['April 31', 'XXXX-04-31', UNREAL, true],
    ]);
    const file = shown('absurd-dates');
    expect(recoverable.output).toContain('dates refused as impossible or implausible (check the article):');
    for (const line of [
      `${file}: "3025" (3025): ${IMPLAUSIBLE}`,
      `${file}: "Feb. 30" (XXXX-02-30): ${UNREAL}`,
      `${file}: "11/31/2025" (2025-11-31): ${UNREAL}`,
      `${file}: "2025-02-29" (2025-02-29): ${UNREAL}`,
      `${file}: "April 31" (XXXX-04-31): ${UNREAL}`,
    ]) {
      expect(recoverable.output).toContain(line);
    }
  });

  it('the 2 MB article is complete on its page, reported with all its sentences, and placed', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(page('two-megabytes')).toContain('The last paragraph of the very long report ends here.');
    const entry = report().articles.find((a) => a.slug === 'two-megabytes')!;
    // Three sentences a paragraph, plus the first paragraph's and the last one's: none lost.
    expect(longParagraphs).toBeGreaterThan(6000);
    expect(entry.sentences).toBe(3 * longParagraphs + 2);
    expect(entry.events).toBeGreaterThan(0);
    expect(entry.warnings).toBe(0);
  });
});
