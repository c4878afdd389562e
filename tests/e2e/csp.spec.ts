/**
 * The site under its own Content-Security-Policy: dist/ served by a tiny static server that applies
 * the headers of public/_headers (as Netlify / Cloudflare Pages would), and every kind of page
 * loaded in Chromium with zero CSP violations and zero console errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlPages, normBase } from './support/dist-check.ts';
import { headersFor, parseHeaders, serveDist, type StaticServer } from './support/static-server.ts';

const dist = 'dist';
const base = normBase(process.env.NEWS_TIMELINE_BASE);
const headersFile = existsSync('public/_headers') ? 'public/_headers' : undefined;

/** Every page; at archive scale (over 100 pages) up to three of each kind (first path segment), so every template is covered. */
function samplePages(): string[] {
  const all = htmlPages(dist, base);
  if (all.length <= 100) return all;
  const byKind = new Map<string, string[]>();
  for (const path of all) {
    const kind = path.slice(base.length).split('/')[0] ?? '';
    const list = byKind.get(kind) ?? [];
    if (list.length < 3) list.push(path);
    byKind.set(kind, list);
  }
  return [...byKind.values()].flat();
}

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDist(dist, { base, ...(headersFile ? { headersFile } : {}) });
});
test.afterAll(async () => server?.close());

test('public/_headers sets a strict Content-Security-Policy on every page', () => {
  test.skip(!headersFile, 'public/_headers not there yet');
  const rules = parseHeaders(readFileSync(headersFile!, 'utf8'));
  for (const path of [base, `${base}articles/`]) {
    const csp = headersFor(rules, path)['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self'/);
    expect(csp, path).toMatch(/style-src 'self'/);
    expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  }
});

for (const path of samplePages()) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    test.skip(!headersFile, 'public/_headers not there yet');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) violations.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBeTruthy();
    await page.waitForTimeout(300);
    expect(violations).toEqual([]);
  });
}
