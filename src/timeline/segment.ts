/**
 * Stage 1 — segmentation: Markdown body → blocks → plain text → sentences with offsets.
 * Raw HTML is kept as plain text (never dropped, never executed); links keep their href only when
 * it is http(s) or mailto.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Block, BlockKind, Sentence } from './types.ts';
import { AMBIGUOUS_ABBREVIATIONS, NON_TERMINAL_ABBREVIATIONS, SENTENCE_OPENERS } from './constants.ts';

export interface Segmented {
  /** Blocks joined by "\n\n"; every offset indexes this string. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
}

const processor = unified().use(remarkParse);

/** Keep a link target only when it is http(s) or mailto. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

interface InlineOut {
  parts: string[];
  length: number;
  links: { start: number; end: number; href: string | null }[];
}

function pushText(out: InlineOut, s: string): void {
  if (!s) return;
  out.parts.push(s);
  out.length += s.length;
}

/** Flatten inline content to text, recording link spans relative to the block start. */
function flattenInline(node: Nodes, out: InlineOut): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      pushText(out, node.value);
      return;
    case 'break':
      pushText(out, '\n');
      return;
    case 'image':
      pushText(out, node.alt ?? '');
      return;
    case 'imageReference':
      pushText(out, node.alt ?? '');
      return;
    case 'link': {
      const start = out.length;
      for (const child of node.children) flattenInline(child, out);
      out.links.push({ start, end: out.length, href: safeHref(node.url) });
      return;
    }
    case 'footnoteReference':
      pushText(out, `[${node.label ?? node.identifier}]`);
      return;
    default:
      if ('children' in node) {
        const children = node.children as Nodes[];
        children.forEach((child, i) => {
          // Block-level children inside containers (list items, blockquotes, table cells) are separated by a space.
          if (i > 0 && isBlockish(child)) pushText(out, '\n');
          flattenInline(child, out);
        });
      } else if ('value' in node && typeof node.value === 'string') {
        pushText(out, node.value);
      }
  }
}

function isBlockish(node: Nodes): boolean {
  return ['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'tableRow', 'html'].includes(node.type);
}

export interface RawBlock {
  kind: BlockKind;
  depth?: number;
  text: string;
  links: { start: number; end: number; href: string | null }[];
}

function collectBlocks(nodes: RootContent[], into: RawBlock[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        into.push(inlineBlock('paragraph', node));
        break;
      case 'heading': {
        const b = inlineBlock('heading', node);
        b.depth = node.depth;
        into.push(b);
        break;
      }
      case 'list':
        for (const item of node.children) into.push(inlineBlock('listItem', item));
        break;
      case 'blockquote':
        for (const child of node.children) {
          const sub: RawBlock[] = [];
          collectBlocks([child], sub);
          for (const b of sub) into.push({ ...b, kind: 'blockquote' });
        }
        break;
      case 'code':
        into.push({ kind: 'code', text: node.value, links: [] });
        break;
      case 'html':
        into.push({ kind: 'html', text: node.value, links: [] });
        break;
      case 'table':
        into.push(inlineBlock('table', node));
        break;
      case 'thematicBreak':
        break;
      default:
        // definitions, footnote definitions, yaml…: keep any text they carry
        if ('children' in node || 'value' in node) {
          const b = inlineBlock('paragraph', node as Nodes);
          if (b.text.trim()) into.push(b);
        }
    }
  }
}

function inlineBlock(kind: BlockKind, node: Nodes): RawBlock {
  const out: InlineOut = { parts: [], length: 0, links: [] };
  flattenInline(node, out);
  return { kind, text: out.parts.join(''), links: out.links };
}

