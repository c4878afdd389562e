import { readFileSync } from 'node:fs';
import { PARSERS, REFINERS, extractTimexes } from './src/timeline/temporal/index.ts';
import { parseDct } from './src/timeline/temporal/dct.ts';
const text = readFileSync('/tmp/te/tb.txt', 'utf8');
const ctx = { text, dct: parseDct('1989-10-26') };
for (let k = 0; k < 3; k++) extractTimexes(text, { dct: '1989-10-26' });
let cands: any[] = [];
const best = (f: () => any) => { let b = 1e9, r; for (let k = 0; k < 5; k++) { const t0 = performance.now(); r = f(); b = Math.min(b, performance.now() - t0); } return [r, b.toFixed(1)]; };
for (const p of PARSERS) { const [r, ms] = best(() => p(ctx)); cands.push(...r); console.log(p.name, r.length, ms, 'ms'); }
for (const r of REFINERS) { const [c, ms] = best(() => r(ctx, cands)); cands = c; console.log(r.name, cands.length, ms, 'ms'); }
const [, ms] = best(() => extractTimexes(text, { dct: '1989-10-26' }));
console.log('total', ms, (text.length / Number(ms) * 1000 / 1e6).toFixed(2), 'MB/s');
