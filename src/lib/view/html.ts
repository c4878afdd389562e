/**
 * HTML written as strings, for the markup a page repeats hundreds of times (an article body: a
 * span per sentence, a mark and links per cited one). As an Astro component per sentence, each of
 * those costs a component instance and its render queue; as a string it costs the string. The
 * page puts the result in with `<Fragment set:html={…} />`.
 *
 * Everything that comes from an article goes through `text()` or `attr()`, which escape exactly
 * as Astro's own templates do (`{value}` and `name={value}`), so the markup is byte for byte what
 * the components wrote, and nothing an article says can open a tag or leave an attribute.
 * Link targets come from `safeHref` (http, https and mailto only) before they reach `attr()`.
 */
import type { BlockView, BodyNode, InlinePart, InlineView } from './model.ts';

const TEXT_SPECIAL = /[&<>'"]/g;
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content, escaped as Astro escapes `{value}`: & < > ' and ". */
export function text(value: string): string {
  TEXT_SPECIAL.lastIndex = 0;
  return TEXT_SPECIAL.test(value) ? value.replace(TEXT_SPECIAL, (c) => TEXT_ENTITIES[c]!) : value;
}

const ATTR_SPECIAL = /[&"]/;

/** An attribute ` name="value"`, escaped as Astro escapes `name={value}` (& and "); '' gives the bare name, undefined nothing. */
export function attr(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${ATTR_SPECIAL.test(value) ? value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : value}"`;
}

function parts(list: InlinePart[]): string {
  let out = '';
  for (const p of list) out += p.type === 'link' ? `<a${attr('href', p.href)} rel="nofollow noopener">${text(p.text)}</a>` : text(p.text);
  return out;
}

/**
 * The sentences of one block: each in `<span id="s-N">`; cited ones highlighted with <mark> and
 * followed by links to their events on their day pages.
 */
export function inlinesHtml(inlines: InlineView[]): string {
  let out = '';
  for (const i of inlines) {
    if (i.type === 'gap') out += parts(i.parts);
    else if (i.cites.length === 0) out += `<span class="s"${attr('id', i.id)}>${parts(i.parts)}</span>`;
    else {
      out += `<span class="s c"${attr('id', i.id)}><mark>${parts(i.parts)}</mark>`;
      for (const c of i.cites) {
        out += `<a class="cl"${attr('href', c.href)}${attr('title', c.title)}><span class="sr-only">Event: ${text(c.title)}, </span><time${attr('datetime', c.date)}>${text(c.label)}</time></a>`;
      }
      out += '</span>';
    }
  }
  return out;
}

function blockTag(b: BlockView): string {
  switch (b.kind) {
    case 'heading':
      return `h${b.level ?? 2}`;
    case 'blockquote':
      return 'blockquote';
    case 'code':
      return 'pre';
    case 'thematicBreak':
      return 'hr';
    default:
      return 'p';
  }
}

/** An article body rendered from the pipeline's blocks and sentences (never from Markdown HTML). */
export function articleBodyHtml(body: BodyNode[]): string {
  let out = '<div class="body">';
  for (const node of body) {
    if (node.type === 'list') {
      out += '<ul>';
      for (const item of node.items) out += `<li>${inlinesHtml(item.inlines)}</li>`;
      out += '</ul>';
      continue;
    }
    const b = node.block;
    const tag = blockTag(b);
    if (tag === 'hr') out += '<hr>';
    else if (tag === 'blockquote') out += `<blockquote><p>${inlinesHtml(b.inlines)}</p></blockquote>`;
    else out += `<${tag}>${inlinesHtml(b.inlines)}</${tag}>`;
  }
  return out + '</div>';
}
