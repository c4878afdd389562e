import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/news-timeline.mjs');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('news-timeline CLI', { timeout: 60_000 }, () => {
  it('extract reads stdin and prints exact offsets', () => {
    const text = 'They met Friday.\nA deal is due next week.\n';
    const r = run(['extract', '--dct', '2025-11-23', '-'], text);
    expect(r.status).toBe(0);
    const { timexes } = JSON.parse(r.stdout) as { timexes: { start: number; end: number; text: string; type: string; value: string }[] };
    expect(timexes).toEqual([
      { start: 9, end: 15, text: 'Friday', type: 'DATE', value: '2025-11-21' },
      { start: 31, end: 40, text: 'next week', type: 'DATE', value: '2025-W48' },
    ]);
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('extract reads a file, with an ISO date-time DCT', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nt-cli-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Officials said yesterday that talks had stalled.');
    const r = run(['extract', '--dct', '2025-11-23T21:25:00-05:00', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).timexes[0]).toMatchObject({ text: 'yesterday', value: '2025-11-22' });
  });
  it('--verbose lists refused dates under their own key; the default output has only timexes', () => {
    const text = 'The filing was dated Feb. 30 and promised results in 3025. Talks resume Friday.';
    const plain = JSON.parse(run(['extract', '--dct', '2025-11-19', '-'], text).stdout) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['timexes']);
    const r = run(['extract', '--dct', '2025-11-19', '--verbose', '-'], text);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { timexes: { text: string }[]; refused: { start: number; end: number; text: string; value: string; reason: string; rule: string }[] };
    expect(out.timexes.map((t) => t.text)).toEqual(['Friday']);
    expect(out.refused).toEqual([
      { start: 21, end: 28, text: 'Feb. 30', value: 'XXXX-02-30', reason: 'not a real calendar date', rule: 'impossible-month-day' },
      { start: 53, end: 57, text: '3025', value: '3025', reason: expect.stringMatching(/^implausible year/), rule: 'year' },
    ]);
    for (const x of out.refused) expect(text.slice(x.start, x.end)).toBe(x.text);
    const clean = JSON.parse(run(['extract', '--dct', '2025-11-19', '--verbose', '-'], 'They met Friday.').stdout) as { refused: unknown[] };
    expect(clean.refused).toEqual([]);
  });
  it('--help documents extract', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/extract --dct/);
  });
  it('bad arguments exit 2 with a message', () => {
    for (const args of [['extract', '-'], ['extract', '--dct', 'soon', '-'], ['frobnicate'], ['extract', '--dct', '2025-11-23', '/no/such/file']]) {
      const r = run(args, '');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/news-timeline: /);
    }
  });
});
