/**
 * The scale benchmark keeps working: at a tiny fraction of platform size it loads a scratch database through
 * every trigger, measures every access path of SCHEMA.md (1–8) and the write costs, and renders its table and
 * chart. What it asserts is what the run produced — rows, one result per path, sane figures — never how fast.
 */
import { createScratchServerDatabase, describeServer } from '@touriquest/testing';
import { expect, it } from 'vitest';
import { accessPaths } from '../bench/scale/paths';
import { markdown, svgChart } from '../bench/scale/report';
import { runScaleBench, ScaleRunError } from '../bench/scale/run';

describeServer('bench/scale at a tiny fraction', () => {
  it('loads, measures every access path and renders the results', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 1 });
    try {
      const results = await runScaleBench({
        url: scratch.url,
        fraction: 0.0005,
        iterations: 3,
        writeRows: 20,
        log: () => {},
      });
      expect(results.load?.rows.pois).toBe(500);
      expect(results.rows.search_index).toBeGreaterThanOrEqual(500);
      expect(results.rows.bookings).toBeGreaterThan(0);
      expect(new Set(results.paths.map((p) => p.spec))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]));
      expect(results.paths).toHaveLength(accessPaths.length);
      for (const p of results.paths) {
        expect(p.helper.p50).toBeGreaterThan(0);
        expect(p.raw.p95).toBeGreaterThanOrEqual(p.raw.p50);
        expect(p.plan.length).toBeGreaterThan(0);
      }
      expect(results.writes?.auditedInsertOverPlain).toBeGreaterThan(0);
      const table = markdown(results);
      for (const p of accessPaths) expect(table).toContain(p.name);
      expect(svgChart(results)).toMatch(/^<svg[\s\S]*<\/svg>\n$/);
      // A second run refuses the now-loaded database unless told to reuse it.
      await expect(
        runScaleBench({ url: scratch.url, fraction: 0.0005, iterations: 1, log: () => {} }),
      ).rejects.toThrow(ScaleRunError);
    } finally {
      await scratch.drop();
    }
  }, 300_000);
});
