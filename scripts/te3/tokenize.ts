/**
 * Port of te3score.py's port of tokenize.pl (TreeTagger tokenizer, -e, English
 * abbreviations), used by TimeML-Normalizer.jar to align gold and system tags.
 */

const ABBREVS = new Set(`Adm. Ala. Ariz. Ark. Aug. Ave. Bancorp. Bhd. Brig. Bros. CO. CORP. COS. Ca. Calif.
Canada-U.S. Canadian-U.S. Capt. Cia. Cie. Co. Col. Colo. Conn. Corp. Cos. D-Mass. Dec. Del. Dept.
Dr. Drs. Etc. Feb. Fla. Ft. Ga. Gen. Gov. Hon. INC. Ill. Inc. Ind. Jan. Japan-U.S. Jr. Kan.
Korean-U.S. Ky. La. Lt. Ltd. Maj. Mass. Md. Messrs. Mfg. Mich. Minn. Miss. Mo. Mr. Mrs. Ms. Neb.
Nev. No. Nos. Nov. Oct. Okla. Ont. Ore. Pa. Ph. Prof. Prop. Pty. Rep. Reps. Rev. S.p.A. Sen. Sens.
Sept. Sgt. Sino-U.S. Sr. St. Ste. Tenn. Tex. U.S.-U.K. U.S.-U.S.S.R. Va. Vt. W.Va. Wash. Wis. Wyo.
a.k.a. a.m. anti-U.S. cap. days. etc. ft. i.e. non-U.S. office\\/dept. p.m. president-U.S. s.r.l.
v. v.B. v.w. vs.`.split(/\s+/).filter(Boolean));

const CTRL = '\x82\x84\x86\x87\x8b\x91\x92\x93\x94\x95\x96\x97\x9b';
const esc = (s: string) => s.replace(/[\\\]\[^-]/g, '\\$&');
const PCHAR = '[' + esc('[{(\u00b4`"\u00bb\u00ab') + CTRL + ']';
const FCHAR = '[' + esc("]}'`\"),;:!?%\u00bb\u00ab") + CTRL + '\x85\x89' + ']';
const RE_P = new RegExp('^(' + PCHAR + ')([\\s\\S])');
const RE_F = new RegExp('([\\s\\S])(' + FCHAR + ')$');
const RE_FDOT = new RegExp('(' + FCHAR + ')\\.$');
const RE_ABBR = /^(?:[A-Za-z\u00c0-\u00ff]\.)+$/;
const RE_DOT = /^([\s\S][\s\S]*)\.$/;
const RE_FCLITIC = /([\s\S])('(s|re|ve|d|m|em|ll)|n't)$/;
const RE_SGML = /(<[^<>]*>|&[^; \t\n\r]*;)/;

/** Python str.split()/isspace() whitespace (wider than JS \s in the C1/info-separator range). */
export const PY_SPACE = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const RE_PYSPLIT = new RegExp(`[${PY_SPACE}]+`);
const RE_PYSPACE = new RegExp(`^[${PY_SPACE}]$`);
export const isPySpace = (c: string | undefined) => c !== undefined && RE_PYSPACE.test(c);
const pySplit = (s: string) => s.split(RE_PYSPLIT).filter((x) => x !== '');

function tokWord(w0: string, out: string[]): void {
  let w = w0;
  const suffix: string[] = [];
  let finished = false;
  while (!finished && !ABBREVS.has(w)) {
    let m = RE_P.exec(w);
    if (m) { out.push(m[1]!); w = w.slice(1); continue; }
    m = RE_F.exec(w);
    if (m) { suffix.unshift(m[2]!); w = w.slice(0, -1); continue; }
    m = RE_FDOT.exec(w);
    if (m) {
      const c = m[1]!;
      w = w.slice(0, -2);
      suffix.unshift('.');
      if (w === '') w = c; else suffix.unshift(c);
      continue;
    }
    finished = true;
  }
  if (ABBREVS.has(w) || RE_ABBR.test(w)) { out.push(w, ...suffix); return; }
  const m = RE_DOT.exec(w);
  if (m && w !== '...') {
    w = m[1]!;
    suffix.unshift('.');
    if (ABBREVS.has(w)) { out.push(w, ...suffix); return; }
  }
  for (;;) {
    const c = RE_FCLITIC.exec(w);
    if (!c) break;
    suffix.unshift(c[2]!);
    w = w.slice(0, c.index + 1);
  }
  out.push(w, ...suffix);
}

export function te3Tokens(plain: string): string[] {
  const out: string[] = [];
  for (const line of plain.replace(/\r/g, '').split('\n')) {
    for (const seg of line.split(RE_SGML)) {
      if (!seg) continue;
      if (seg.startsWith('<') && seg.endsWith('>')) { out.push(seg); continue; }
      let x = ' ' + seg + ' ';
      x = x.replace(/(\.\.\.)/g, ' ... ');
      x = x.replace(/([;!?/])([^ ])/g, '$1 $2');
      x = x.replace(/(,)([^ 0-9.])/g, '$1 $2');
      x = x.replace(/([a-zA-Z\u00c0-\u00ff][a-zA-Z\u00c0-\u00ff][.:])([A-Z\u00c0-\u00dd])/g, '$1 $2');
      for (const w of pySplit(x)) tokWord(w, out);
    }
  }
  return out.filter((t) => pySplit(t).length > 0);
}

/** Character spans of the tokens in plain, or undefined when they cannot be aligned. */
export function te3TokenSpans(plain: string): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let pos = 0;
  const n = plain.length;
  for (const t0 of te3Tokens(plain)) {
    const t = pySplit(t0).join('').replace(/\|/g, '-');
    while (pos < n && isPySpace(plain[pos])) pos++;
    if (plain.slice(pos, pos + t.length).toLowerCase() !== t.toLowerCase()) return undefined;
    spans.push([pos, pos + t.length]);
    pos += t.length;
  }
  return spans;
}
