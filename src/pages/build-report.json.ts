/** `dist/build-report.json`: see src/integrations/report.ts. */
import type { APIRoute } from 'astro';
import { getTimeline } from '../lib/timeline.ts';
import { buildReport, reportJson } from '../integrations/report.ts';

export const GET: APIRoute = async () => {
  const report = buildReport(await getTimeline());
  // One record per line: readable, diff-friendly, and a third smaller than indented JSON at archive scale.
  return new Response(reportJson(report), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
