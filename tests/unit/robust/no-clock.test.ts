/**
 * Reproducible by construction: nothing under src/ reads the machine's clock or time zone. The
 * TZ builds (reproducible.test.ts) prove it for the bundled articles; this catches a new `Date.now()`
 * or a local-time getter anywhere, whichever articles would reach it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './harness.ts';

const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now() reads the clock'],
  [/\bnew Date\s*\(\s*\)/, 'new Date() reads the clock'],
  [/\bperformance\.now\s*\(/, 'performance.now() reads the clock'],
  [/\.getTimezoneOffset\s*\(/, "getTimezoneOffset() reads the machine's zone"],
  [/\.(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds)\s*\(/, "a local-time getter or setter uses the machine's zone (use the UTC ones)"],
  [/\.toLocale(?:Date|Time)?String\s*\(/, "toLocale…String() uses the machine's zone and locale"],
  [/\bprocess\.env\.TZ\b/, "the machine's zone"],
];

/** Files that may read the clock, and why that cannot reach the output. */
const ALLOWED = new Map([['src/lib/build/timings.ts', 'times the pipeline for the build log and the benchmark; never written to dist/']]);

function sources(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(?:ts|mts|js|mjs|astro)$/.test(f)).map((f) => join(dir, f));
}

describe('no clock, no machine time zone in src/', () => {
  const files = sources(join(root, 'src'));

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no source reads the clock or uses local time', () => {
    const found: string[] = [];
    for (const file of files) {
      if (ALLOWED.has(file.slice(root.length + 1))) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(?:\/\/|\*)/.test(line)) return; // comments
        for (const [re, why] of FORBIDDEN) if (re.test(line)) found.push(`${file.slice(root.length + 1)}:${i + 1}: ${why}`);
      });
    }
    expect(found).toEqual([]);
  });
});
