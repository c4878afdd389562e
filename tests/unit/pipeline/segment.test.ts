import { describe, expect, it } from 'vitest';
import { segment, splitSentences, safeHref } from '../../../src/timeline/segment.ts';

const split = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe('splitSentences', () => {
  it('does not end a sentence at titles, months, state tags and initials', () => {
    expect(
      split(
        'Sen. Maria Lopez (D-Calif.) met Gen. Omar Haddad on Jan. 5 in Washington. Rep. Tom Reed (R-N.Y.) did not attend. The memo by Karen J. Whitfield was leaked.',
      ),
    ).toEqual([
      'Sen. Maria Lopez (D-Calif.) met Gen. Omar Haddad on Jan. 5 in Washington.',
      'Rep. Tom Reed (R-N.Y.) did not attend.',
      'The memo by Karen J. Whitfield was leaked.',
    ]);
  });

  it('keeps U.S. and a.m. inside a sentence but ends one before a typical opener', () => {
    expect(split('The U.S. Treasury acted at 9 a.m. Tuesday. Markets fell in the U.S. The euro rose.')).toEqual([
      'The U.S. Treasury acted at 9 a.m. Tuesday.',
      'Markets fell in the U.S.',
      'The euro rose.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split inside quoted questions', () => {
    expect(split('“We will not retreat,” she said. “Why now?” he asked. Mr. Okafor replied: “Because.” Talks resumed.')).toEqual([
      '“We will not retreat,” she said.',
      '“Why now?” he asked.',
      'Mr. Okafor replied: “Because.”',
      'Talks resumed.',
    ]);
  });

  it('does not split decimals, ellipses before lower case, or dotted names', () => {
    expect(split('The index fell 1.1 percent … and then recovered. Shares of Acme Corp. rose 2.5%.')).toEqual([
      'The index fell 1.1 percent … and then recovered.',
      'Shares of Acme Corp. rose 2.5%.',
    ]);
  });
});

describe('segment', () => {
  it('turns Markdown blocks into plain text joined by blank lines, with sentence offsets', () => {
    const body = [
      '## Talks resume',
      '',
      'Negotiators met in *Vienna* on Tuesday. They [issued a statement](https://example.org/s) later.',
      '',
      '- First point of the plan',
      '- Second point',
      '',
      '> “We are close,” an aide said.',
      '',
      '<div onclick="alert(1)">Raw html stays text</div>',
    ].join('\n');
    const seg = segment(body);
    expect(seg.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'listItem', 'listItem', 'blockquote', 'html']);
    expect(seg.blocks[0]!.depth).toBe(2);
    expect(seg.text.split('\n\n')).toEqual([
      'Talks resume',
      'Negotiators met in Vienna on Tuesday. They issued a statement later.',
      'First point of the plan',
      'Second point',
      '“We are close,” an aide said.',
      '<div onclick="alert(1)">Raw html stays text</div>',
    ]);
    for (const s of seg.sentences) expect(seg.text.slice(s.start, s.end)).toBe(s.text);
    expect(seg.sentences.map((s) => s.index)).toEqual(seg.sentences.map((_, i) => i));
    expect(seg.sentences[1]!.text).toBe('Negotiators met in Vienna on Tuesday.');
    expect(seg.sentences[2]!.block).toBe(1);
    const link = seg.blocks[1]!.links[0]!;
    expect(seg.text.slice(link.start, link.end)).toBe('issued a statement');
    expect(link.href).toBe('https://example.org/s');
  });

  it('keeps only http(s) and mailto hrefs', () => {
    const seg = segment('A [bad](javascript:alert(1)) link and a [mail](mailto:desk@example.org) one.');
    expect(seg.blocks[0]!.links.map((l) => l.href)).toEqual([null, 'mailto:desk@example.org']);
    expect(safeHref('HTTPS://x.org')).toBe('HTTPS://x.org');
    expect(safeHref('data:text/html,x')).toBeNull();
  });
});
