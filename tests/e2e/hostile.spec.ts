/**
 * Hostile content: articles whose frontmatter and bodies carry raw HTML and script payloads
 * (tests/fixtures/bad/hostile/: <script>, <img onerror>, <iframe>, javascript: links, inline
 * handlers, <svg onload>, <meta refresh>, <base>, JSON-LD and CDATA breakouts…) are built into a
 * site of their own, served WITHOUT a Content-Security-Policy (so the proof is the escaping, not
 * the CSP), and every page — timeline, days, articles, embeds — is loaded in Chromium: no payload
 * runs, nothing navigates away, no request leaves the site, and the payload text is shown as text.
 * Feeds are checked as a feed reader would render them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build, cleanUp, fixturesBad, type BuildResult } from '../unit/robust/harness.ts';
import { brokenLinks, collectFacts, distFiles, htmlPages, inlineCode, unknown } from './support/dist-check.ts';
import { serveDist, type StaticServer } from './support/static-server.ts';

test.describe.configure({ mode: 'serial' });

let site: BuildResult;
let server: StaticServer;
let pages: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // With the search index, so that search results (article and event text in excerpts) are checked too.
  site = await build({ content: join(fixturesBad, 'hostile') });
  expect(site.code, site.output).toBe(0);
  server = await serveDist(site.outDir, { useHeaders: false });
  pages = htmlPages(site.outDir, '/');
});

test.afterAll(async () => {
  await server?.close();
  cleanUp();
});

/** Loads a page and reports everything an executed payload could have done. */
async function visit(page: Page, path: string, ready?: (page: Page) => Promise<void>): Promise<string[]> {
  const signs: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('console', (m) => {
    if (/PWNED/.test(m.text())) signs.push(`console: ${m.text()}`);
  });
  page.on('dialog', async (d) => {
    signs.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) signs.push(`request: ${url}`);
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame() && !f.url().startsWith(origin)) signs.push(`navigated: ${f.url()}`);
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  await ready?.(page);
  // Hover, focus and click around, as a reader would.
  await page.mouse.move(200, 200);
  await page.mouse.move(400, 300);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(250);
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
  if (pwned !== null) signs.push(`window.__pwned = ${String(pwned)}`);
  if (!page.url().startsWith(origin + path)) signs.push(`url changed to ${page.url()}`);
  // No element the article brought with it.
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('body script:not([src]), iframe, object, embed, base, meta[http-equiv], form[action^="javascript" i], [onerror], [onload], [onmouseover], svg[onload]')]
      .filter((el) => !(el.tagName === 'SCRIPT' && /json/.test(el.getAttribute('type') ?? '')))
      // The site's own embed previews: a sandboxed frame of one of its /embed/ pages.
      .filter((el) => !(el.tagName === 'IFRAME' && /^\/embed\//.test(el.getAttribute('data-src') ?? el.getAttribute('src') ?? '') && el.hasAttribute('sandbox')))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  for (const el of injected) signs.push(`element in the page: ${el}`);
  const scriptLinks = await page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
      .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v)),
  );
  for (const href of scriptLinks) signs.push(`script URL in the page: ${href}`);
  return signs;
}

test('the hostile corpus builds, and has the pages to test', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/articles/raw-html/');
  expect(pages).toContain('/articles/entities/');
});

test('no payload runs on any page (timeline, days, articles, embeds, search)', async ({ page }) => {
  test.setTimeout(180_000);
  const found: Record<string, string[]> = {};
  for (const path of pages) {
    const signs = await visit(page, path);
    if (signs.length) found[path] = signs;
  }
  expect(found).toEqual({});
});

test('search results quoting the hostile articles run nothing and show the payloads as text', async ({ page }) => {
  for (const word of ['council', 'script', 'onerror']) {
    const signs = await visit(page, `/search/?q=${word}`, async (p) => {
      await expect(p.getByRole('status')).toContainText(/\d+ results?/, { timeout: 30_000 });
    });
    expect(signs, word).toEqual([]);
    expect(await page.locator('main li').count(), word).toBeGreaterThan(0);
  }
  // An excerpt keeps only text and the <mark> of the hit: the payload is readable, not markup.
  await page.goto(new URL(server.url).origin + '/search/?q=script');
  await expect(page.getByRole('status')).toContainText(/\d+ results?/, { timeout: 30_000 });
  expect(await page.locator('main').innerText()).toMatch(/<script>|<\/script>/);
});

