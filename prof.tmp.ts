import { readFileSync } from 'node:fs';
import { extractTimexes } from './src/timeline/temporal/index.ts';
const text = readFileSync('/tmp/te/tb.txt', 'utf8');
for (let k = 0; k < 3; k++) extractTimexes(text, { dct: '1989-10-26' });
let best = 1e9, bestCpu = 1e9;
for (let k = 0; k < 8; k++) { const c0 = process.cpuUsage(); const t0 = performance.now(); extractTimexes(text, { dct: '1989-10-26' }); best = Math.min(best, performance.now() - t0); const c = process.cpuUsage(c0); bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000); }
console.log('wall chars/s', Math.round(text.length / best * 1000), 'cpu chars/s', Math.round(text.length / bestCpu * 1000));
