/**
 * Bad input, built for real: each fixture folder under tests/fixtures/bad/ is built with
 * `NEWS_TIMELINE_CONTENT=<folder> astro build --outDir <tmp>`, and the test checks the exit code and
 * the exact message the editor reads (file, field, what is expected), or, for recoverable input,
 * the warning and that the article is on the site.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, cleanUp, fixturesBad, tempDir, type BuildResult } from './harness.ts';

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
  { dir: 'no-date', files: ['undated.md'], messages: [/add (a )?`?published`?/i] },
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
  parts.push('The last paragraph of the very long report ends here.');
  writeFileSync(
    join(dir, 'two-megabytes.md'),
    `---\ntitle: "A very long report"\npublisher: "The Example Gazette"\npublished: "2025-11-27"\n---\n\n` +
      `The committee published its report on Thursday.\n\n${parts.join('\n\n')}\n`,
  );
  return dir;
}

const results = new Map<string, BuildResult>();
let recoverable: BuildResult;

beforeAll(async () => {
  const jobs: (() => Promise<unknown>)[] = [
    ...fatal
      .filter((c) => !c.pending || c.pending.until())
      .map((c) => async () => results.set(c.dir, await build({ content: join(fixturesBad, c.dir) }))),
    async () => {
      recoverable = await build({ content: recoverableCorpus(), timeoutMs: 300_000 });
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

  it('a missing title: warned about, naming the file; the first sentence stands in', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(recoverable.output).toMatch(/missing-title\.md.*title/);
    expect(page('missing-title')).toContain('Firefighters contained a wildfire near the town of Millbrook on Tuesday, officials said.');
  });

  it('an empty body: warned about, and the article is still listed with its title', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(recoverable.output).toMatch(/empty-body\.md.*(empty|no text)/i);
    expect(page('empty-body')).toContain('Headline only, the body is still to come');
  });

  it('an article in another language: its text is on its page', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(page('french-language')).toContain('Le conseil municipal a adopté lundi 24 novembre le budget');
  });

  it('an article with no date expressions: on the site, no events from it', (ctx) => {
    if (!existsSync(dist('timeline.json'))) ctx.skip();
    expect(page('no-date-expressions')).toContain('Budgets are statements of priorities.');
    const timeline = JSON.parse(readFileSync(dist('timeline.json'), 'utf8')) as {
      articles: { slug: string }[];
      events: { date: string; citations: { article: string }[] }[];
    };
    expect(timeline.articles.map((a) => a.slug).sort()).toEqual([...slugs].sort());
    expect(timeline.events.flatMap((e) => e.citations).filter((c) => c.article === 'no-date-expressions')).toEqual([]);
  });

  it("absurd dates ('in 3025', 'Feb. 30') are not placed", (ctx) => {
    if (!existsSync(dist('timeline.json'))) ctx.skip();
    const timeline = JSON.parse(readFileSync(dist('timeline.json'), 'utf8')) as {
      events: { date: string; citations: { article: string; sentence: string }[] }[];
    };
    const placed = timeline.events.filter((e) => e.citations.some((c) => c.article === 'absurd-dates'));
    for (const event of placed) {
      expect(event.date, JSON.stringify(event)).toMatch(/^2025-11-2\d$/);
      expect(event.citations.map((c) => c.sentence).join(' ')).not.toMatch(/3025|Feb\. 30/);
    }
    expect(timeline.events.map((e) => e.date).filter((d) => !d.startsWith('2025-'))).toEqual([]);
  });

  it("an unreal date ('Feb. 30') is reported in build-report.json and in the build's summary", (ctx) => {
    if (!existsSync(dist('build-report.json'))) ctx.skip();
    const report = JSON.parse(readFileSync(dist('build-report.json'), 'utf8')) as {
      notPlaced: { article: string; expression: string; reason: string }[];
    };
    expect(report.notPlaced.filter((n) => n.article === 'absurd-dates').map((n) => [n.expression, n.reason])).toContainEqual([
      'Feb. 30',
      'not a real calendar date',
    ]);
    expect(recoverable.output).toMatch(/absurd-dates\.md: "Feb\. 30" \(XXXX-02-30\): not a real calendar date/);
  });

  it('the 2 MB article is complete on its page', (ctx) => {
    if (!existsSync(dist('articles'))) ctx.skip();
    expect(page('two-megabytes')).toContain('The last paragraph of the very long report ends here.');
  });
});
