import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectShownLiterally, expectViewClean, installPwnedTrap } from './support/hostileChecks';
import { classifyPrintedFields, describeField, pdfPageCount, pdfText, printedForm, wordsOutsideThePrintArea } from './support/hostilePdf';
import { buildHostileWorkshop, fieldOf, HOSTILE_TEMPLATES, writeHostileWorkshopFile } from './support/hostileWorkshop';
import { LibraryPage } from './support/LibraryPage';

// The complete example workshop with hostile text in every free-text field of every record,
// opened through the library's import: it must show as plain text on every screen, never run.

const hostile = buildHostileWorkshop();
/** The exported PDF, its text and its pages as pictures stay here for a person to look at. */
const PDF_OUTPUT = path.resolve('out', 'xss-pdf');
let backupFile = '';
test.beforeAll(() => {
  backupFile = writeHostileWorkshopFile(hostile);
});

const text = (kind: Parameters<typeof fieldOf>[1], field: string, recordIndex = 0): string => fieldOf(hostile, kind, field, recordIndex).text;

interface Session {
  page: Page;
  dialogs: string[];
  seen: Set<string>;
}

async function openHostileWorkshop(page: Page): Promise<Session> {
  const dialogs = await installPwnedTrap(page);
  const library = new LibraryPage(page);
  await library.goto();
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open backup…' }).click();
  await (await chooserPromise).setFiles(backupFile);
  await expect(page.getByText(`Opened “${text('workshop', 'title')}” from the backup as a new workshop.`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  return { page, dialogs, seen: new Set() };
}

/** Scans the whole page and checks a sample of fields is on screen as literal text. */
async function checkView(session: Session, view: string, samples: readonly string[] = []): Promise<void> {
  const { page } = session;
  await expect(page.getByText('Loading…')).toHaveCount(0);
  for (const sample of samples) await expectShownLiterally(page, sample, view);
  for (const marker of await expectViewClean(page, hostile, view, session.dialogs)) session.seen.add(marker);
}

async function openPhase(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function openTab(session: Session, tab: RegExp | string, samples: readonly string[] = []): Promise<void> {
  await session.page.getByRole('tab', { name: tab }).click();
  await expect(session.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  await checkView(session, `tab ${String(tab)}`, samples);
}

test('hostile text in every field shows literally on every phase screen and never runs', async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  const session = await openHostileWorkshop(page);
  await checkView(session, 'the workshop after import', [text('workshop', 'clientCompany')]);

  // The library row and the details dialog.
  const library = new LibraryPage(page);
  await library.backToLibrary();
  await checkView(session, 'the library', [text('workshop', 'title'), text('workshop', 'clientCompany'), text('workshop', 'facilitator')]);
  await page.getByRole('button', { name: `Rename: ${text('workshop', 'title')}` }).click();
  await checkView(session, 'the rename dialog', [text('workshop', 'title'), text('workshop', 'facilitator')]);
  await page.keyboard.press('Escape');
  await library.row(text('workshop', 'title')).getByRole('button', { name: text('workshop', 'title') }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();

  await openPhase(page, 'Preparation');
  await checkView(session, 'preparation', [text('participants', 'name'), text('agendaSessions', 'title'), text('agendaSessions', 'items.0.title')]);

  await openPhase(page, 'Situation analysis');
  await checkView(session, 'situation analysis', [text('questions', 'text'), text('questions', 'area'), text('answers', 'evidence')]);
  await page.getByRole('button', { name: 'Edit questions' }).click();
  await checkView(session, 'situation analysis, editing questions', [text('questions', 'text', 1)]);
  await page.getByRole('button', { name: 'Done editing' }).click();
  await page.getByRole('button', { name: 'Facilitate' }).click();
  const facilitation = page.getByRole('dialog', { name: 'Situation analysis' });
  await expect(facilitation).toBeVisible();
  await checkView(session, 'situation facilitation', [text('questions', 'text', 2)]);
  await page.keyboard.press('ArrowRight');
  await checkView(session, 'situation facilitation, next question', [text('questions', 'text', 3)]);
  await page.keyboard.press('Escape');
  await expect(facilitation).toBeHidden();

  await openPhase(page, 'Current objectives');
  await checkView(session, 'current objectives', [text('currentObjectives', 'title'), text('budgetLines', 'label'), text('scenarios', 'name')]);

  await openPhase(page, 'Diagnosis');
  await openTab(session, /^Findings/, [text('findings', 'title'), text('findings', 'description')]);
  await openTab(session, /^Lost deals/, [text('lostDeals', 'customer'), text('lostDeals', 'reason')]);
  await openTab(session, /^Expense review/, [text('expenseLines', 'label'), text('expenseLines', 'customerBenefit')]);

  await openPhase(page, 'Reformulated objectives');
  await checkView(session, 'reformulated objectives', [
    text('finalObjectives', 'title'),
    text('finalObjectives', 'checks.realistic.rationale'),
    text('finalObjectives', 'reservePlan.targetCustomer'),
  ]);

  await openPhase(page, 'Relationship poster');
  for (const [index] of hostile.envelope.records.keyAccounts.entries()) {
    const accountName = text('keyAccounts', 'name', index);
    await openTab(session, accountName, [accountName]);
  }
  await checkView(session, 'relationship poster', [text('stakeholders', 'name', 9)]);
  const person = text('stakeholders', 'name', 9);
  await page.locator('.react-flow__node-person').filter({ hasText: person }).click();
  await expect(page.getByRole('heading', { level: 2, name: person })).toBeVisible();
  await checkView(session, 'a person selected on the poster', [text('stakeholders', 'title', 9)]);

  await openPhase(page, 'Creative ideas');
  await openTab(session, 'Idea board', [text('clusters', 'name'), text('ideas', 'text')]);
  await page.locator('.react-flow__node-note').filter({ hasText: text('ideas', 'text') }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Note' })).toBeVisible();
  await checkView(session, 'a note selected on the idea board', [text('ideas', 'category')]);
  await openTab(session, 'Impact and effort', [text('ideas', 'text')]);
  await openTab(session, 'Dot vote', [text('ideas', 'text')]);

  await openPhase(page, 'Strategy and roadmap');
  await checkView(session, 'roadmap timeline', [text('initiatives', 'title'), text('milestones', 'title'), text('communicationItems', 'message')]);
  await page.getByRole('button', { name: 'Quarters', exact: true }).click();
  await checkView(session, 'roadmap timeline by quarter', [text('initiatives', 'title')]);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await checkView(session, 'roadmap table', [text('initiatives', 'title'), text('initiatives', 'owner')]);
  await page.getByRole('button', { name: `Details of “${text('initiatives', 'title')}”` }).click();
  const details = page.getByRole('dialog', { name: `Initiative “${text('initiatives', 'title')}”` });
  await expect(details).toBeVisible();
  await checkView(session, 'initiative details', [text('initiatives', 'description'), text('initiatives', 'means'), text('initiatives', 'team')]);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();

  await openPhase(page, 'Implementation');
  await openTab(session, /^Weekly check-in/);
  // Walk the whole round, so every initiative's check-in history is shown once.
  const walk = page.getByRole('navigation', { name: 'Initiatives in the check-in' });
  // Import gives every record a new id, so each initiative is found again by its (unique) title.
  const initiativeByTitle = new Map(hostile.envelope.records.initiatives.map((initiative) => [initiative.title, initiative]));
  const jump = walk.getByLabel('Go to initiative');
  const heading = page.getByTestId('checkin-card').getByRole('heading', { level: 3 });
  for (let index = 0; index < initiativeByTitle.size; index += 1) {
    await jump.selectOption({ index });
    await expect(page.getByTestId('walk-position')).toHaveText(`${index + 1} of ${initiativeByTitle.size}`);
    const initiative = initiativeByTitle.get((await heading.textContent()) ?? '');
    expect(initiative, `check-in ${index + 1} shows an initiative title literally`).toBeDefined();
    const updates = hostile.envelope.records.statusUpdates.filter((update) => update.initiativeId === initiative?.id);
    await checkView(session, `check-in ${index + 1}`, updates.flatMap((update) => [update.deviation, update.correctiveAction]));
  }
  await openTab(session, /^Milestones/);
  await openTab(session, /^Meetings/, [text('meetings', 'decisions')]);
  const closedMeetings = page.getByTestId('meeting-card').getByRole('button', { expanded: false });
  while ((await closedMeetings.count()) > 0) await closedMeetings.first().click();
  await checkView(session, 'every meeting open', hostile.envelope.records.meetings.map((meeting) => meeting.notes));
  await openTab(session, 'Leadership view', [text('initiatives', 'title')]);

  await openPhase(page, 'Measurement');
  await openTab(session, 'Scorecard', [text('kpis', 'name')]);
  await openTab(session, /^Values per period/, [text('kpis', 'name')]);
  await openTab(session, /^KPIs/, [text('kpis', 'name'), text('kpis', 'unit')]);

  const neverShown = hostile.fields.filter((field) => !session.seen.has(field.marker)).map((field) => `${field.kind}.${field.field}`);
  test.info().annotations.push({ type: 'hostile fields shown literally', description: `${session.seen.size} of ${hostile.fields.length}; never shown: ${[...new Set(neverShown)].join(', ')}` });
  expect(session.seen.size).toBeGreaterThan(hostile.fields.length * 0.85);
  expect(consoleErrors).toEqual([]);
});

/** Each phase in the method's order, with a field its presenter screen shows. */
const PRESENTED: readonly { phase: string; sample: () => string }[] = [
  { phase: 'Preparation', sample: () => text('participants', 'name') },
  { phase: 'Situation analysis', sample: () => text('questions', 'text') },
  { phase: 'Current objectives', sample: () => text('currentObjectives', 'title') },
  { phase: 'Diagnosis', sample: () => text('findings', 'title') },
  { phase: 'Reformulated objectives', sample: () => text('finalObjectives', 'title') },
  { phase: 'Relationship poster', sample: () => text('keyAccounts', 'name') },
  { phase: 'Creative ideas', sample: () => hostile.envelope.records.ideas.find((idea) => idea.place === 'inbox')?.text ?? 'an idea in the inbox' },
  { phase: 'Strategy and roadmap', sample: () => text('initiatives', 'title') },
  { phase: 'Implementation', sample: () => text('initiatives', 'title') },
  { phase: 'Measurement', sample: () => text('kpis', 'name') },
];

test('hostile text stays plain in the trace dialog and in presenter mode on every phase', async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  const session = await openHostileWorkshop(page);

  // Trace one finding along the whole chain.
  await openPhase(page, 'Diagnosis');
  const findingTitle = text('findings', 'title');
  await page.getByRole('button', { name: `Trace “${findingTitle}”` }).click();
  const trace = page.getByRole('dialog', { name: `Trace: ${findingTitle}` });
  await expect(trace).toBeVisible();
  const showAll = trace.getByRole('button', { name: /^Show all/ });
  while ((await showAll.count()) > 0) await showAll.first().click();
  await checkView(session, 'the trace of a finding', [findingTitle]);
  await trace.getByRole('button', { name: 'Close' }).first().click();
  await expect(trace).toBeHidden();

  // F5 presents the current phase; the arrow key moves through every phase on the projector.
  await openPhase(page, 'Preparation');
  await page.keyboard.press('F5');
  for (const [index, { phase, sample }] of PRESENTED.entries()) {
    const presenter = page.getByRole('dialog', { name: phase });
    await expect(presenter).toBeVisible();
    await expect(presenter.getByTestId('presenter-stage').locator('h2, h3, table, li').filter({ visible: true }).first()).toBeVisible();
    await checkView(session, `presenter mode of ${phase}`, [sample()]);
    if (index < PRESENTED.length - 1) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

/** Fields the board document prints for every record, in full (they are short enough for their boxes). */
const PRINTED_WHOLE: readonly { kind: Parameters<typeof fieldOf>[1]; field: string }[] = [
  { kind: 'workshop', field: 'title' },
  { kind: 'workshop', field: 'clientCompany' },
  { kind: 'workshop', field: 'facilitator' },
  { kind: 'finalObjectives', field: 'title' },
  { kind: 'initiatives', field: 'title' },
  { kind: 'milestones', field: 'title' },
  { kind: 'kpis', field: 'name' },
  { kind: 'keyAccounts', field: 'name' },
  { kind: 'communicationItems', field: 'message' },
];

test('the roadmap PDF prints hostile text as text, whole or cut with an ellipsis inside its boxes', async ({ page, consoleErrors }) => {
  test.setTimeout(90_000);
  const session = await openHostileWorkshop(page);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the board roadmap PDF' });
  await expect(dialog.getByLabel('Paper size')).toHaveValue('a4');
  await expect(dialog).toContainText('English');
  await checkView(session, 'the export dialog');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloadPromise;
  await rm(PDF_OUTPUT, { recursive: true, force: true });
  await mkdir(PDF_OUTPUT, { recursive: true });
  const file = path.join(PDF_OUTPUT, 'hostile-roadmap.pdf');
  await download.saveAs(file);
  const pages = pdfPageCount(file);
  await expect(page.getByText(`The roadmap PDF (${pages} pages) was saved to your downloads.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await checkView(session, 'the workshop after the export');

  const printed = pdfText(file);
  await writeFile(path.join(PDF_OUTPUT, 'hostile-roadmap.txt'), printed);
  const fields = classifyPrintedFields(printed, hostile);
  expect(fields.altered, 'hostile strings printed altered (not whole, not cut with an ellipsis)').toEqual([]);
  const missing = PRINTED_WHOLE.flatMap(({ kind, field }) =>
    hostile.fields.filter((candidate) => candidate.kind === kind && candidate.field === field && !fields.whole.has(candidate.marker)).map(describeField),
  );
  expect(missing, 'titles and names the PDF prints in full').toEqual([]);
  // Every kind of hostile string is printed whole somewhere: markup and entities verbatim, and the
  // emoji and the right-to-left override (which the font cannot draw) never take the rest with them.
  const shapesPrintedWhole = new Set(hostile.fields.filter((field) => fields.whole.has(field.marker)).map((field) => field.template));
  expect([...shapesPrintedWhole].sort()).toEqual(HOSTILE_TEMPLATES.map((_, index) => index));
  expect(printed).toContain(printedForm(text('initiatives', 'title')));
  test.info().annotations.push({ type: 'hostile fields in the PDF', description: `${fields.whole.size} whole, ${fields.cut.size} cut with an ellipsis` });
  expect(fields.whole.size).toBeGreaterThan(200);

  expect(wordsOutsideThePrintArea(file)).toEqual([]);
  // Pictures of the pages, for a person to look at (out/xss-pdf/page-NN.png).
  execFileSync('pdftoppm', ['-r', '50', '-png', file, path.join(PDF_OUTPUT, 'page')]);
  expect(consoleErrors).toEqual([]);
});
