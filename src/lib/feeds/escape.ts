/**
 * Escaping for everything the feeds and exports write. Article text is data, never markup:
 * every string that reaches XML, HTML or iCalendar output goes through one of these.
 */

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
 * A single one makes a whole feed unparseable, so they are dropped from all output.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cheap pre-check: most text has no control characters and no surrogates at all. */
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function stripInvalidXmlChars(text: string): string {
  return MAYBE_INVALID.test(text) ? text.replace(INVALID_XML, '') : text;
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML/HTML element content or a quoted attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/** HTML uses the same five entities; a separate name keeps call sites honest about the context. */
export const escapeHtml = escapeXml;

/**
 * JSON for embedding inside an HTML `<script type="application/ld+json">` element: `<`, `>` and `&`
 * (and the JS line separators) become `\u` escapes, so no article text can close the element.
 */
export function jsonForScript(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Collapses runs of whitespace (feeds show one-line titles and summaries). */
export function oneLine(text: string): string {
  const clean = stripInvalidXmlChars(text);
  return /\s\s|[\t\n\r\f\v\u00a0\u2028\u2029]|^\s|\s$/.test(clean) ? clean.replace(/\s+/g, ' ').trim() : clean;
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > max * 0.6 ? cut.slice(0, atSpace) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
