/**
 * Size budget of the embed scripts (issue 4: embed.js at most 3 KB gzipped).
 * `node scripts/size-embed.ts [--json]` prints raw and gzipped sizes; exits 1 when over budget.
 * Reads public/ (the files are copied verbatim into dist/).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = { 'embed.js': 3072 } as Record<string, number>;
const files = ['embed.js', 'embed-frame.js', 'embed-dialog.js'];

const rows = files.map((name) => {
  const bytes = readFileSync(fileURLToPath(new URL(`../public/${name}`, import.meta.url)));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget = BUDGET[name];
  return { name, bytes: bytes.length, gzip, budget, ok: budget === undefined || gzip <= budget };
});

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else for (const r of rows) console.log(`${r.name.padEnd(16)} ${String(r.bytes).padStart(6)} B  ${String(r.gzip).padStart(5)} B gzip${r.budget ? `  (budget ${r.budget} B: ${r.ok ? 'ok' : 'OVER'})` : ''}`);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
