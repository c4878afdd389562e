/**
 * TypeScript port of te3score.py's scoring (TempEval-3 Task A, TIMEX3 only):
 * te3 mode emulates TimeML-Normalizer.jar token alignment; char mode pairs by
 * core character spans. Metrics are micro-averaged over documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { GoldDoc } from './tml.ts';
import { isPySpace, te3TokenSpans } from './tokenize.ts';

export const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
export type Mode = 'te3' | 'char';

export interface STimex { start: number; end: number; text: string; type: string | undefined; value: string | undefined; _core?: [number, number] }

export class InputError extends Error {}

export function readSystem(path: string, plain: string, docname: string, warn: (m: string) => void): STimex[] {
  if (!existsSync(path)) { warn(`${docname}: no system file ${path}, scored as empty output`); return []; }
  let data: unknown;
  try { data = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { throw new InputError(`cannot read ${path}: ${(e as Error).message}`); }
  const items = data && typeof data === 'object' && !Array.isArray(data) ? (data as { timexes?: unknown }).timexes : undefined;
  if (!Array.isArray(items)) throw new InputError(`${path}: top level must be {"timexes": [...]}`);
  const out: STimex[] = [];
  const n = plain.length;
  items.forEach((t: unknown, i: number) => {
    if (!t || typeof t !== 'object' || Array.isArray(t)) throw new InputError(`${path}: timexes[${i}] is not an object`);
    const o = t as Record<string, unknown>;
    const s = o['start'], e = o['end'];
    if (!Number.isInteger(s) || !Number.isInteger(e)) throw new InputError(`${path}: timexes[${i}] needs integer start/end`);
    const si = s as number, ei = e as number;
    if (!(0 <= si && si <= ei && ei <= n)) throw new InputError(`${path}: timexes[${i}] span [${si},${ei}) outside text of length ${n}`);
    const txt = plain.slice(si, ei);
    if ('text' in o && o['text'] !== txt) warn(`${docname}: timexes[${i}] text ${JSON.stringify(o['text'])} != plain[${si}:${ei}] ${JSON.stringify(txt)} (offsets used)`);
    const typ = o['type'] as string | undefined;
    if (!TYPES.includes(typ as string)) warn(`${docname}: timexes[${i}] has type ${JSON.stringify(typ)} (not one of ${TYPES.join('|')})`);
    out.push({ start: si, end: ei, text: txt, type: typ, value: o['value'] as string | undefined });
  });
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

export function coreSpan(t: { start: number; end: number }, plain: string): [number, number] {
  let s = t.start, e = t.end;
  while (s < e && isPySpace(plain[s])) s++;
  while (e > s && isPySpace(plain[e - 1])) e--;
  return [s, e];
}

/** Char-mode pairing (te3score.py align). */
export function alignChar(gold: STimex[], system: STimex[], plain: string): [number, number][] {
  const items: [number, number, number, number][] = [];
  ([gold, system] as STimex[][]).forEach((lst, side) => lst.forEach((t, i) => {
    const [cs, ce] = coreSpan(t, plain);
    t._core = [cs, ce];
    if (cs < ce) items.push([cs, side, i, ce]);
  }));
  items.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  const partner: Map<number, number>[] = [new Map(), new Map()];
  const seen: [number, number, number][][] = [[], []];
  for (const [cs, side, i, ce] of items) {
    const other = 1 - side;
    const cands = seen[other]!.filter(([ocs, oce, oi]) => ocs <= cs && cs < oce && !partner[other]!.has(oi))
      .map(([ocs, , oi]) => [ocs, oi] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (cands.length) {
      const oi = cands[0]![1];
      partner[side]!.set(i, oi);
      partner[other]!.set(oi, i);
    }
    seen[side]!.push([cs, ce, i]);
  }
  return [...partner[0]!.entries()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

type Label = ['B', number] | ['I' | 'O', null];

function tokenLabels(tokens: [number, number][], timexes: STimex[]): Label[] {
  const tags: [number, number, number][] = [];
  timexes.forEach((t, i) => { tags.push([t.start, 1, i]); tags.push([t.end, 0, i]); });
  tags.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const labels: Label[] = [];
  let bio: 'B' | 'I' | 'O' = 'O';
  let inTag = false;
  let inAttr: number | null = null;
  let k = 0;
  for (const [ts, te] of tokens) {
    let find = false, delayed = false;
    while (k < tags.length && tags[k]![0] < te) {
      const [pos, isOpen, idx] = tags[k]!;
      const inner = pos > ts;
      if (isOpen) { find = true; inTag = true; inAttr = idx; bio = 'B'; }
      else if (inTag) {
        if (find) {
          if (inner) delayed = true;
          else { bio = 'O'; inTag = false; inAttr = null; find = false; }
        } else { bio = 'O'; inTag = false; }
      }
      k++;
    }
    labels.push(bio === 'B' ? ['B', inAttr as number] : [bio, null]);
    if (bio === 'B') { bio = 'I'; inAttr = null; }
    if (delayed) { bio = 'O'; inTag = false; inAttr = null; }
  }
  return labels;
}

export function alignTe3(gold: STimex[], system: STimex[], tokens: [number, number][]): { pairs: [number, number][]; gkeep: Set<number>; skeep: Set<number> } {
  const labels = [tokenLabels(tokens, gold), tokenLabels(tokens, system)];
  const open = [0, 0], lastLocal = [0, 0];
  let lastTid = 1;
  const ids: Map<number, number>[] = [new Map(), new Map()];
  for (let k = 0; k < tokens.length; k++) {
    for (const a of [0, 1]) { const l = labels[a]![k]![0]; if (l === 'O' || l === 'B') open[a] = 0; }
    for (const a of [0, 1]) {
      const [lab, idx] = labels[a]![k]!;
      if (lab !== 'B') continue;
      open[a] = lastTid;
      const at = 1 - a;
      if (open[at] !== 0 && lastLocal[a]! < open[at]!) open[a] = open[at]!;
      lastLocal[a] = open[a]!;
      if (open[a] === lastTid) lastTid++;
      ids[a]!.set(idx as number, open[a]!);
    }
  }
  const byId = new Map<number, number>();
  for (const [k, v] of ids[1]!) byId.set(v, k);
  const pairs: [number, number][] = [];
  for (const [gi, v] of ids[0]!) if (byId.has(v)) pairs.push([gi, byId.get(v)!]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { pairs, gkeep: new Set(ids[0]!.keys()), skeep: new Set(ids[1]!.keys()) };
}

export interface Counts { gold: number; sys: number; strict: number; relaxed: number; type_ok: number; value_ok: number }
export const zero = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, type_ok: 0, value_ok: 0 });
export function addCounts(a: Counts, b: Counts): void {
  a.gold += b.gold; a.sys += b.sys; a.strict += b.strict; a.relaxed += b.relaxed; a.type_ok += b.type_ok; a.value_ok += b.value_ok;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function metrics(c: Counts): Record<string, number> {
  const keys = ['strict_p', 'strict_r', 'strict_f1', 'relaxed_p', 'relaxed_r', 'relaxed_f1', 'type_acc', 'type_f1', 'value_acc', 'value_f1', 'value_p', 'value_r'];
  if (c.gold === 0 && c.sys === 0) return Object.fromEntries(keys.map((k) => [k, 1]));
  const m: Record<string, number> = {};
  m['strict_p'] = c.sys ? c.strict / c.sys : 0;
  m['strict_r'] = c.gold ? c.strict / c.gold : 0;
  m['strict_f1'] = f1(m['strict_p'], m['strict_r']);
  m['relaxed_p'] = c.sys ? c.relaxed / c.sys : 0;
  m['relaxed_r'] = c.gold ? c.relaxed / c.gold : 0;
  m['relaxed_f1'] = f1(m['relaxed_p'], m['relaxed_r']);
  m['type_acc'] = c.relaxed ? c.type_ok / c.relaxed : 0;
  m['value_acc'] = c.relaxed ? c.value_ok / c.relaxed : 0;
  m['type_f1'] = m['type_acc'] * m['relaxed_f1'];
  m['value_f1'] = m['value_acc'] * m['relaxed_f1'];
  m['value_p'] = m['value_acc'] * m['relaxed_p'];
  m['value_r'] = m['value_acc'] * m['relaxed_r'];
  return m;
}

function nonOverlapping(timexes: STimex[]): [STimex[], STimex[]] {
  const kept: STimex[] = [], rest: STimex[] = [];
  let lastEnd = -1;
  for (const t of [...timexes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (t.start >= lastEnd) { kept.push(t); lastEnd = t.end; } else rest.push(t);
  }
  return [kept, rest];
}

export type EventKind = 'G-DROP' | 'S-DROP' | 'MATCH' | 'PARTIAL' | 'MISSED' | 'SPURIOUS';
export interface ScoreEvent { kind: EventKind; gold: STimex | null; sys: STimex | null }

export interface DocScore { total: Counts; byGType: Map<string, Counts>; bySType: Map<string, Counts>; events: ScoreEvent[] }

export function scoreDoc(gdoc: GoldDoc, system0: STimex[], mode0: Mode = 'te3', warn: (m: string) => void = () => {}): DocScore {
  const plain = gdoc.text, name = gdoc.name;
  let mode = mode0;
  let gold: STimex[] = gdoc.timexes.map((t) => ({ ...t }));
  for (const t of [...gold, ...system0]) t._core = coreSpan(t, plain);
  gold = gold.filter((t) => t._core![0] < t._core![1]);
  for (const t of system0) if (t._core![0] >= t._core![1]) warn(`${name}: system timex [${t.start},${t.end}) is blank, ignored`);
  let system = system0.filter((t) => t._core![0] < t._core![1]);
  const events: ScoreEvent[] = [];
  let pairs: [number, number][];
  let tokens: [number, number][] | undefined;
  if (mode === 'te3') {
    tokens = te3TokenSpans(plain);
    if (!tokens) { warn(`${name}: cannot align TE3 tokens to the text, using --match=char for this document`); mode = 'char'; }
  }
  if (mode === 'te3') {
    const [sysOk, extraFp] = nonOverlapping(system);
    for (const t of extraFp) warn(`${name}: system timex ${JSON.stringify(t.text)} [${t.start},${t.end}) overlaps another one (not expressible in TimeML); counted as a false positive`);
    gold = [...gold].sort((a, b) => a.start - b.start || a.end - b.end);
    const al = alignTe3(gold, sysOk, tokens!);
    gold.forEach((t, i) => { if (!al.gkeep.has(i)) events.push({ kind: 'G-DROP', gold: t, sys: null }); });
    sysOk.forEach((t, j) => { if (!al.skeep.has(j)) events.push({ kind: 'S-DROP', gold: null, sys: t }); });
    const gk = [...al.gkeep].sort((a, b) => a - b), sk = [...al.skeep].sort((a, b) => a - b);
    const remapG = new Map(gk.map((old, n) => [old, n])), remapS = new Map(sk.map((old, n) => [old, n]));
    gold = gk.map((i) => gold[i]!);
    system = [...sk.map((j) => sysOk[j]!), ...extraFp];
    pairs = al.pairs.map(([gi, si]) => [remapG.get(gi)!, remapS.get(si)!]);
  } else {
    pairs = alignChar(gold, system, plain);
  }
  const total = zero();
  const byGType = new Map<string, Counts>(), bySType = new Map<string, Counts>();
  const get = (m: Map<string, Counts>, k: string) => { let c = m.get(k); if (!c) { c = zero(); m.set(k, c); } return c; };
  total.gold = gold.length; total.sys = system.length;
  for (const t of gold) get(byGType, String(t.type)).gold++;
  for (const t of system) get(bySType, String(t.type)).sys++;
  const pg = new Set<number>(), ps = new Set<number>();
  for (const [gi, si] of pairs) {
    const g = gold[gi]!, s = system[si]!;
    pg.add(gi); ps.add(si);
    const strict = g.text === s.text, tok = g.type === s.type, vok = g.value === s.value;
    for (const c of [total, get(byGType, String(g.type))]) {
      c.relaxed++; c.strict += +strict; c.type_ok += +tok; c.value_ok += +vok;
    }
    get(bySType, String(s.type)).relaxed++;
    if (!(strict && tok && vok)) events.push({ kind: strict ? 'MATCH' : 'PARTIAL', gold: g, sys: s });
  }
  gold.forEach((t, i) => { if (!pg.has(i)) events.push({ kind: 'MISSED', gold: t, sys: null }); });
  system.forEach((t, j) => { if (!ps.has(j)) events.push({ kind: 'SPURIOUS', gold: null, sys: t }); });
  events.sort((a, b) => (a.gold ?? a.sys)!.start - (b.gold ?? b.sys)!.start);
  return { total, byGType, bySType, events };
}
