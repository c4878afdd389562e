/**
 * Minimal TimeML reader, equivalent to te3score.py's parse_tml: the plain text
 * is "".join(TEXT.itertext()) of the first TEXT element (entities decoded,
 * \r\n -> \n, nothing trimmed); the DCT is the value of the first TIMEX3 in
 * <DCT> (else the TIMEX3 with functionInDocument="CREATION_TIME").
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface GoldTimex { start: number; end: number; text: string; tid?: string; type: string; value: string }
export interface GoldDoc { name: string; text: string; dct: string | undefined; timexes: GoldTimex[] }

interface El { tag: string; attrs: Record<string, string>; children: (El | string)[] }

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

function localName(tag: string): string {
  const i = tag.indexOf(':');
  return i >= 0 ? tag.slice(i + 1) : tag;
}

export function parseXml(src: string): El {
  const xml = src.replace(/\r\n?/g, '\n');
  const root: El = { tag: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) { top.children.push(m[1]); continue; }
    if (m[6] !== undefined) { top.children.push(decode(m[6])); continue; }
    if (m[3] === undefined) continue; // comment, PI, doctype
    if (m[2] === '/') {
      if (stack.length <= 1 || localName(top.tag) !== localName(m[3])) throw new Error(`mismatched tag </${m[3]}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    const ar = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    let a: RegExpExecArray | null;
    while ((a = ar.exec(m[4] ?? '')) !== null) attrs[a[1]!] = decode((a[2] ?? a[3] ?? '').replace(/[\t\n]/g, ' '));
    const el: El = { tag: m[3], attrs, children: [] };
    top.children.push(el);
    if (m[5] !== '/') stack.push(el);
  }
  if (stack.length !== 1) throw new Error('unclosed element');
  const first = root.children.find((c): c is El => typeof c !== 'string');
  if (!first) throw new Error('no root element');
  return first;
}

function* iter(el: El): Generator<El> {
  yield el;
  for (const c of el.children) if (typeof c !== 'string') yield* iter(c);
}

export function parseTml(path: string): GoldDoc {
  let root: El;
  try {
    root = parseXml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot parse ${path}: ${(e as Error).message}`);
  }
  let textEl: El | undefined;
  let dct: string | undefined;
  for (const el of iter(root)) {
    const tag = localName(el.tag);
    if (tag === 'TEXT' && !textEl) textEl = el;
    else if (tag === 'DCT' && dct === undefined) {
      for (const sub of iter(el)) if (localName(sub.tag) === 'TIMEX3') { dct = sub.attrs['value']; break; }
    }
  }
  if (dct === undefined) {
    for (const el of iter(root)) if (localName(el.tag) === 'TIMEX3' && el.attrs['functionInDocument'] === 'CREATION_TIME') { dct = el.attrs['value']; break; }
  }
  if (!textEl) throw new Error(`${path} has no <TEXT> element`);
  const parts: string[] = [];
  let pos = 0;
  const timexes: GoldTimex[] = [];
  const walk = (el: El, isRoot: boolean) => {
    const start = pos;
    for (const c of el.children) {
      if (typeof c === 'string') { parts.push(c); pos += c.length; } else walk(c, false);
    }
    if (!isRoot && localName(el.tag) === 'TIMEX3') {
      const t: GoldTimex = { start, end: pos, text: '', type: el.attrs['type'] ?? '', value: el.attrs['value'] ?? '' };
      if (el.attrs['tid'] !== undefined) t.tid = el.attrs['tid'];
      timexes.push(t);
    }
  };
  walk(textEl, true);
  const plain = parts.join('');
  for (const t of timexes) t.text = plain.slice(t.start, t.end);
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { name: basename(path).replace(/\.tml$/, ''), text: plain, dct, timexes };
}
