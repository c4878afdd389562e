/**
 * The temporal rules' start words between builds: `start-words.json` beside the analysis cache.
 *
 * Before the rules first run in a process, the regex analysis that finds where each rule can start
 * (src/timeline/temporal/prefilter.ts) costs about a third of the first article's analysis. A
 * rebuild that analyses one changed article pays it in full, so the loader keeps the results
 * (`startWordsTable`) under the digest of the pipeline's sources, and primes the rules with them
 * (`primeStartWords`) when the digest still matches. A missing, stale or damaged file only means the
 * regexes are analysed again; an entry is used only for the exact regex (flags and source) it names.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { primeStartWords, startWordsTable } from '../timeline/temporal/rules.ts';
import { processSlot } from '../lib/build/slot.ts';

interface StartWordsFile {
  format: 1;
  salt: string;
  table: unknown;
}

/** The table this process read or wrote, for the module instances that analyse after the loader (getTimeline). */
const shared = processSlot<unknown>('start-words');

export function startWordsFile(dir: string): string {
  return join(dir, 'start-words.json');
}

/** Primes the rules from the file when it was written for `salt`; returns whether it was. */
export function loadStartWords(dir: string | null | undefined, salt: string): boolean {
  if (!dir) return false;
  const file = startWordsFile(dir);
  if (!existsSync(file)) return false;
  try {
    const body = JSON.parse(readFileSync(file, 'utf8')) as Partial<StartWordsFile>;
    if (body?.format !== 1 || body.salt !== salt || primeStartWords(body.table) === 0) return false;
    shared.set(body.table);
    return true;
  } catch {
    return false;
  }
}

/** Primes this module instance's rules with the table the loader read or wrote in this process, if any. */
export function primeFromProcess(): void {
  const table = shared.get();
  if (table) primeStartWords(table);
}

/** Writes every rule's start words under `salt` (working out those not known yet); returns an error message, or null. */
export function saveStartWords(dir: string | null | undefined, salt: string): string | null {
  const { table } = startWordsTable();
  shared.set(table);
  if (!dir) return null;
  try {
    mkdirSync(dir, { recursive: true });
    const file = startWordsFile(dir);
    const body: StartWordsFile = { format: 1, salt, table };
    writeFileSync(`${file}.tmp`, JSON.stringify(body));
    renameSync(`${file}.tmp`, file);
    return null;
  } catch (e) {
    return (e as Error).message ?? String(e);
  }
}
