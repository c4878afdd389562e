/** Scoring a gold directory against a system directory and printing te3score.py's report. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTml } from './tml.ts';
import { InputError, TYPES, addCounts, metrics, readSystem, scoreDoc, zero, type Counts, type Mode, type STimex } from './score.ts';

export function listGold(goldDir: string): string[] {
  let ok = false;
  try { ok = statSync(goldDir).isDirectory(); } catch { ok = false; }
  if (!ok) throw new InputError(`not a directory: ${goldDir}`);
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.tml') && !f.startsWith('._')).sort();
  if (!files.length) throw new InputError(`no .tml files in ${goldDir}`);
  return files.map((f) => join(goldDir, f));
}

const fmtT = (t: STimex | null) => (t ? `${pyRepr(t.text)} [${t.start},${t.end}) ${t.type} ${t.value}` : '-');
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(q === "'" ? /'/g : /"/g, q === "'" ? "\\'" : '\\"') + q;
}
const f4 = (x: number) => x.toFixed(4);
const padR = (s: string, n: number) => s.padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

export interface ScoreOptions { mode?: Mode; perDoc?: boolean; errors?: boolean; warn?: (m: string) => void }

export function scoreDirs(goldDir: string, sysDir: string, opts: ScoreOptions = {}): { metrics: Record<string, number>; counts: Counts; report: string } {
  const mode = opts.mode ?? 'te3';
  const warn = opts.warn ?? ((m: string) => process.stderr.write(`warning: ${m}\n`));
  const total = zero();
  const byG = new Map<string, Counts>(), byS = new Map<string, Counts>();
  const rows: [string, Counts][] = [];
  const allEvents: string[] = [];
  for (const path of listGold(goldDir)) {
    const g = parseTml(path);
    const system = readSystem(join(sysDir, g.name + '.json'), g.text, g.name, warn);
    const r = scoreDoc(g, system, mode, warn);
    addCounts(total, r.total);
    for (const [src, dst] of [[r.byGType, byG], [r.bySType, byS]] as const) {
      for (const [k, v] of src) { if (!dst.has(k)) dst.set(k, zero()); addCounts(dst.get(k)!, v); }
    }
    rows.push([g.name, r.total]);
    for (const e of r.events) allEvents.push(`${padR(e.kind, 8)} | ${g.name} | ${g.dct} | ${fmtT(e.gold)} | ${fmtT(e.sys)}`);
  }
  const m = metrics(total);
  const out: string[] = [];
  out.push(`TE3 Task A timex scores: gold=${goldDir} system=${sysDir} (${rows.length} docs, --match=${mode})`);
  if (opts.perDoc) {
    out.push('');
    out.push(`${padR('doc', 34)} ${padL('gold', 5)} ${padL('sys', 5)} ${padL('strict', 6)} ${padL('relaxed', 7)} ${padL('typeOK', 6)} ${padL('valueOK', 7)} ${padL('valueF1', 8)}`);
    for (const [name, c] of rows) out.push(`${padR(name, 34)} ${padL(c.gold, 5)} ${padL(c.sys, 5)} ${padL(c.strict, 6)} ${padL(c.relaxed, 7)} ${padL(c.type_ok, 6)} ${padL(c.value_ok, 7)} ${padL(f4(metrics(c)['value_f1']!), 8)}`);
  }
  out.push('');
  out.push('per type (strict/relaxed/typeOK/valueOK counted on pairs, by gold type; P by system type)');
  out.push(`${padR('type', 9)} ${padL('gold', 5)} ${padL('sys', 5)} ${padL('strict', 6)} ${padL('relaxed', 7)} ${padL('typeOK', 6)} ${padL('valueOK', 7)} ${padL('R_relax', 8)} ${padL('P_relax', 8)} ${padL('value_acc', 9)}`);
  const keys = [...TYPES.filter((k) => byG.has(k) || byS.has(k)), ...[...new Set([...byG.keys(), ...byS.keys()])].filter((k) => !TYPES.includes(k)).sort()];
  const line = (k: string, g: Counts, s: Counts, va: string) => `${padR(k, 9)} ${padL(g.gold, 5)} ${padL(s.sys, 5)} ${padL(g.strict, 6)} ${padL(g.relaxed, 7)} ${padL(g.type_ok, 6)} ${padL(g.value_ok, 7)} ${padL(f4(g.gold ? g.relaxed / g.gold : 0), 8)} ${padL(f4(s.sys ? s.relaxed / s.sys : 0), 8)} ${padL(va, 9)}`;
  for (const k of keys) {
    const g = byG.get(k) ?? zero(), s = byS.get(k) ?? zero();
    out.push(line(k, g, s, g.relaxed ? f4(g.value_ok / g.relaxed) : '-'));
  }
  out.push(`${padR('ALL', 9)} ${padL(total.gold, 5)} ${padL(total.sys, 5)} ${padL(total.strict, 6)} ${padL(total.relaxed, 7)} ${padL(total.type_ok, 6)} ${padL(total.value_ok, 7)} ${padL(f4(m['relaxed_r']!), 8)} ${padL(f4(m['relaxed_p']!), 8)} ${padL(f4(m['value_acc']!), 9)}`);
  out.push('');
  out.push(`strict   P=${f4(m['strict_p']!)} R=${f4(m['strict_r']!)} F1=${f4(m['strict_f1']!)}`);
  out.push(`relaxed  P=${f4(m['relaxed_p']!)} R=${f4(m['relaxed_r']!)} F1=${f4(m['relaxed_f1']!)}`);
  out.push(`type     accuracy=${f4(m['type_acc']!)} F1=${f4(m['type_f1']!)}`);
  out.push(`value    accuracy=${f4(m['value_acc']!)} P=${f4(m['value_p']!)} R=${f4(m['value_r']!)} F1=${f4(m['value_f1']!)}`);
  if (opts.errors) {
    out.push('');
    out.push('errors (kind | doc | dct | gold | system); kinds: MISSED, SPURIOUS, PARTIAL (relaxed-only match), MATCH (exact span, wrong type/value), G-DROP/S-DROP (not countable: another timex of the same side shares its token)');
    out.push(...allEvents);
  }
  out.push(`value_f1=${f4(m['value_f1']!)}`);
  return { metrics: m, counts: total, report: out.join('\n') + '\n' };
}
