/**
 * Builds the site from an arbitrary folder of articles into a temporary directory, the way an
 * editor would (`astro build`), and returns the exit code and everything it printed.
 * Each build gets its own output and content-layer cache directory, so builds of different
 * corpora can run side by side and never see each other's data.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const fixturesBad = join(root, 'tests/fixtures/bad');
export const seedContent = join(root, 'content/articles');

export interface BuildResult {
  /** Exit code of `astro build` (null when killed). */
  code: number | null;
  /** stdout and stderr interleaved, colour codes removed. */
  output: string;
  outDir: string;
  /** Milliseconds the build took. */
  ms: number;
}

export interface BuildOptions {
  /** Folder of articles (NEWS_TIMELINE_CONTENT). */
  content: string;
  /** Where to write the site (inside the project: see `outDirIn`); a fresh directory by default. */
  outDir?: string;
  /** Content-layer cache; a fresh temporary directory by default (so nothing is reused). */
  cacheDir?: string;
  /** Extra environment, e.g. `{ TZ: 'Pacific/Kiritimati' }`. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

const created: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `news-timeline-${prefix}-`));
  created.push(dir);
  return dir;
}

/**
 * A fresh output directory inside the project (`.cache/builds/`, git-ignored). It must be inside:
 * for an outDir outside the working directory Astro puts its intermediate prerender bundle in the
 * project's shared `.astro/.prerender/`, and builds running side by side overwrite each other's.
 */
export function outDirIn(prefix: string): string {
  const parent = join(root, '.cache/builds');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${prefix}-`));
  created.push(dir);
  return dir;
}

/** Removes every directory this module created. */
export function cleanUp(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*[A-Za-z]/g;

export async function build(options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir ?? outDirIn('dist');
  const started = Date.now();
  const result = await run(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], options);
  return { ...result, outDir, ms: Date.now() - started };
}

function run(command: string, args: string[], options: BuildOptions): Promise<{ code: number | null; output: string }> {
  const cacheDir = (options.cacheDir ??= tempDir('cache'));
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: root,
      env: {
        ...process.env,
        // The `node` devDependency (Node 24) first: the machine's own node may be too old for Astro.
        PATH: [join(root, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter),
        NEWS_TIMELINE_CONTENT: options.content,
        NEWS_TIMELINE_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output: output.replace(ansi, '') });
    });
  });
}

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** `{ path: sha256 }` of every file under `dir`. */
export function digestTree(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const file of listFiles(dir)) {
    result[file] = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
  }
  return result;
}