test('the payloads are shown as text on the article page', async ({ page }) => {
  await page.goto(new URL(server.url).origin + '/articles/raw-html/');
  const body = await page.locator('main').innerText();
  for (const text of [
    "<script>window.__pwned = 'inline-script'; console.log('PWNED')",
    "<script>window.__pwned = 'block-script'; console.log('PWNED')</script>",
    `<img src=x onerror="window.__pwned='img'; console.log('PWNED')">`,
    '<svg onload=',
    "</script><script>window.__pwned='title'</script>",
  ]) {
    expect(body).toContain(text);
  }
  // A javascript: link keeps its words, not its link.
  expect(body).toContain('the notice');
  await expect(page.locator('a', { hasText: /^the (other )?notice$/ })).toHaveCount(0);
  await page.goto(new URL(server.url).origin + '/articles/entities/');
  // Text that was already escaped in the Markdown shows as the characters it stands for, once.
  expect(await page.locator('main').innerText()).toContain("<script>window.__pwned='entity'</script>");
});

test('no inline code on any page and every link resolves, even with hostile content', async ({ page }) => {
  test.setTimeout(180_000);
  const facts = await collectFacts(page, new URL(server.url).origin, pages);
  expect(inlineCode(facts)).toEqual([]);
  expect(unknown(brokenLinks(facts, site.outDir, '/'))).toEqual([]);
});

test('feeds are well-formed and a feed reader rendering their HTML would run nothing', async ({ page }) => {
  const feeds = distFiles(site.outDir).filter((f) => /\.(xml|rss|atom)$/.test(f) && !f.startsWith('sitemap'));
  test.skip(feeds.length === 0, 'no feeds in this build yet');
  await page.goto(server.url);
  for (const feed of feeds) {
    const xml = readFileSync(join(site.outDir, feed), 'utf8');
    const problems = await page.evaluate((source) => {
      const out: string[] = [];
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) return [`not well-formed: ${doc.querySelector('parsererror')!.textContent}`];
      // Anything a reader shows as HTML: RSS <description> and <content:encoded>; Atom <content>,
      // <summary>, <title> and <subtitle> when type="html" (type="text", the default, is shown as text).
      const atom = doc.documentElement.localName === 'feed';
      for (const el of [...doc.getElementsByTagName('*')]) {
        const isHtml = atom
          ? /^(content|summary|title|subtitle|rights)$/.test(el.localName) && el.getAttribute('type') === 'html'
          : el.localName === 'description' || el.localName === 'encoded';
        if (atom && el.getAttribute('type') === 'xhtml') {
          for (const bad of el.querySelectorAll('*')) {
            if (/^(script|iframe|object|embed|svg|style|base|meta|form|link)$/i.test(bad.localName)) out.push(`<${el.localName} type="xhtml"> contains <${bad.localName}>`);
          }
          continue;
        }
        if (!isHtml) continue;
        const html = new DOMParser().parseFromString(el.textContent ?? '', 'text/html');
        for (const bad of html.querySelectorAll('script, iframe, object, embed, svg, style, base, meta, form, link')) {
          out.push(`<${el.localName}> contains <${bad.tagName.toLowerCase()}>`);
        }
        for (const any of html.querySelectorAll('*')) {
          for (const attr of [...any.attributes]) {
            if (attr.name.startsWith('on')) out.push(`<${el.localName}> has a ${attr.name} handler`);
            if (/^\s*(javascript|data|vbscript):/i.test(attr.value)) out.push(`<${el.localName}> has ${attr.name}="${attr.value}"`);
          }
        }
      }
      return out;
    }, xml);
    expect(problems, feed).toEqual([]);
  }
});

test('JSON Feed content_html would run nothing in a reader either', async ({ page }) => {
  const feeds = distFiles(site.outDir).filter((f) => f.endsWith('.json') && /"version":\s*"https:\/\/jsonfeed\.org/.test(readFileSync(join(site.outDir, f), 'utf8')));
  test.skip(feeds.length === 0, 'no JSON Feed in this build yet');
  await page.goto(server.url);
  for (const feed of feeds) {
    const items = (JSON.parse(readFileSync(join(site.outDir, feed), 'utf8')) as { items: { content_html?: string }[] }).items;
    const problems = await page.evaluate((htmls) => {
      const out: string[] = [];
      for (const source of htmls) {
        const html = new DOMParser().parseFromString(source, 'text/html');
        for (const bad of html.querySelectorAll('script, iframe, object, embed, svg, style, base, meta, form, link')) out.push(`content_html contains <${bad.tagName.toLowerCase()}>`);
        for (const any of html.querySelectorAll('*')) {
          for (const attr of [...any.attributes]) {
            if (attr.name.startsWith('on')) out.push(`content_html has a ${attr.name} handler`);
            if (/^\s*(javascript|data|vbscript):/i.test(attr.value)) out.push(`content_html has ${attr.name}="${attr.value}"`);
          }
        }
      }
      return out;
    }, items.map((i) => i.content_html ?? ''));
    expect(problems, feed).toEqual([]);
  }
});
