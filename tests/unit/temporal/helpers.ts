import { extractTimexes, type Timex } from '../../../src/timeline/temporal/index.ts';

export function tx(text: string, dct: string): Timex[] {
  const out = extractTimexes(text, { dct });
  for (const t of out) if (text.slice(t.start, t.end) !== t.text) throw new Error(`offset mismatch for ${t.text}`);
  return out;
}

/** The one timex whose text is `span` (fails loudly when absent). */
export function find(text: string, dct: string, span: string): Timex {
  const all = tx(text, dct);
  const hit = all.find((t) => t.text === span);
  if (!hit) throw new Error(`no timex '${span}' in ${JSON.stringify(all.map((t) => t.text))}`);
  return hit;
}

export const brief = (ts: Timex[]) => ts.map((t) => [t.text, t.type, t.value]);
