import type { Locator } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { workshopIdOf } from './support/workshopUrl';
import { tabTo } from './support/keyboard';
import { clusterFrame, note, openIdeasByKeyboard, seedEarlierPhases, stored, storedIdea, waitForStillCanvas } from './support/ideasBoard';

test('an idea board is built, clustered, linked, chosen and voted on by keyboard alone', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclas Rodamientos SL', title: 'Ideas by keyboard' });
  const workshopId = await workshopIdOf(page);
  await seedEarlierPhases(page, workshopId);
  await openIdeasByKeyboard(page);
  await expect(page.getByText('The canvas is empty.', { exact: false })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'empty idea board');

  // Rapid capture into the inbox: the field keeps the focus and is empty again after each Enter.
  const capture = page.getByRole('textbox', { name: 'New idea' });
  await tabTo(page, capture);
  for (const text of ['Price corridor per segment', 'Loss reason is mandatory']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(capture).toHaveValue('');
    await expect(capture).toBeFocused();
  }
  const inbox = page.getByRole('list', { name: 'Notes waiting in the inbox' });
  await expect(inbox.getByRole('listitem')).toHaveCount(2);

  // Then straight onto the canvas, signed by a participant, in green.
  await tabTo(page, page.getByRole('radio', { name: 'Inbox' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Canvas' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Written by' })).toBeFocused();
  await page.keyboard.type('Nuria');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Yellow' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Green' })).toBeChecked();
  await tabTo(page, capture, { backwards: true });
  for (const text of ['Tablets for every salesperson', 'Quote within 24 hours']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(note(page, text)).toBeVisible();
  }
  const tablets = await storedIdea(page, workshopId, 'Tablets for every salesperson');
  expect(tablets).toMatchObject({ place: 'canvas', author: 'Nuria Campos', colour: '#a7f3d0' });

  // Carry an inbox note to the canvas with the keyboard sensor: Space, right arrow, Space.
  const grip = page.getByRole('button', { name: 'Carry to the canvas: Price corridor per segment' });
  await tabTo(page, grip, { backwards: true });
  await page.keyboard.press('Space');
  // Picked up: the grip says it is pressed and the spoken status follows the note.
  await expect(grip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('The note “Price corridor per segment” is over the inbox.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('The note “Price corridor per segment” is over the canvas.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(note(page, 'Price corridor per segment')).toBeFocused();
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  expect((await storedIdea(page, workshopId, 'Price corridor per segment')).place).toBe('canvas');

  // Select two notes (Enter, then Space to add) and make a cluster of them.
  await tabTo(page, note(page, 'Tablets for every salesperson'));
  await page.keyboard.press('Enter');
  await tabTo(page, note(page, 'Quote within 24 hours'));
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 2, name: '2 notes selected' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Cluster from 2 selected notes' }), { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New cluster' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Sales tools');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(clusterFrame(page, 'Sales tools')).toBeFocused();
  const afterCluster = await stored(page, workshopId);
  const cluster = afterCluster.clusters.find((candidate) => candidate.name === 'Sales tools');
  expect(cluster).toBeDefined();
  expect(afterCluster.ideas.filter((idea) => idea.clusterId === cluster?.id).map((idea) => idea.text).sort()).toEqual(['Quote within 24 hours', 'Tablets for every salesperson']);

  // "Move to cluster…" from the details: Enter selects, Enter again jumps to the details.
  await tabTo(page, note(page, 'Price corridor per segment'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Note' })).toBeFocused();
  await tabTo(page, page.getByRole('combobox', { name: 'Move to cluster' }));
  await page.keyboard.type('Sales');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('On the canvas, in cluster Sales tools')).toBeVisible();
  expect((await storedIdea(page, workshopId, 'Price corridor per segment')).clusterId).toBe(cluster?.id);

  // Link it to a final objective and choose it for the roadmap.
  await tabTo(page, page.getByRole('checkbox', { name: 'Win 30 % of tenders' }), { backwards: true });
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Chosen for the roadmap' }), { backwards: true });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Chosen for the roadmap' })).toHaveAttribute('aria-pressed', 'true');
  const objectiveId = (await stored(page, workshopId)).objectives.find((objective) => objective.title === 'Win 30 % of tenders')?.id;
  await expect.poll(async () => (await storedIdea(page, workshopId, 'Price corridor per segment')).objectiveIds).toEqual([objectiveId]);
  expect((await storedIdea(page, workshopId, 'Price corridor per segment')).selected).toBe(true);

  // Arrow keys move the selected note; the run of presses is one undo step, and redo brings it back.
  const start = await storedIdea(page, workshopId, 'Price corridor per segment');
  await tabTo(page, note(page, 'Price corridor per segment'), { backwards: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const moved = { x: start.x + 30, y: start.y + 50 };
  await expect.poll(async () => { const idea = await storedIdea(page, workshopId, 'Price corridor per segment'); return { x: idea.x, y: idea.y }; }).toEqual(moved);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => { const idea = await storedIdea(page, workshopId, 'Price corridor per segment'); return { x: idea.x, y: idea.y }; }).toEqual({ x: start.x, y: start.y });
  await page.keyboard.press('Control+y');
  await expect.poll(async () => { const idea = await storedIdea(page, workshopId, 'Price corridor per segment'); return { x: idea.x, y: idea.y }; }).toEqual(moved);

  // A selected frame moves with its notes, by keyboard too.
  const beforeFrameMove = await stored(page, workshopId);
  await tabTo(page, clusterFrame(page, 'Sales tools'), { backwards: true });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => (await stored(page, workshopId)).clusters[0]?.x).toBe((cluster?.x ?? 0) - 50);
  const afterFrameMove = await stored(page, workshopId);
  for (const idea of afterFrameMove.ideas.filter((candidate) => candidate.clusterId === cluster?.id)) {
    const before = beforeFrameMove.ideas.find((candidate) => candidate.id === idea.id);
    expect({ x: idea.x, y: idea.y }).toEqual({ x: (before?.x ?? 0) - 50, y: before?.y });
  }
  await expectNoSeriousAxeViolations(page, 'idea board with a cluster');

  // Rate one idea in the impact/effort view with the arrow keys.
  await tabTo(page, page.getByRole('tab', { name: 'Idea board' }), { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Impact and effort' })).toHaveAttribute('aria-selected', 'true');
  const chip = page.locator('[data-chip-id]').filter({ hasText: 'Quote within 24 hours' });
  await tabTo(page, chip);
  await page.keyboard.press('ArrowUp');
  await expect(chip).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => { const idea = await storedIdea(page, workshopId, 'Quote within 24 hours'); return [idea.impact, idea.effort]; }).toEqual([4, 2]);
  await expect(chip).toBeFocused();
  await expect(page.getByRole('group', { name: 'Impact 4, effort 2: Quick wins' }).getByText('Quote within 24 hours')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'impact and effort view');

  // Dot voting: two participants, results hidden until revealed.
  await tabTo(page, page.getByRole('tab', { name: 'Impact and effort' }), { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Dot vote' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Participant voting' })).toHaveValue(/.+/);
  const give = (text: string) => page.getByRole('button', { name: `Give a dot to “${text}”` });
  const dotsOn = (text: string) => page.getByTestId('ideas-ballot-row').filter({ hasText: text }).getByTestId('ideas-ballot-dots');
  await tabTo(page, give('Price corridor per segment'));
  for (const expected of ['1', '2', '3']) {
    await page.keyboard.press('Enter');
    await expect(dotsOn('Price corridor per segment')).toHaveText(expected);
  }
  await expect(page.getByTestId('ideas-dots-left')).toContainText('Álvaro Quintana: 2 of 5 dots left');
  await tabTo(page, page.getByRole('combobox', { name: 'Participant voting' }), { backwards: true });
  await page.keyboard.type('Nuria');
  await expect(page.getByTestId('ideas-dots-left')).toContainText('Nuria Campos: 5 of 5 dots left');
  await tabTo(page, give('Quote within 24 hours'));
  await page.keyboard.press('Enter');
  await expect(dotsOn('Quote within 24 hours')).toHaveText('1');
  await page.keyboard.press('Enter');
  await expect(dotsOn('Quote within 24 hours')).toHaveText('2');
  await tabTo(page, give('Price corridor per segment'), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(dotsOn('Price corridor per segment')).toHaveText('1');
  await expect(page.getByTestId('ideas-ranking')).toHaveCount(0);
  await expect(page.getByTestId('ideas-vote-summary')).toHaveText('6 dots placed by 2 of 2 participants.');

  await tabTo(page, page.getByRole('button', { name: 'Reveal the result' }), { backwards: true });
  await page.keyboard.press('Enter');
  const rows = page.getByTestId('ideas-ranking-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Price corridor per segment');
  await expect(rows.nth(0).getByRole('cell').nth(1)).toContainText('4');
  await expect(rows.nth(0).getByRole('cell').nth(2)).toHaveText('2');
  await expect(rows.nth(1)).toContainText('Quote within 24 hours');
  await expectNoSeriousAxeViolations(page, 'revealed dot vote');

  // A reload keeps every position exactly, the cluster, the links, the choice and the revealed vote.
  const before = await stored(page, workshopId);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Creative ideas' })).toBeVisible();
  const after = await stored(page, workshopId);
  expect(after.ideas.map(({ id, x, y, clusterId }) => ({ id, x, y, clusterId }))).toEqual(before.ideas.map(({ id, x, y, clusterId }) => ({ id, x, y, clusterId })));
  expect(after.votes).toHaveLength(before.votes.length);
  await expect(note(page, 'Price corridor per segment')).toBeVisible();
  await expect(note(page, 'Price corridor per segment').locator('[title="Chosen"]')).toBeVisible();
  await expect(note(page, 'Price corridor per segment').locator('.idea-note-dots')).toHaveText('4');
  await expect(clusterFrame(page, 'Sales tools')).toContainText('3 notes');
  await expect(page.getByTestId('ideas-counts')).toHaveText('3 on the canvas · 1 in the inbox · 1 chosen for the roadmap');
  expect(consoleErrors).toEqual([]);
});