/**
 * Anything that can make a Markdown body more than headings, bullet items and paragraphs of plain
 * text: emphasis, code, links, HTML, entities, escapes, and line starts that open ordered lists,
 * quotes, code or rules.
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>&\r\t]|^ *(?:>|\d{1,9}[.)])(?: |$)|^ {4}|^ *(?:[-*_=+] *){2,}$/m;
/** An ATX heading line: '## What comes next' (an optional closing run of #s is not part of it). */
const ATX_HEADING = /^ {0,3}(#{1,6})(?: +(.*?))?(?: +#+)? *$/;
/** A bullet item line: '- The council votes on Monday.' */
const BULLET = /^ {0,3}[-+](?: +(.*)|$)/;

/**
 * The blocks of a body that is only ATX headings, one-line bullet items and paragraphs of plain
 * text (most news copy), without running the Markdown parser. As in CommonMark, a run of non-blank
 * lines is a paragraph whose lines lose their leading and trailing spaces; headings and bullet
 * items stand on their own even without blank lines around them. Null when the body has any other
 * Markdown, or an item that goes on over more lines: the parser reads it.
 * (tests/unit/pipeline/segment.test.ts checks this against the parser.)
 */
export function plainParagraphs(body: string): RawBlock[] | null {
  if (MARKDOWN_SYNTAX.test(body)) return null;
  const out: RawBlock[] = [];
  let lines: string[] = [];
  let afterItem = false;
  const flush = (): void => {
    if (lines.length) out.push({ kind: 'paragraph', text: lines.join('\n'), links: [] });
    lines = [];
  };
  for (const line of body.split('\n')) {
    const heading = ATX_HEADING.exec(line);
    const item = heading ? null : BULLET.exec(line);
    if (/^ *$/.test(line)) {
      flush();
      continue;
    }
    // an item's continuation lines, nested blocks or indented content: the parser's business
    if ((afterItem && !heading && !item) || (item && /^(?: {4}|#|[-+] |\d)/.test(item[1] ?? ''))) return null;
    afterItem = false;
    if (heading) {
      flush();
      out.push({ kind: 'heading', depth: heading[1]!.length, text: (heading[2] ?? '').replace(/^#+$/, ''), links: [] });
    } else if (item) {
      flush();
      out.push({ kind: 'listItem', text: (item[1] ?? '').replace(/ +$/, ''), links: [] });
      afterItem = true;
    } else lines.push(line.replace(/^ +| +$/g, ''));
  }
  flush();
  return out;
}

/** Parse a Markdown body into blocks and sentences (the parser only when the body needs it). */
export function segment(body: string): Segmented {
  return fromBlocks(plainParagraphs(body) ?? parsedBlocks(body));
}

/** `segment` always through the Markdown parser (the reference the plain-text path is tested against). */
export function segmentMarkdown(body: string): Segmented {
  return fromBlocks(parsedBlocks(body));
}

function parsedBlocks(body: string): RawBlock[] {
  const raw: RawBlock[] = [];
  collectBlocks((processor.parse(body) as Root).children, raw);
  return raw;
}

function fromBlocks(raw: RawBlock[]): Segmented {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (const rb of raw) {
    // Trim the block text, shifting link offsets accordingly.
    const lead = rb.text.length - rb.text.trimStart().length;
    const t = rb.text.trim();
    if (!t) continue;
    if (blocks.length > 0) text += '\n\n';
    const start = text.length;
    text += t;
    const block: Block = {
      kind: rb.kind,
      text: t,
      start,
      end: start + t.length,
      links: rb.links
        .map((l) => ({
          start: start + Math.max(0, Math.min(t.length, l.start - lead)),
          end: start + Math.max(0, Math.min(t.length, l.end - lead)),
          href: l.href,
        }))
        .filter((l) => l.end > l.start),
    };
    if (rb.depth !== undefined) block.depth = rb.depth;
    const blockIndex = blocks.length;
    blocks.push(block);
    for (const [s, e] of splitSentences(t)) {
      sentences.push({ index: sentences.length, text: t.slice(s, e), start: start + s, end: start + e, block: blockIndex });
    }
  }
  return { text, blocks, sentences };
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);

/** The word just before position `dot` (exclusive), back to whitespace or an opening bracket/quote. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && !/\s/.test(text[i - 1]!) && !OPENERS.has(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^[\s"'“‘(\[«]*([^\s]+)/.exec(text.slice(from, from + 40));
  return m ? m[1]!.replace(/[^A-Za-z]+$/, '') : '';
}

/**
 * Split one block of plain text into sentences; returns [start, end) pairs (trimmed).
 * A sentence ends at . ! ? (or …) followed by optional closing quotes/brackets, whitespace, and an
 * upper-case letter, digit or opening quote; abbreviations and initials do not end a sentence.
 */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // extend over repeated terminators and closing quotes/brackets
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    if (j < n && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    // next non-space char
    let k = j;
    while (k < n && /\s/.test(text[k]!)) k++;
    if (k >= n) break;
    const next = text[k]!;
    const startsNew = /[A-Z0-9]/.test(next) || OPENERS.has(next) || /\p{Lu}/u.test(next);
    if (!startsNew) {
      i = j - 1;
      continue;
    }
    if (ch === '.' && j === i + 1 && !isSentenceEndingPeriod(text, i, k)) {
      continue;
    }
    if (ch === '…' && !(/[A-Z“"]/.test(next))) continue;
    const s = skipSpace(text, start);
    if (j > s) out.push([s, j]);
    start = j;
    i = j - 1;
  }
  const s = skipSpace(text, start);
  let e = n;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push([s, e]);
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Decide whether the period at `dot` ends a sentence; `next` is the index of the next non-space char. */
function isSentenceEndingPeriod(text: string, dot: number, next: number): boolean {
  let word = wordBefore(text, dot);
  // "D-Va." / "R-S.D." party-state tags: look at the part after the last hyphen
  const hyphen = word.lastIndexOf('-');
  if (hyphen >= 0 && hyphen < word.length - 1) word = word.slice(hyphen + 1);
  if (!word) return true;
  if (NON_TERMINAL_ABBREVIATIONS.has(word)) return false;
  // a single upper-case initial ("Michael R. Gordon", "J. D. Vance")
  if (/^\p{Lu}$/u.test(word)) return false;
  const nw = nextWord(text, next);
  // dotted initialisms ("U.S.", "a.m.", "J.D.") and ambiguous abbreviations end a sentence only before a typical opener
  if (/^(\p{L}\.)+\p{L}$/u.test(word) || AMBIGUOUS_ABBREVIATIONS.has(word)) {
    return SENTENCE_OPENERS.has(nw);
  }
  return true;
}

/** The sentence holding `offset` (sentences are sorted and do not overlap): binary search. */
export function sentenceAt<S extends { start: number; end: number; index: number }>(sentences: S[], offset: number): S | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sentences[mid]!;
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return x;
  }
  return undefined;
}
