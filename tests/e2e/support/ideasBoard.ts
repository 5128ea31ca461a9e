import type { Locator, Page } from '@playwright/test';
import { createFinalObjective, createParticipant } from '../../../shared/domain';
import { expect } from './fixtures';
import { tabTo } from './keyboard';

// What the idea-board browser tests read and set up around the screen.

/** The roster and the final objectives are other phases' screens; they are put in place through the test hooks. */
export async function seedEarlierPhases(page: Page, workshopId: string): Promise<void> {
  const participants = [
    createParticipant(workshopId, { name: 'Álvaro Quintana', role: 'Sales Director', expertGroup: true, order: 0 }),
    createParticipant(workshopId, { name: 'Nuria Campos', role: 'Inside sales', expertGroup: true, order: 1 }),
  ];
  const objectives = [
    createFinalObjective(workshopId, { title: 'Win 30 % of tenders', order: 0 }),
    createFinalObjective(workshopId, { title: 'Six new OEM customers', order: 1 }),
  ];
  await page.evaluate(
    async ({ participants, objectives }) => {
      const hooks = window.__dsrsTest?.bench;
      if (!hooks) throw new Error('test hooks missing');
      await hooks.addRecords('participants', participants);
      await hooks.addRecords('finalObjectives', objectives);
    },
    { participants, objectives },
  );
}

export interface StoredIdea {
  id: string;
  text: string;
  x: number;
  y: number;
  place: string;
  clusterId: string | null;
  selected: boolean;
  objectiveIds: string[];
  impact: number | null;
  effort: number | null;
  author: string;
  colour: string;
}

export async function stored(page: Page, workshopId: string) {
  return page.evaluate(async (id) => {
    const hooks = window.__dsrsTest?.bench;
    if (!hooks) throw new Error('test hooks missing');
    const bundle = await hooks.exportBundle(id);
    const ideas: StoredIdea[] = bundle.records.ideas.map(({ id: ideaId, text, x, y, place, clusterId, selected, objectiveIds, impact, effort, author, colour }) => ({
      id: ideaId, text, x, y, place, clusterId, selected, objectiveIds, impact, effort, author, colour,
    }));
    return { ideas, clusters: bundle.records.clusters, votes: bundle.records.votes, objectives: bundle.records.finalObjectives, workshop: bundle.workshop };
  }, workshopId);
}

export async function storedIdea(page: Page, workshopId: string, text: string): Promise<StoredIdea> {
  const idea = (await stored(page, workshopId)).ideas.find((candidate) => candidate.text === text);
  if (!idea) throw new Error(`no stored idea ${text}`);
  return idea;
}

export function note(page: Page, text: string): Locator {
  return page.locator('.react-flow__node-note').filter({ hasText: text });
}

export function clusterFrame(page: Page, name: string): Locator {
  return page.locator('.react-flow__node-cluster').filter({ hasText: name });
}

/** Waits until the canvas stops moving (a fit-view animation has finished), so boxes measured next hold. */
export async function waitForStillCanvas(page: Page): Promise<void> {
  const transform = () => page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
  let previous = await transform();
  await expect
    .poll(async () => {
      const current = await transform();
      const still = current === previous;
      previous = current;
      return still;
    }, { intervals: [150] })
    .toBe(true);
}

export async function openIdeasByKeyboard(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Creative ideas' })).toBeFocused();
}
