// Figure 2: one committed edit (validated, written, undo-journalled) in a workshop of 10,000 records.
import type { Page } from 'playwright-core';
import type { Figure } from '../report';
import { median, percentile } from '../stats';
import type { SeededWorkshop } from './seededWorkshop';

const TIMED_EDITS = 200;
/** First calls pay for JIT compilation and cold caches; a user editing all day does not. */
const WARM_UP_EDITS = 5;

type EditTarget = { kind: 'ideas'; id: string } | { kind: 'lostDeals'; id: string };

/** Distinct items spread evenly over the list, so edits hit the whole table rather than its first rows. */
function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (items.length < count) throw new Error(`Need ${count} records to edit, the workshop has ${items.length}`);
  const step = items.length / count;
  const picked: T[] = [];
  for (let index = 0; index < count; index += 1) {
    const item = items[Math.floor(index * step)];
    if (item !== undefined) picked.push(item);
  }
  return picked;
}

/** Alternates ideas (a text edit) and lost deals (a money edit). */
function pickTargets(seeded: SeededWorkshop, count: number): EditTarget[] {
  const ideas = evenlySpaced(seeded.records.ideas, Math.ceil(count / 2));
  const lostDeals = evenlySpaced(seeded.records.lostDeals, Math.floor(count / 2));
  const targets: EditTarget[] = [];
  for (let index = 0; index < ideas.length; index += 1) {
    const idea = ideas[index];
    const lostDeal = lostDeals[index];
    if (idea) targets.push({ kind: 'ideas', id: idea.id });
    if (lostDeal) targets.push({ kind: 'lostDeals', id: lostDeal.id });
  }
  return targets;
}

async function timeEdits(page: Page, targets: readonly EditTarget[], warmUps: number): Promise<number[]> {
  return page.evaluate(
    async ({ targets, warmUps }) => {
      const bench = window.__dsrsTest?.bench;
      if (!bench) throw new Error('Bench hooks are not installed');
      const timings: number[] = [];
      let editNumber = 0;
      for (const target of targets) {
        const start = performance.now();
        if (target.kind === 'ideas') await bench.updateRecord('ideas', target.id, { text: `Edited note ${editNumber}` });
        else await bench.updateRecord('lostDeals', target.id, { value: 1_000_000 + editNumber });
        const elapsed = performance.now() - start;
        if (editNumber >= warmUps) timings.push(elapsed);
        editNumber += 1;
      }
      return timings;
    },
    { targets, warmUps },
  );
}

/** Reads the edits back, so a silently failing update cannot pass for a fast one. */
async function countEditedIdeas(page: Page, workshopId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const bench = window.__dsrsTest?.bench;
    if (!bench) throw new Error('Bench hooks are not installed');
    const bundle = await bench.exportBundle(id);
    return bundle.records.ideas.filter((idea) => idea.text.startsWith('Edited note ')).length;
  }, workshopId);
}

export async function measureEditWithManyRecords(page: Page, seeded: SeededWorkshop, recordCount: number): Promise<Figure[]> {
  const targets = pickTargets(seeded, WARM_UP_EDITS + TIMED_EDITS);
  const samples = await timeEdits(page, targets, WARM_UP_EDITS);
  const expectedIdeaEdits = new Set(targets.filter((target) => target.kind === 'ideas').map((target) => target.id)).size;
  const editedIdeas = await countEditedIdeas(page, seeded.workshopId);
  if (editedIdeas !== expectedIdeaEdits) throw new Error(`Expected ${expectedIdeaEdits} edited ideas, found ${editedIdeas}`);
  const records = recordCount.toLocaleString('en-GB');
  return [
    { figure: `Edit committed, ${records} records: median of ${TIMED_EDITS}`, value: median(samples), unit: 'ms', goal: null, samples },
    { figure: `Edit committed, ${records} records: p95 of ${TIMED_EDITS}`, value: percentile(samples, 0.95), unit: 'ms', goal: 5 },
  ];
}
