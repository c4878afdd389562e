/**
 * Gold timelines of corpora written after the rules, to test the build on news it was not made
 * from: every folder of tests/fixtures/corpora/ holds `articles/*.md` and `gold.json` (the format of
 * tests/fixtures/seed-timeline.json; see the folder's gold `about`) and, where the build is known to
 * fall short, `known-failures.json` (check → why), run as expected failures. The checks are in
 * support/gold-suite.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldSuite } from './support/gold-suite.ts';

const root = 'tests/fixtures/corpora';
const names = readdirSync(root).sort();

describe('gold corpora', () => {
  it('has corpora to check', () => expect(names.length).toBeGreaterThan(0));
});
for (const name of names) {
  const knownFile = join(root, name, 'known-failures.json');
  const known = existsSync(knownFile) ? (JSON.parse(readFileSync(knownFile, 'utf8')) as Record<string, string>) : {};
  goldSuite(name, join(root, name, 'articles'), join(root, name, 'gold.json'), known);
}