test('notes are dragged by mouse: inbox to canvas, into a frame, several at once, a frame with its notes, back to the inbox', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Raton SA', title: 'Ideas by mouse' });
  const workshopId = await workshopIdOf(page);
  await seedEarlierPhases(page, workshopId);
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }).click();

  const capture = page.getByRole('textbox', { name: 'New idea' });
  await capture.fill('Webinars for design engineers');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByText('Canvas', { exact: true }).click();
  for (const text of ['Co-design days', 'Segment the OEMs', 'Reward referrals']) {
    await capture.fill(text);
    await capture.press('Enter');
    await expect(note(page, text)).toBeVisible();
  }

  // Inbox to canvas with dnd-kit: the note lands where it is dropped.
  const inboxNote = page.getByTestId('ideas-inbox-note').filter({ hasText: 'Webinars for design engineers' });
  const from = await inboxNote.locator('.ideas-inbox-text').boundingBox();
  const canvasBox = await page.locator('.ideas-canvas').boundingBox();
  if (!from || !canvasBox) throw new Error('inbox or canvas not drawn');
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 20, { steps: 4 });
  await page.mouse.move(canvasBox.x + canvasBox.width - 120, canvasBox.y + 60, { steps: 12 });
  await page.mouse.up();
  await expect(note(page, 'Webinars for design engineers')).toBeVisible();
  expect((await storedIdea(page, workshopId, 'Webinars for design engineers')).place).toBe('canvas');

  // An empty frame, then a note dropped inside it joins the cluster.
  await page.getByRole('button', { name: 'New cluster' }).click();
  await page.getByRole('dialog', { name: 'New cluster' }).getByLabel('Name').fill('New customers');
  await page.getByRole('button', { name: 'Create cluster' }).click();
  const frame = clusterFrame(page, 'New customers');
  await expect(frame).toBeVisible();
  await page.getByRole('button', { name: 'Fit the whole board in view' }).click();
  await page.waitForTimeout(150);
  await waitForStillCanvas(page);

  const drag = async (target: Locator, dx: number, dy: number, handle?: Locator) => {
    const box = await (handle ?? target).boundingBox();
    if (!box) throw new Error('nothing to drag');
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 15));
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + Math.min(box.height / 2, 15) + dy, { steps: 12 });
    await page.mouse.up();
  };
  const frameBox = await frame.boundingBox();
  const segmentBox = await note(page, 'Segment the OEMs').boundingBox();
  if (!frameBox || !segmentBox) throw new Error('frame or note not drawn');
  await drag(
    note(page, 'Segment the OEMs'),
    frameBox.x + frameBox.width / 2 - (segmentBox.x + segmentBox.width / 2),
    frameBox.y + frameBox.height / 2 - (segmentBox.y + 15),
  );
  const clusterId = (await stored(page, workshopId)).clusters[0]?.id;
  await expect.poll(async () => (await storedIdea(page, workshopId, 'Segment the OEMs')).clusterId).toBe(clusterId);

  // Moving the frame by its title carries its note; one undo puts both back.
  const beforeFrame = await stored(page, workshopId);
  await drag(frame, 60, 40, frame.locator('.idea-cluster-title'));
  await expect.poll(async () => (await stored(page, workshopId)).clusters[0]?.x).not.toBe(beforeFrame.clusters[0]?.x);
  const afterFrame = await stored(page, workshopId);
  const frameDelta = { x: (afterFrame.clusters[0]?.x ?? 0) - (beforeFrame.clusters[0]?.x ?? 0), y: (afterFrame.clusters[0]?.y ?? 0) - (beforeFrame.clusters[0]?.y ?? 0) };
  const segmentBefore = beforeFrame.ideas.find((idea) => idea.text === 'Segment the OEMs');
  const segmentAfter = afterFrame.ideas.find((idea) => idea.text === 'Segment the OEMs');
  expect({ x: segmentAfter?.x, y: segmentAfter?.y }).toEqual({ x: (segmentBefore?.x ?? 0) + frameDelta.x, y: (segmentBefore?.y ?? 0) + frameDelta.y });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored(page, workshopId)).clusters[0]?.x).toBe(beforeFrame.clusters[0]?.x);
  expect((await storedIdea(page, workshopId, 'Segment the OEMs')).x).toBe(segmentBefore?.x);

  // Shift-click selects two notes; dragging one moves both, as one undo step.
  const pair = ['Co-design days', 'Reward referrals'];
  const pairBefore = await Promise.all(pair.map((text) => storedIdea(page, workshopId, text)));
  await note(page, pair[0] ?? '').click();
  await note(page, pair[1] ?? '').click({ modifiers: ['Shift'] });
  await expect(page.getByRole('heading', { level: 2, name: '2 notes selected' })).toBeVisible();
  await drag(note(page, pair[0] ?? ''), 0, 140);
  await expect.poll(async () => (await storedIdea(page, workshopId, pair[1] ?? '')).y).toBeGreaterThan(pairBefore[1]?.y ?? 0);
  const pairAfter = await Promise.all(pair.map((text) => storedIdea(page, workshopId, text)));
  expect((pairAfter[0]?.y ?? 0) - (pairBefore[0]?.y ?? 0)).toBe((pairAfter[1]?.y ?? 0) - (pairBefore[1]?.y ?? 0));
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Promise.all(pair.map(async (text) => (await storedIdea(page, workshopId, text)).y))).toEqual(pairBefore.map((idea) => idea.y));
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => Promise.all(pair.map(async (text) => (await storedIdea(page, workshopId, text)).y))).toEqual(pairAfter.map((idea) => idea.y));

  // A note dragged onto the inbox goes back to it.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const inboxBox = await page.locator('.ideas-inbox').boundingBox();
  const webinarBox = await note(page, 'Webinars for design engineers').boundingBox();
  if (!inboxBox || !webinarBox) throw new Error('inbox or note not drawn');
  await drag(note(page, 'Webinars for design engineers'), inboxBox.x + inboxBox.width / 2 - (webinarBox.x + webinarBox.width / 2), inboxBox.y + 120 - (webinarBox.y + 15));
  await expect(page.getByTestId('ideas-inbox-note').filter({ hasText: 'Webinars for design engineers' })).toBeVisible();
  expect((await storedIdea(page, workshopId, 'Webinars for design engineers')).place).toBe('inbox');

  // In the impact/effort view a note is rated by dropping it on a cell.
  await page.getByRole('tab', { name: 'Impact and effort' }).click();
  const chip = page.locator('[data-chip-id]').filter({ hasText: 'Co-design days' });
  const cell = page.getByRole('group', { name: 'Impact 5, effort 4: Big bets' });
  const chipBox = await chip.boundingBox();
  const cellBox = await cell.boundingBox();
  if (!chipBox || !cellBox) throw new Error('chip or cell not drawn');
  await page.mouse.move(chipBox.x + 10, chipBox.y + 10);
  await page.mouse.down();
  await page.mouse.move(chipBox.x + 30, chipBox.y + 20, { steps: 4 });
  await page.mouse.move(cellBox.x + cellBox.width / 2, cellBox.y + cellBox.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(cell.getByText('Co-design days')).toBeVisible();
  await expect.poll(async () => { const idea = await storedIdea(page, workshopId, 'Co-design days'); return [idea.impact, idea.effort]; }).toEqual([5, 4]);

  // Every stored position survives a reload exactly.
  const before = await stored(page, workshopId);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Idea board' })).toBeVisible();
  await expect(note(page, 'Co-design days')).toBeVisible();
  const after = await stored(page, workshopId);
  expect(after.ideas.map(({ id, x, y, place, clusterId }) => ({ id, x, y, place, clusterId }))).toEqual(before.ideas.map(({ id, x, y, place, clusterId }) => ({ id, x, y, place, clusterId })));
  expect(after.ideas.every((idea) => Number.isInteger(idea.x) && Number.isInteger(idea.y))).toBe(true);
});

