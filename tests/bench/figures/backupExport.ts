// Figure 5: saving a backup of the 10,000-record workshop, up to the text handed to the file dialog.
import type { Page } from 'playwright-core';
import type { Figure } from '../report';
import { median } from '../stats';

const RUNS = 3;

interface ExportRun {
  ms: number;
  recordCount: number;
  bytes: number;
}

export async function measureBackupExport(page: Page, workshopId: string, recordCount: number): Promise<Figure> {
  const runs: ExportRun[] = await page.evaluate(
    async ({ id, runs }) => {
      const bench = window.__dsrsTest?.bench;
      if (!bench) throw new Error('Bench hooks are not installed');
      const results: ExportRun[] = [];
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        const bundle = await bench.exportBundle(id);
        const text = bench.serializeBackup(bench.createBackup(bundle, { name: 'DSRS Studio', version: 'bench' }));
        const ms = performance.now() - start;
        const count = Object.values(bundle.records).reduce((total, list) => total + list.length, 0);
        results.push({ ms, recordCount: count, bytes: new TextEncoder().encode(text).length });
      }
      return results;
    },
    { id: workshopId, runs: RUNS },
  );
  for (const run of runs) {
    if (run.recordCount !== recordCount) throw new Error(`Export held ${run.recordCount} records, expected ${recordCount}`);
  }
  return {
    figure: `Backup export of ${recordCount.toLocaleString('en-GB')} records (median of ${RUNS})`,
    value: median(runs.map((run) => run.ms)),
    unit: 'ms',
    goal: null,
    samples: runs.map((run) => run.ms),
  };
}
