/**
 * The plain-text path of `segment` (no Markdown parser for bodies that are only headings, bullet
 * items and paragraphs) must give exactly what the parser gives, and must hand everything else to it.
 */
import { describe, expect, it } from 'vitest';
import { plainParagraphs, segment, segmentMarkdown } from '../../../src/timeline/segment.ts';

const LINES = [
  'The council voted on Monday to approve the budget.',
  '  Officials said the plan would take effect in March.  ',
  'Shares rose 2.5% to $41.20 — the highest since 2019 — in late trading.',
  '"We are not there yet," the mayor said. "But we are close."',
  '## What comes next',
  '# Headline #',
  '### Closing hashes ###',
  '#5 was the winning ticket, officials said.',
  '#hashtag campaigns spread on Tuesday.',
  '- The vote is due Thursday.',
  '+ Talks resume on Friday.',
  '-5 degrees were recorded overnight.',
  'A word - with a dash - in it.',
  'In 1999. the plant closed.',
  '',
  '',
  '   ',
  'Prices fell 3 percent (the steepest drop in a year) on Wednesday!',
  'Über-Gespräche und café crème: accents stay.',
];

/** Deterministic bodies made of the lines above in many orders and combinations. */
function bodies(count: number): string[] {
  let x = 12345;
  const rnd = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648) % n);
  return Array.from({ length: count }, () => Array.from({ length: 3 + rnd(12) }, () => LINES[rnd(LINES.length)]!).join('\n').trim());
}

describe('segment: plain-text path', () => {
  it('gives what the Markdown parser gives, on many bodies', () => {
    let plain = 0;
    for (const body of bodies(400)) {
      if (plainParagraphs(body)) plain++;
      expect(segment(body)).toEqual(segmentMarkdown(body));
    }
    // the comparison is only worth something if most bodies took the plain path
    expect(plain).toBeGreaterThan(150);
  });

  it('hands any other Markdown to the parser', () => {
    for (const body of [
      'The *key* vote is Monday.',
      'Read [the ruling](https://example.org) here.',
      'Fish &amp; chips.',
      'A <b>bold</b> claim.',
      'An escaped \\* star.',
      'Use `code` here.',
      '> A quote.',
      '1. First item',
      'Title\n=====',
      'Title\n---',
      '    indented code',
      '- An item\nthat goes on',
      '- - nested',
      'Tab\tseparated',
      'Windows\r\nline ends',
    ]) {
      expect(plainParagraphs(body), body).toBeNull();
      expect(segment(body)).toEqual(segmentMarkdown(body));
    }
  });
});
