// Figure 3: opening a 10,000-record backup file: complete validation, then one write transaction.
import type { Page } from 'playwright-core';
import type { Figure } from '../report';
import { median } from '../stats';

const RUNS = 3;

interface ImportRun {
  parseMs: number;
  totalMs: number;
  importedRecords: number;
}

export async function measureBackupImport(page: Page, backupText: string, recordCount: number): Promise<Figure[]> {
  const runs: ImportRun[] = await page.evaluate(
    async ({ text, runs }) => {
      const bench = window.__dsrsTest?.bench;
      if (!bench) throw new Error('Bench hooks are not installed');
      const results: ImportRun[] = [];
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        const parsed = bench.parseBackup(text);
        const parsedAt = performance.now();
        if (!parsed.ok) throw new Error(`The bench backup was refused: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
        const workshop = await bench.importBundle(parsed.bundle);
        const end = performance.now();
        // Read back outside the timing: every record must really be stored.
        const stored = await bench.exportBundle(workshop.id);
        const importedRecords = Object.values(stored.records).reduce((total, list) => total + list.length, 0);
        results.push({ parseMs: parsedAt - start, totalMs: end - start, importedRecords });
      }
      return results;
    },
    { text: backupText, runs: RUNS },
  );
  for (const run of runs) {
    if (run.importedRecords !== recordCount) throw new Error(`Import stored ${run.importedRecords} records, expected ${recordCount}`);
  }
  const records = recordCount.toLocaleString('en-GB');
  return [
    {
      figure: `Backup import of ${records} records: parse + import (median of ${RUNS})`,
      value: median(runs.map((run) => run.totalMs)),
      unit: 'ms',
      goal: 1000,
      samples: runs.map((run) => run.totalMs),
    },
    {
      figure: `Backup import of ${records} records: parseBackup alone (median of ${RUNS})`,
      value: median(runs.map((run) => run.parseMs)),
      unit: 'ms',
      goal: null,
      samples: runs.map((run) => run.parseMs),
    },
  ];
}
