/**
 * A tiny static server for dist/ that applies the headers of `public/_headers` (Netlify /
 * Cloudflare Pages format) — so browser tests see the site exactly as a host would serve it,
 * Content-Security-Policy included. Directory URLs serve their index.html; unknown paths 404.html.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export interface HeaderRule {
  /** URL pattern; `*` matches any run of characters (a "splat"). */
  pattern: string;
  headers: [string, string][];
}

/** Parses a `_headers` file: a path line, then indented `Name: value` lines. Comments start with `#`. */
export function parseHeaders(source: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of source.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    // `! Name` (Cloudflare Pages): drop the header inherited from earlier matching rules.
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(raw);
    if (rule && detach) {
      rule.headers.push([`!${detach[1]}`, '']);
      continue;
    }
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line ${JSON.stringify(raw)}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')).join('.*')}$`);
  return re.test(path);
}

/** The headers for a URL path (all matching rules, later ones adding to earlier ones). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      if (name.startsWith('!')) {
        delete out[name.slice(1).toLowerCase()];
        continue;
      }
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves `dir` under `base` (e.g. `/` or `/timeline/`). Headers come from `<dir>/_headers` when
 * present (Astro copies public/_headers there), else from `headersFile`, else none.
 */
export async function serveDist(dir: string, options: { base?: string; headersFile?: string; useHeaders?: boolean } = {}): Promise<StaticServer> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const headersPath = [join(dir, '_headers'), options.headersFile].find((p): p is string => !!p && existsSync(p));
  const rules = options.useHeaders === false || !headersPath ? [] : parseHeaders(readFileSync(headersPath, 'utf8'));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside base');
      return;
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dir, '404.html');
      path = `${base}404.html`;
    }
    const headers = { ...headersFor(rules, url.pathname) };
    if (!existsSync(file)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    res.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