test('the example workshop shows a full, voted board', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }).click();
  await expect(page.getByTestId('ideas-counts')).toHaveText('28 on the canvas · 2 in the inbox · 10 chosen for the roadmap');
  await expect(page.locator('.react-flow__node-cluster')).toHaveCount(5);
  await expect(clusterFrame(page, 'Pricing and value selling')).toContainText('6 notes');
  await expect(page.locator('.react-flow__node-note')).toHaveCount(28);
  // The vote is revealed in the example, so the notes carry their dots.
  await expect(note(page, 'Set a price corridor per segment').locator('.idea-note-dots')).toHaveText('6');
  await expect(page.getByTestId('ideas-inbox-note')).toHaveCount(2);
  await expectNoSeriousAxeViolations(page, 'example idea board');

  await note(page, 'Set a price corridor per segment').click();
  await expect(page.getByRole('button', { name: 'Chosen for the roadmap' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('checkbox', { name: /Gross margin/ })).toBeChecked();
  await expectNoSeriousAxeViolations(page, 'example note details');

  await page.getByRole('tab', { name: 'Impact and effort' }).click();
  await expect(page.getByRole('group', { name: 'Impact 5, effort 2: Quick wins' }).getByText('Set a price corridor per segment')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Not rated yet' }).locator('[data-chip-id]')).toHaveCount(2);
  await expectNoSeriousAxeViolations(page, 'example impact and effort');

  await page.getByRole('tab', { name: 'Dot vote' }).click();
  await expect(page.getByTestId('ideas-vote-summary')).toHaveText('50 dots placed by 10 of 14 participants.');
  const rows = page.getByTestId('ideas-ranking-row');
  await expect(rows.first()).toContainText('Set a price corridor per segment');
  await expect(rows.first()).toContainText('(tie)');
  await expectNoSeriousAxeViolations(page, 'example dot vote');
});

test('a keyboard carry typed faster than the browser ticks still lands on the canvas', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Creative ideas/ }).click();
  const inbox = page.getByRole('list', { name: 'Notes waiting in the inbox' });
  await expect(inbox.getByRole('listitem')).toHaveCount(2);
  const grip = page.getByRole('button', { name: /^Carry to the canvas: / }).first();
  // Space → Space in one task, as a fast typist on a busy laptop delivers them: dnd-kit's keyboard
  // sensor only starts listening one timer tick after the pick-up.
  await grip.evaluate((element) => {
    (element as HTMLElement).focus();
    const press = (code: string, key: string) => element.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true }));
    press('Space', ' ');
    press('ArrowRight', 'ArrowRight');
    press('Space', ' ');
  });
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.react-flow__node-note')).toHaveCount(29);
  await expect(page.locator('.react-flow__node-note:focus')).toHaveCount(1);
});
