/**
 * npm run eval:timex -- <dir of .tml files> [--errors] [--per-doc] [--match te3|char] [--out DIR]
 *
 * Runs the extractor over every TimeML document (plain text of <TEXT>, DCT from
 * <DCT>, exactly as ../shared/tools/te3score.py defines them), writes the
 * system JSON files (DIR, default a fresh temp dir) and scores them with the
 * TypeScript port of te3score.py (scripts/te3/).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractTimexes } from '../src/timeline/temporal/index.ts';
import { parseTml } from './te3/tml.ts';
import { listGold, scoreDirs } from './te3/report.ts';
import { InputError, type Mode } from './te3/score.ts';

function usage(msg?: string): never {
  if (msg) process.stderr.write(`eval-timex: ${msg}\n`);
  process.stderr.write('usage: npm run eval:timex -- <dir of .tml files> [--errors] [--per-doc] [--match te3|char] [--out DIR]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let dir: string | undefined, out: string | undefined;
let mode: Mode = 'te3', errors = false, perDoc = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--errors') errors = true;
  else if (a === '--per-doc') perDoc = true;
  else if (a === '--match') { const v = args[++i]; if (v !== 'te3' && v !== 'char') usage('--match takes te3 or char'); mode = v; }
  else if (a.startsWith('--match=')) { const v = a.slice(8); if (v !== 'te3' && v !== 'char') usage('--match takes te3 or char'); mode = v; }
  else if (a === '--out') { out = args[++i]; if (!out) usage('--out needs a directory'); }
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else if (!dir) dir = a;
  else usage(`unexpected argument ${a}`);
}
if (!dir) usage('missing the directory of .tml files');

try {
  const sysDir = out ?? mkdtempSync(join(tmpdir(), `timex-${basename(dir)}-`));
  mkdirSync(sysDir, { recursive: true });
  let chars = 0, ms = 0, cpuMs = 0;
  const docs = listGold(dir).map((path) => ({ path, doc: parseTml(path) }));
  // warm up the regex engine and chrono once, so the figure is steady-state throughput
  for (const { doc } of docs.slice(0, 20)) if (doc.dct) extractTimexes(doc.text, { dct: doc.dct });
  for (const { path, doc } of docs) {
    if (!doc.dct) throw new InputError(`${path}: no DCT`);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const timexes = extractTimexes(doc.text, { dct: doc.dct });
    ms += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpuMs += (c.user + c.system) / 1000;
    chars += doc.text.length;
    writeFileSync(join(sysDir, doc.name + '.json'), JSON.stringify({ timexes: timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })) }, null, 1));
  }
  const { report } = scoreDirs(dir, sysDir, { mode, errors, perDoc });
  process.stdout.write(report);
  process.stderr.write(`system output: ${sysDir}\nextraction: ${chars} chars in ${ms.toFixed(0)} ms wall = ${Math.round(chars / (ms / 1000))} chars/s (${Math.round(chars / (cpuMs / 1000))} chars per CPU-second)\n`);
} catch (e) {
  if (e instanceof InputError || e instanceof Error) { process.stderr.write(`error: ${e.message}\n`); process.exit(2); }
  throw e;
}
