/**
 * Our TypeScript port of te3score.py must agree with the Python original on the
 * same system output. Runs only where the shared tools and data are present
 * (../shared next to the repository, or next to the worktree directory).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/timeline/temporal/index.ts';
import { parseTml } from '../../scripts/te3/tml.ts';
import { scoreDirs } from '../../scripts/te3/report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].find((d) => existsSync(join(d, 'tools/te3score.py')));
const PY = SHARED ? join(SHARED, 'tools/te3score.py') : '';
const DATA = SHARED ? join(SHARED, 'data/tempeval3-tbaq') : '';
const havePython = (() => { try { execFileSync('python3', ['--version']); return true; } catch { return false; } })();

function sample(corpus: string, every: number): string[] {
  const dir = join(DATA, corpus);
  return readdirSync(dir).filter((f) => f.endsWith('.tml') && !f.startsWith('._')).sort().filter((_, i) => i % every === 0).map((f) => join(dir, f));
}

describe.skipIf(!SHARED || !havePython || !existsSync(DATA))('te3score port agrees with ../shared/tools/te3score.py (skipped: shared tools, data or python3 absent)', { timeout: 120_000 }, () => {
  const files = SHARED ? [...sample('TimeBank', 12), ...sample('AQUAINT', 8)] : [];
  const work = SHARED ? mkdtempSync(join(tmpdir(), 'te3-')) : '';
  const gold = join(work, 'gold'), sys = join(work, 'sys');

  it('reads the same plain text and DCT as the Python reader', () => {
    execFileSync('mkdir', ['-p', gold, sys]);
    // one python process reads every sampled file with te3score.parse_tml
    const script = 'import sys, json, importlib.util as u\n' +
      's = u.spec_from_file_location("te3score", sys.argv[1]); m = u.module_from_spec(s); s.loader.exec_module(m)\n' +
      'print(json.dumps({f: (lambda d: [d["text"], d["dct"]])(m.parse_tml(f)) for f in sys.argv[2:]}))';
    const pyDocs = JSON.parse(execFileSync('python3', ['-c', script, PY, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 })) as Record<string, [string, string]>;
    for (const f of files) {
      const doc = parseTml(f);
      expect(doc.text).toBe(pyDocs[f]![0]);
      expect(doc.dct).toBe(pyDocs[f]![1]);
      symlinkSync(f, join(gold, doc.name + '.tml'));
      // a system output with some deliberate overlaps, blanks and shifted spans, to exercise the alignment rules
      const tx = extractTimexes(doc.text, { dct: doc.dct! }).map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
      if (tx.length > 2) {
        const t = tx[1]!;
        tx.push({ start: t.start, end: Math.min(doc.text.length, t.end + 3), text: doc.text.slice(t.start, Math.min(doc.text.length, t.end + 3)), type: 'DATE', value: 'XXXX' });
        tx.push({ start: 0, end: 1, text: doc.text.slice(0, 1), type: 'DATE', value: 'XXXX' });
      }
      writeFileSync(join(sys, doc.name + '.json'), JSON.stringify({ timexes: tx }));
    }
    expect(files.length).toBeGreaterThan(15);
  });

  for (const mode of ['te3', 'char'] as const) {
    it(`gives the same counts and scores (--match ${mode})`, () => {
      const out = join(work, `py-${mode}.json`);
      execFileSync('python3', [PY, gold, sys, '--match', mode, '--json', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const py = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown> & { counts: Record<string, number> };
      const ours = scoreDirs(gold, sys, { mode, warn: () => {} });
      expect(ours.counts).toEqual(py.counts);
      for (const k of ['strict_f1', 'relaxed_f1', 'type_f1', 'value_f1', 'relaxed_p', 'relaxed_r']) {
        expect(ours.metrics[k]).toBeCloseTo(py[k] as number, 10);
      }
    });
  }
});
