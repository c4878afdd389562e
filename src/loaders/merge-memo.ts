/**
 * The merge's memo between builds (see `MergeMemo` in src/timeline/merge.ts): one JSON file beside
 * the analysis cache, `merge.json`, written atomically. A missing, unreadable or foreign file only
 * means the merge starts from scratch; it is never trusted beyond the keys it carries.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MergeMemo } from '../timeline/merge.ts';

export function mergeMemoFile(dir: string): string {
  return join(dir, 'merge.json');
}

export function readMergeMemo(dir: string | null | undefined): MergeMemo | undefined {
  if (!dir) return undefined;
  const file = mergeMemoFile(dir);
  if (!existsSync(file)) return undefined;
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as MergeMemo;
    return typeof memo?.version === 'string' && memo.days && typeof memo.days === 'object' && memo.articles && typeof memo.articles === 'object' ? memo : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the memo; returns an error message, or null. */
export function writeMergeMemo(dir: string | null | undefined, memo: MergeMemo): string | null {
  if (!dir) return null;
  try {
    mkdirSync(dir, { recursive: true });
    const file = mergeMemoFile(dir);
    writeFileSync(`${file}.tmp`, JSON.stringify(memo));
    renameSync(`${file}.tmp`, file);
    return null;
  } catch (e) {
    return (e as Error).message ?? String(e);
  }
}
