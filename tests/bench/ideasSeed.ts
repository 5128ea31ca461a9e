// A large idea board written through the data layer: notes in a square grid on the canvas, a few in
// the inbox, and cluster frames over part of the grid, as a long brainstorm would leave it.
import type { Page } from 'playwright-core';
import { createCluster, createIdea, type Cluster, type Idea } from '../../shared/domain';
import { CLUSTER_PADDING, NOTE_GAP, NOTE_SIZE } from '../../shared/logic/ideaBoard';

const TEXTS = [
  'Quarterly visits to every mid-size customer',
  'Price corridor per segment, with the discount each role may grant',
  'Shared CRM notes after every call',
  'Reference stories from won-back customers',
  'Quote within 24 hours with the price worked out on the tablet',
];
const COLOURS = ['#fde68a', '#a7f3d0', '#bfdbfe', '#fecaca', '#e5e7eb'];
const CLUSTER_SIDE = 4;

export interface IdeaBoardBench {
  ideas: Idea[];
  clusters: Cluster[];
}

/** `noteCount` notes on the canvas in a square grid; every 4 × 4 block of the first rows is a cluster. */
export function buildIdeaBoard(workshopId: string, noteCount: number): IdeaBoardBench {
  const columns = Math.ceil(Math.sqrt(noteCount));
  const stepX = NOTE_SIZE.width + NOTE_GAP;
  const stepY = NOTE_SIZE.height + NOTE_GAP + CLUSTER_PADDING.top;
  const clusters: Cluster[] = [];
  const clusterAt = new Map<string, string>();
  for (let row = 0; row + CLUSTER_SIDE <= Math.min(columns, 8); row += CLUSTER_SIDE) {
    for (let column = 0; column + CLUSTER_SIDE <= columns; column += CLUSTER_SIDE) {
      const cluster = createCluster(workshopId, {
        name: `Theme ${clusters.length + 1}`,
        x: column * stepX - CLUSTER_PADDING.side,
        y: row * stepY - CLUSTER_PADDING.top,
        width: CLUSTER_SIDE * stepX - NOTE_GAP + CLUSTER_PADDING.side * 2,
        height: CLUSTER_SIDE * stepY,
      });
      clusters.push(cluster);
      clusterAt.set(`${row / CLUSTER_SIDE}:${column / CLUSTER_SIDE}`, cluster.id);
    }
  }
  const ideas = Array.from({ length: noteCount }, (_, index) => {
    const row = Math.floor(index / columns);
    const column = index % columns;
    return createIdea(workshopId, {
      text: `${TEXTS[index % TEXTS.length] ?? ''} (#${index + 1})`,
      author: index % 3 === 0 ? '' : `Expert ${index % 12}`,
      colour: COLOURS[index % COLOURS.length] ?? COLOURS[0],
      place: 'canvas',
      x: column * stepX,
      y: row * stepY,
      impact: (index % 5) + 1,
      effort: ((index + 2) % 5) + 1,
      clusterId: clusterAt.get(`${Math.floor(row / CLUSTER_SIDE)}:${Math.floor(column / CLUSTER_SIDE)}`) ?? null,
      selected: index % 11 === 0,
      order: index,
    });
  });
  return { ideas, clusters };
}

/** A new workshop holding the board; resolves to its id. */
export async function seedIdeaBoard(page: Page, noteCount: number): Promise<string> {
  const workshopId = await page.evaluate(async () => {
    const bench = window.__dsrsTest?.bench;
    if (!bench) throw new Error('Bench hooks are not installed');
    return (await bench.createWorkshop({ title: 'Idea board bench', clientCompany: 'Bench Co', currency: 'EUR', language: 'en' })).id;
  });
  await storeIdeaBoard(page, buildIdeaBoard(workshopId, noteCount));
  return workshopId;
}

/** Writes a built board into its workshop through the data layer (the test hooks must be on). */
export async function storeIdeaBoard(page: Page, board: IdeaBoardBench): Promise<void> {
  await page.evaluate(async ({ ideas, clusters }) => {
    const bench = window.__dsrsTest?.bench;
    if (!bench) throw new Error('Bench hooks are not installed');
    await bench.addRecords('clusters', clusters);
    await bench.addRecords('ideas', ideas);
  }, board);
}
