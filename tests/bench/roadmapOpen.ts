// Figure: opening the roadmap screen (phase 6) of a workshop with 60 initiatives, from the moment
// the user navigates to it until the timeline with all its bars is on screen.
import type { Browser, Page } from 'playwright-core';
import { createCommunicationItem, createInitiative, createMilestone, INITIATIVE_STATUSES, type CommunicationItem, type Initiative, type Milestone } from '../../shared/domain';
import { openAppWithBenchHooks } from './browser';
import type { Figure } from './report';
import { median } from './stats';

export const ROADMAP_BENCH_SIZE = { initiatives: 60, milestonesEach: 3, communicationItems: 12 } as const;
const WARM_OPENS = 5;
const WORKSTREAMS = ['Pricing and offers', 'CRM and data', 'Key accounts', 'New customers', 'Service and delivery', 'Partners'];

interface RoadmapRecords {
  initiatives: Initiative[];
  milestones: Milestone[];
  communicationItems: CommunicationItem[];
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A two-year plan: staggered starts, a dependency on the previous initiative of the lane for most. */
export function buildRoadmapRecords(workshopId: string): RoadmapRecords {
  const initiatives: Initiative[] = [];
  for (let index = 0; index < ROADMAP_BENCH_SIZE.initiatives; index += 1) {
    const start = addDays('2027-01-04', (index * 11) % 540);
    const previousInLane = initiatives[index - WORKSTREAMS.length];
    initiatives.push(
      createInitiative(workshopId, {
        title: `Initiative ${index + 1}: ${['Price corridors', 'Tablet rollout', 'Win-back plan', 'Target list', 'Service desk', 'Distributor deal'][index % 6] ?? ''}`,
        workstream: WORKSTREAMS[index % WORKSTREAMS.length] ?? '',
        owner: `Owner ${index % 9}`,
        budget: (20 + (index % 7) * 15) * 1_000_00,
        start,
        end: addDays(start, 45 + ((index * 17) % 120)),
        status: INITIATIVE_STATUSES[index % INITIATIVE_STATUSES.length] ?? 'not_started',
        dependsOnIds: previousInLane && index % 3 !== 0 ? [previousInLane.id] : [],
        order: index,
      }),
    );
  }
  const milestones = initiatives.flatMap((initiative, index) =>
    Array.from({ length: ROADMAP_BENCH_SIZE.milestonesEach }, (_, step) =>
      createMilestone(workshopId, {
        initiativeId: initiative.id,
        title: `Milestone ${index + 1}.${step + 1}`,
        date: addDays(initiative.start, 15 * (step + 1)),
        measurableEvent: 'Something anyone can check has happened.',
        done: step === 0 && index % 4 === 0,
      }),
    ),
  );
  const communicationItems = Array.from({ length: ROADMAP_BENCH_SIZE.communicationItems }, (_, index) =>
    createCommunicationItem(workshopId, { audience: `Audience ${index + 1}`, message: 'What changes and why.', channel: 'Meeting', date: addDays('2027-01-04', index * 30), owner: 'Sponsor', order: index }),
  );
  return { initiatives, milestones, communicationItems };
}

async function seedRoadmap(page: Page): Promise<string> {
  const workshopId = await page.evaluate(async () => {
    const bench = window.__dsrsTest?.bench;
    if (!bench) throw new Error('Bench hooks are not installed');
    const workshop = await bench.createWorkshop({ title: 'Roadmap bench', clientCompany: 'Bench Co', currency: 'EUR', language: 'en' });
    return workshop.id;
  });
  const records = buildRoadmapRecords(workshopId);
  await page.evaluate(async (seed) => {
    const bench = window.__dsrsTest?.bench;
    if (!bench) throw new Error('Bench hooks are not installed');
    await bench.addRecords('initiatives', seed.initiatives);
    await bench.addRecords('milestones', seed.milestones);
    await bench.addRecords('communicationItems', seed.communicationItems);
  }, records);
  return workshopId;
}

/**
 * Runs in the page: changes the route to the phase and resolves, on the first frame after every bar
 * is in the DOM, with the milliseconds since the navigation. Timed inside the page, so Playwright's
 * round trips are not counted.
 */
function openPhaseAndTime({ hash, selector, bars }: { hash: string; selector: string; bars: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const isRendered = () => document.querySelector(selector)?.getAttribute('data-bars') === String(bars) && document.querySelectorAll('[data-testid="roadmap-bar"]').length === bars;
    const finish = () => requestAnimationFrame(() => resolve(performance.now() - start));
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`The timeline with ${bars} bars did not appear`));
    }, 20_000);
    const observer = new MutationObserver(() => {
      if (!isRendered()) return;
      observer.disconnect();
      clearTimeout(timeout);
      finish();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-bars'] });
    location.hash = hash;
  });
}

async function openOtherPhase(page: Page, workshopId: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/workshop/${workshopId}/preparation`);
  await page.getByRole('heading', { level: 1, name: 'Preparation' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Preparation' }).evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

export async function measureRoadmapOpen(browser: Browser, url: string): Promise<Figure[]> {
  const { context, page } = await openAppWithBenchHooks(browser, url);
  try {
    const workshopId = await seedRoadmap(page);
    const target = { hash: `#/workshop/${workshopId}/roadmap`, selector: '[data-testid="roadmap-timeline"]', bars: ROADMAP_BENCH_SIZE.initiatives };
    await openOtherPhase(page, workshopId);
    // The workshop loads the other phases' code in idle moments; the first open of the roadmap comes
    // after that, as it does for a facilitator who spends more than a moment on a phase first.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /RoadmapScreen-[^/]*\.js$/.test(entry.name)), undefined, { timeout: 10_000 });
    await page.waitForTimeout(200);
    const first = await page.evaluate(openPhaseAndTime, target);
    const warm: number[] = [];
    for (let open = 0; open < WARM_OPENS; open += 1) {
      await openOtherPhase(page, workshopId);
      warm.push(await page.evaluate(openPhaseAndTime, target));
    }
    const size = `${ROADMAP_BENCH_SIZE.initiatives} initiatives, ${ROADMAP_BENCH_SIZE.initiatives * ROADMAP_BENCH_SIZE.milestonesEach} milestones`;
    return [
      { figure: `Roadmap screen, ${size}: navigation -> timeline drawn, median of ${WARM_OPENS} opens`, value: median(warm), unit: 'ms', goal: 300, samples: warm },
      { figure: 'The same, first open of the session (its code preloaded while the workshop was idle)', value: first, unit: 'ms', goal: 300, samples: [first] },
    ];
  } finally {
    await context.close();
  }
}
