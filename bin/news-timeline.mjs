#!/usr/bin/env node
// news-timeline command-line interface: a small dispatcher of subcommands.
// Node >= 22.18 / 24 runs the TypeScript sources directly (type stripping); older
// 22.x needs --experimental-strip-types, so we re-exec with it when necessary.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `news-timeline - turn a folder of news articles into a cited timeline

Usage:
  news-timeline extract --dct <YYYY-MM-DD | ISO date-time> <file | ->
      Find temporal expressions in plain English text (a file, or stdin for '-')
      and print JSON: {"timexes":[{"start","end","text","type","value"}]}
      start/end are 0-based JavaScript string offsets into the input as read
      (end exclusive). type is DATE, TIME, DURATION or SET; value is a TimeML
      TIMEX3 value (2025-11-23, 2025-11-22TEV, 2025-W47, P3D, PRESENT_REF ...),
      resolved against the document creation time given by --dct.
      Options:
        --dct <date>   document creation time, e.g. 2025-11-23 or 2025-11-23T21:25:00-05:00 (required)
        --verbose      also print mod, anchor, direction and rule for each timex, and under
                       "refused" the expressions read as dates but refused ('Feb. 30', 'in 3025'),
                       each with start, end, text, value, reason and rule
  news-timeline help | --help | -h
      Show this help.

Exit status: 0 on success, 2 on bad arguments or unreadable input.
`;

function fail(msg) {
  process.stderr.write(`news-timeline: ${msg}\nRun 'news-timeline --help' for usage.\n`);
  process.exit(2);
}

function needsStripFlag() {
  const [maj, min] = process.versions.node.split('.').map(Number);
  return maj < 22 || (maj === 22 && min < 18) || (maj === 23 && min < 6);
}

async function importTs(rel) {
  return import(pathToFileURL(join(ROOT, rel)).href);
}

async function extract(argv) {
  let dct;
  let file;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dct') {
      dct = argv[++i];
      if (dct === undefined) fail('--dct needs a value (YYYY-MM-DD or ISO date-time)');
    } else if (a.startsWith('--dct=')) dct = a.slice(6);
    else if (a === '--verbose') verbose = true;
    else if (a === '-h' || a === '--help') { process.stdout.write(HELP); return; }
    else if (a !== '-' && a.startsWith('-')) fail(`extract: unknown option '${a}'`);
    else if (file === undefined) file = a;
    else fail(`extract: unexpected argument '${a}' (give one file or '-')`);
  }
  if (dct === undefined) fail('extract: --dct is required');
  if (file === undefined) fail("extract: give a file path, or '-' to read stdin");
  const { parseDct } = await importTs('src/timeline/temporal/dct.ts');
  try { parseDct(dct); } catch (e) { fail(`extract: ${e.message}`); }
  let text;
  try { text = readFileSync(file === '-' ? 0 : file, 'utf8'); } catch (e) { fail(`extract: cannot read '${file}': ${e.message}`); }
  const { extractTimexes } = await importTs('src/timeline/temporal/index.ts');
  const refused = [];
  const onReject = verbose ? (r) => refused.push({ start: r.start, end: r.end, text: r.text, value: r.value, reason: r.reason, rule: r.rule }) : undefined;
  const timexes = extractTimexes(text, { dct, onReject }).map((t) => {
    const o = { start: t.start, end: t.end, text: t.text, type: t.type, value: t.value };
    if (verbose) Object.assign(o, { mod: t.mod, anchor: t.anchor, direction: t.direction, rule: t.rule });
    return o;
  });
  // the refused expressions ('Feb. 30', 'in 3025') only with --verbose, under their own key: the default output stays {"timexes":[...]}
  process.stdout.write(JSON.stringify(verbose ? { timexes, refused } : { timexes }) + '\n');
}

const COMMANDS = { extract };

async function main(argv) {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    process.stdout.write(HELP);
    if (cmd === undefined) process.exitCode = 2;
    return;
  }
  const run = COMMANDS[cmd];
  if (!run) fail(`unknown command '${cmd}'`);
  await run(rest);
}

if (needsStripFlag() && !process.execArgv.includes('--experimental-strip-types')) {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
} else {
  await main(process.argv.slice(2));
}
