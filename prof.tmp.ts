import { readFileSync } from 'node:fs';
import { extractTimexes } from './src/timeline/temporal/index.ts';
const text = readFileSync('/tmp/te/tb.txt', 'utf8');
for (let k = 0; k < 3; k++) extractTimexes(text, { dct: '1989-10-26' });
let best = 1e9; for (let k = 0; k < 5; k++) { const t0 = performance.now(); extractTimexes(text, { dct: '1989-10-26' }); best = Math.min(best, performance.now() - t0); }
console.log('chars/s', Math.round(text.length / best * 1000));
