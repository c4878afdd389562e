/**
 * A worker thread of the analysis pool (`analysis-pool.ts`): analyses the articles it is sent and
 * posts back their stored (compact) analyses. Runs as plain Node (type stripping), outside Vite:
 * it imports only the pipeline, which has no Astro imports.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../timeline/pipeline.ts';
import { compactAnalysis } from './stored.ts';
import type { PoolReply, PoolRequest } from './analysis-pool.ts';

parentPort!.on('message', (batch: PoolRequest) => {
  const reply: PoolReply = batch.map(({ index, input }) => {
    try {
      return { index, stored: compactAnalysis(analyzeArticle(input, { knownDays: [] })) };
    } catch (e) {
      return { index, error: (e as Error).message ?? String(e) };
    }
  });
  parentPort!.postMessage(reply);
});
