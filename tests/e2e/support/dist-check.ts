/**
 * Facts about every HTML page of a built site, gathered in the browser (its own HTML parser,
 * DOMParser, so nothing is guessed with regular expressions), and the checks on them:
 * every internal link and #anchor resolves to a file in dist/, and nothing inline that a strict
 * Content-Security-Policy (`script-src 'self'; style-src 'self'`) would block.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export interface PageFacts {
  /** URL path of the page, base included ("/days/2025-11-24/"). */
  path: string;
  ids: string[];
  /** Every URL-valued attribute: `<a href>`, `<link href>`, `<img src>`, `<script src>`, `srcset` candidates… */
  refs: { tag: string; attr: string; value: string }[];
  /** `<script>` elements without `src` (other than JSON-LD and JSON data blocks): their first characters. */
  inlineScripts: string[];
  /** Elements with a `style` attribute (tag names). */
  styleAttributes: string[];
  styleElements: number;
  /** Inline event-handler attributes (`onclick`, `onerror`…), as `tag[attr]`. */
  handlers: string[];
  /** `javascript:` URLs anywhere in URL attributes. */
  scriptUrls: string[];
}

export function normBase(base: string | undefined): string {
  const b = base && base !== '' ? base : '/';
  return `${b.startsWith('/') ? '' : '/'}${b}`.replace(/\/?$/, '/');
}

/** Every file under `dir` (sorted, `/`-separated, relative). */
export function distFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** URL path of an HTML file of dist/ (`days/x/index.html` → `/base/days/x/`). */
export function pagePath(file: string, base: string): string {
  return base + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
}

/** The HTML pages of dist/, as URL paths (Pagefind's own UI fragments are not pages of the site). */
export function htmlPages(dir: string, base: string): string[] {
  return distFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => pagePath(f, base));
}

/** Fetches and parses every page in the browser; `origin` is where dist/ is served ("http://127.0.0.1:4326"). */
export async function collectFacts(page: Page, origin: string, paths: string[]): Promise<PageFacts[]> {
  await page.goto(`${origin}${paths[0] ?? '/'}`);
  return page.evaluate(async (list) => {
    const urlAttrs = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'xlink:href'];
    const results = [];
    for (const path of list) {
      const html = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const all = [...doc.querySelectorAll('*')];
      const refs: { tag: string; attr: string; value: string }[] = [];
      const handlers: string[] = [];
      const scriptUrls: string[] = [];
      for (const el of all) {
        const tag = el.tagName.toLowerCase();
        for (const attr of [...el.attributes]) {
          const name = attr.name.toLowerCase();
          if (name.startsWith('on')) handlers.push(`${tag}[${name}]`);
          if (urlAttrs.includes(name)) {
            // <blockquote cite> and <q cite> name the source; they are links only in spirit.
            refs.push({ tag, attr: name, value: attr.value });
            if (/^\s*javascript:/i.test(attr.value)) scriptUrls.push(`${tag}[${name}]=${attr.value}`);
          }
          if (name === 'srcset' || name === 'imagesrcset') {
            for (const candidate of attr.value.split(',')) {
              const url = candidate.trim().split(/\s+/)[0];
              if (url) refs.push({ tag, attr: name, value: url });
            }
          }
        }
      }
      results.push({
        path,
        ids: all.filter((el) => el.id).map((el) => el.id).concat(all.filter((el) => el.tagName === 'A' && el.getAttribute('name')).map((el) => el.getAttribute('name')!)),
        refs,
        inlineScripts: [...doc.querySelectorAll('script:not([src])')]
          .filter((s) => !/^(application\/ld\+json|application\/json|importmap)$/i.test(s.getAttribute('type') ?? ''))
          .map((s) => (s.textContent ?? '').trim().slice(0, 80)),
        styleAttributes: [...doc.querySelectorAll('[style]')].map((el) => el.tagName.toLowerCase()),
        styleElements: doc.querySelectorAll('style').length,
        handlers,
        scriptUrls,
      });
    }
    return results;
  }, paths);
}

export interface Problem {
  page: string;
  problem: string;
}

/**
 * Every internal reference (same origin) must resolve to a file of dist/ under `base`, directory
 * URLs with their trailing slash, and its `#anchor` (text fragments aside) to an id on the target page.
 */
export function brokenLinks(facts: PageFacts[], dir: string, base: string): Problem[] {
  const origin = 'http://site.invalid';
  const ids = new Map(facts.map((f) => [f.path, new Set(f.ids)]));
  const problems: Problem[] = [];
  for (const page of facts) {
    for (const ref of page.refs) {
      if (ref.attr === 'cite' && !/^(\/|\.|#)/.test(ref.value)) continue;
      let url: URL;
      try {
        url = new URL(ref.value, origin + page.path);
      } catch {
        problems.push({ page: page.path, problem: `<${ref.tag} ${ref.attr}="${ref.value}">: not a URL` });
        continue;
      }
      if (url.origin !== origin) continue; // external, mailto:, data: …
      const where = `<${ref.tag} ${ref.attr}="${ref.value}">`;
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        problems.push({ page: page.path, problem: `${where}: outside the base ${base}` });
        continue;
      }
      const rel = path.slice(base.length);
      const file = join(dir, rel);
      let target: string;
      if (rel === '' || rel.endsWith('/')) target = join(file, 'index.html');
      else if (existsSync(file) && statSync(file).isDirectory()) {
        problems.push({ page: page.path, problem: `${where}: directory without its trailing slash (trailingSlash: 'always')` });
        continue;
      } else target = file;
      if (!existsSync(target)) {
        problems.push({ page: page.path, problem: `${where}: no such file ${relative(dir, target)}` });
        continue;
      }
      const fragment = url.hash.slice(1).split(':~:')[0]!;
      if (fragment && target.endsWith('.html')) {
        const targetIds = ids.get(path);
        if (targetIds && !targetIds.has(decodeURIComponent(fragment))) {
          problems.push({ page: page.path, problem: `${where}: no element with id "${decodeURIComponent(fragment)}" on ${path}` });
        }
      }
    }
  }
  return problems;
}

/** Inline code a strict CSP would block: inline scripts, style attributes and elements, event handlers, javascript: URLs. */
export function inlineCode(facts: PageFacts[]): Problem[] {
  const problems: Problem[] = [];
  for (const f of facts) {
    for (const s of f.inlineScripts) problems.push({ page: f.path, problem: `inline <script>: ${s}` });
    for (const tag of f.styleAttributes) problems.push({ page: f.path, problem: `style attribute on <${tag}>` });
    if (f.styleElements) problems.push({ page: f.path, problem: `${f.styleElements} <style> element(s)` });
    for (const h of f.handlers) problems.push({ page: f.path, problem: `inline event handler ${h}` });
    for (const u of f.scriptUrls) problems.push({ page: f.path, problem: `javascript: URL ${u}` });
  }
  return problems;
}

/**
 * Problems known and owned elsewhere, each with its owner: filtered out so that the checks stay
 * live for everything else. Remove an entry as soon as its fix lands.
 */
export const known: { problem: RegExp; owner: string }[] = [];

/** The problems not in `known`. */
export function unknown<T extends Problem | string>(list: T[]): T[] {
  return list.filter((p) => !known.some((k) => k.problem.test(typeof p === 'string' ? p : p.problem)));
}
