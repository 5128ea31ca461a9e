// One workshop with 10,000 records, written through the data layer as the app writes them.
import type { Page } from 'playwright-core';
import { buildFillerRecords, type FillerRecords } from '../benchData';

export interface SeededWorkshop {
  workshopId: string;
  records: FillerRecords;
  seedMs: number;
}

export async function seedWorkshop(page: Page, recordCount: number): Promise<SeededWorkshop> {
  const workshopId = await page.evaluate(async () => {
    const bench = window.__dsrsTest?.bench;
    if (!bench) throw new Error('Bench hooks are not installed');
    const workshop = await bench.createWorkshop({ title: 'Bench workshop', clientCompany: 'Bench Co', currency: 'EUR', language: 'en' });
    return workshop.id;
  });
  const records = buildFillerRecords(workshopId, recordCount);
  // One addRecords call (one transaction, one undo step) per kind, like a large paste or import.
  const seedMs = await page.evaluate(async (filler) => {
    const bench = window.__dsrsTest?.bench;
    if (!bench) throw new Error('Bench hooks are not installed');
    const start = performance.now();
    await bench.addRecords('ideas', filler.ideas);
    await bench.addRecords('lostDeals', filler.lostDeals);
    await bench.addRecords('findings', filler.findings);
    await bench.addRecords('expenseLines', filler.expenseLines);
    return performance.now() - start;
  }, records);
  return { workshopId, records, seedMs };
}
