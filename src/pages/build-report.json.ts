/** `dist/build-report.json`: see src/integrations/report.ts. */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { buildReport } from '../integrations/report.ts';

export const GET: APIRoute = async () => {
  const report = buildReport(await getTimeline());
  return new Response(JSON.stringify(report, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
