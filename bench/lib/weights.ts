/**
 * Gzipped page weights of a built site: the named pages the issue asks about and the heaviest
 * page overall, each as HTML plus the CSS it links (the budget is on HTML+CSS per page).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  /** Path of the page inside dist, or null when missing. */
  path: string | null;
  htmlGzipBytes: number | null;
  cssGzipBytes: number | null;
  totalGzipBytes: number | null;
  /** Script files the page loads (src of <script>) and inline scripts, counted. */
  scripts: number;
}

export interface SiteWeights {
  timeline: PageWeight;
  day: PageWeight;
  article: PageWeight;
  embed: PageWeight;
  embedJs: { path: string | null; gzipBytes: number | null };
  /** All CSS files in the build, gzipped one by one and summed. */
  css: { files: number; gzipBytes: number | null };
  heaviest: PageWeight & { pages: number; overBudget: number };
}

const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export function listFiles(dir: string, suffix: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, suffix, out);
    else if (entry.name.endsWith(suffix)) out.push(path);
  }
  return out;
}

function resolveAsset(dist: string, href: string): string | null {
  if (/^(https?:)?\/\//.test(href)) return null;
  const clean = href.split(/[?#]/)[0] ?? "";
  const path = join(dist, clean.startsWith("/") ? clean : `/${clean}`);
  return existsSync(path) ? path : null;
}

function weighPage(dist: string, file: string | null, cssCache: Map<string, number>): PageWeight {
  if (!file || !existsSync(file)) {
    return { path: null, htmlGzipBytes: null, cssGzipBytes: null, totalGzipBytes: null, scripts: 0 };
  }
  const html = readFileSync(file, "utf8");
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/rel=["']?stylesheet/i.test(tag)) continue;
    const href = /href=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const asset = href ? resolveAsset(dist, href) : null;
    if (!asset) continue;
    let size = cssCache.get(asset);
    if (size === undefined) {
      size = gz(readFileSync(asset));
      cssCache.set(asset, size);
    }
    css += size;
  }
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].filter((s) => !/type=["']?application\/(ld\+)?json/i.test(s[0])).length;
  const htmlGz = gz(html);
  return { path: relative(dist, file), htmlGzipBytes: htmlGz, cssGzipBytes: css, totalGzipBytes: htmlGz + css, scripts };
}

function firstPage(dist: string, section: string): string | null {
  const dir = join(dist, section);
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const name of names) {
    const file = join(dir, name, "index.html");
    if (existsSync(file)) return file;
  }
  return null;
}

export const PAGE_BUDGET_BYTES = 30 * 1024;

export function measureWeights(dist: string, projectRoot: string): SiteWeights {
  const cssCache = new Map<string, number>();
  const cssFiles = listFiles(dist, ".css");
  const embedJsPath = [join(dist, "embed.js"), join(projectRoot, "public", "embed.js")].find((p) => existsSync(p)) ?? null;
  let heaviest: PageWeight = weighPage(dist, null, cssCache);
  let pages = 0;
  let overBudget = 0;
  for (const file of listFiles(dist, ".html")) {
    const w = weighPage(dist, file, cssCache);
    pages++;
    if ((w.totalGzipBytes ?? 0) > PAGE_BUDGET_BYTES) overBudget++;
    if ((w.totalGzipBytes ?? 0) > (heaviest.totalGzipBytes ?? -1)) heaviest = w;
  }
  return {
    timeline: weighPage(dist, join(dist, "index.html"), cssCache),
    day: weighPage(dist, firstPage(dist, "days"), cssCache),
    article: weighPage(dist, firstPage(dist, "articles"), cssCache),
    embed: weighPage(dist, join(dist, "embed", "index.html"), cssCache),
    embedJs: { path: embedJsPath ? relative(projectRoot, embedJsPath) : null, gzipBytes: embedJsPath ? gz(readFileSync(embedJsPath)) : null },
    css: { files: cssFiles.length, gzipBytes: cssFiles.length ? cssFiles.reduce((n, f) => n + gz(readFileSync(f)), 0) : null },
    heaviest: { ...heaviest, pages, overBudget },
  };
}
