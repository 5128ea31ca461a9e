import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousAxeViolations, test } from './support/fixtures';
import { LibraryPage } from './support/LibraryPage';
import { tabTo } from './support/keyboard';

async function openSituationByKeyboard(page: Page): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Situation analysis/ });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Situation analysis' })).toBeVisible();
}

function responseGroup(page: Page, number: number): Locator {
  return page.getByRole('group', { name: `Response, question ${number}`, exact: true });
}

function maturityGroup(page: Page, number: number): Locator {
  return page.getByRole('group', { name: `Maturity, question ${number}`, exact: true });
}

test('a new workshop answers, facilitates and edits its questionnaire by keyboard alone, and finds it all after a reload', async ({ page, consoleErrors }) => {
  // Many Tab presses and four accessibility scans: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Teclado Industrial SA', title: 'Keyboard diagnosis' });
  await openSituationByKeyboard(page);
  await expect(page.getByText('0 of 25 questions answered')).toBeVisible();
  await expect(page.getByTestId('unanswered-count')).toHaveText('25 unanswered');
  await expect(page.getByTestId('need-to-act')).toContainText('Rate questions on the maturity scale');
  await expectNoSeriousAxeViolations(page, 'situation analysis of a new workshop');

  // Question 1 in the list: response with the arrow keys, maturity, evidence, owner, then a finding.
  await tabTo(page, responseGroup(page, 1).getByRole('radio', { name: 'Yes', exact: true }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(responseGroup(page, 1).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  // The answer now exists without a rating: Tab lands on "Not rated" and the arrows climb the scale.
  await page.keyboard.press('Tab');
  await expect(maturityGroup(page, 1).getByRole('radio', { name: 'Not rated', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(maturityGroup(page, 1).getByRole('radio', { name: '1', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Evidence, question 1')).toBeFocused();
  await page.keyboard.type('Offers live in the ERP; the CRM only holds contacts.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ana López');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('question-row').first().getByRole('button', { name: 'Create finding from question 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Finding created: “Does our CRM give the sales team what it needs in its daily work?”')).toBeVisible();
  const findingLink = page.getByTestId('question-row').first().getByRole('link', { name: 'Finding exists: Open diagnosis' });
  await expect(findingLink).toBeFocused();
  await expect(page.getByTestId('need-to-act')).toContainText('CRM and sales knowledge');

  // Facilitation: one question at a time, single keys, announced position, Escape leaves.
  const facilitate = page.getByRole('button', { name: 'Facilitate' });
  await tabTo(page, facilitate, { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Situation analysis' });
  await expect(dialog).toBeVisible();
  const position = page.getByTestId('facilitation-position');
  await expect(position).toHaveAttribute('aria-live', 'polite');
  await expect(position).toContainText('Question 2 of 25');
  await expect(dialog.locator('.situation-fac-question')).toHaveText('Can we say how many customers we lost in the last twelve months, and name them?');
  expect(await dialog.locator('.situation-fac-question').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(32);
  await page.keyboard.press('y');
  await page.keyboard.press('3');
  await expect(dialog.getByRole('button', { name: 'Yes', exact: true, pressed: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^3 /, pressed: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(position).toContainText('Question 3 of 25');
  await page.keyboard.press('p');
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowRight');
  await expect(position).toContainText('Question 4 of 25');
  await page.keyboard.press('u');
  await expect(dialog.getByRole('button', { name: 'Unknown', exact: true, pressed: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(position).toContainText('Question 3 of 25');
  await expect(dialog.getByRole('button', { name: 'Partly', exact: true, pressed: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'facilitation view');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(facilitate).toBeFocused();
  await expect(page.getByText('4 of 25 questions answered')).toBeVisible();

  // Edit the bank: reword, move, hide, add.
  await tabTo(page, page.getByRole('button', { name: 'Edit questions' }), { backwards: true });
  await page.keyboard.press('Enter');
  const wording = page.getByLabel('Wording of question 1', { exact: true });
  await tabTo(page, wording);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Does the CRM hold offers, orders and contacts in one place?');
  await tabTo(page, page.getByRole('button', { name: 'Move question 1 down' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move question 2 down' })).toBeFocused();
  await expect(page.getByLabel('Wording of question 2', { exact: true })).toHaveValue('Does the CRM hold offers, orders and contacts in one place?');
  await tabTo(page, page.getByRole('button', { name: 'Hide question 8' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 hidden question')).toBeVisible();
  const newQuestion = page.getByLabel('New question in Visit management');
  await tabTo(page, newQuestion);
  await page.keyboard.type('Do managers review the visit plan every week?');
  await page.keyboard.press('Enter');
  await expect(newQuestion).toHaveValue('');
  await expectNoSeriousAxeViolations(page, 'editing the question bank');
  await tabTo(page, page.getByRole('button', { name: 'Done editing' }), { backwards: true });
  await page.keyboard.press('Enter');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Situation analysis' })).toBeVisible();
  await expect(page.getByText('4 of 25 questions answered')).toBeVisible();
  await expect(page.getByTestId('unanswered-count')).toHaveText('21 unanswered');
  await expect(page.getByText('1 hidden question')).toBeVisible();
  // Ratings 1, 3 and 2: the unknown answer counts as answered but not in the average.
  await expect(page.getByTestId('overall-maturity')).toHaveText('2.0');
  const reworded = page.getByTestId('question-row').filter({ hasText: 'Does the CRM hold offers, orders and contacts in one place?' });
  await expect(reworded.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(reworded.getByRole('radio', { name: '1', exact: true })).toBeChecked();
  await expect(reworded.getByLabel(/^Evidence/)).toHaveValue('Offers live in the ERP; the CRM only holds contacts.');
  await expect(reworded.getByLabel(/^Owner/)).toHaveValue('Ana López');
  await expect(reworded.getByRole('link', { name: 'Finding exists: Open diagnosis' })).toBeVisible();
  await expect(page.getByTestId('question-row').nth(0)).toContainText('Can we say how many customers we lost');
  await expect(page.getByText('Do managers review the visit plan every week?')).toBeVisible();
  await expect(page.getByText('For our main customers, do we know everyone who takes part')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'situation analysis after a reload');
  expect(consoleErrors).toEqual([]);
});

test('rating a question is one undo step: Ctrl+Z unanswers it and rating it again works', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.createWorkshop({ clientCompany: 'Deshacer SL', title: 'Undo check' });
  await openSituationByKeyboard(page);
  await tabTo(page, responseGroup(page, 1).getByRole('radio', { name: 'Yes', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByText('1 of 25 questions answered')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('0 of 25 questions answered')).toBeVisible();
  await expect(responseGroup(page, 1).getByRole('radio', { name: 'Yes', exact: true })).not.toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await expect(responseGroup(page, 1).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('0 of 25 questions answered')).toBeVisible();
  // The answer was created, undone, redone and undone: rating again must create it afresh.
  await tabTo(page, responseGroup(page, 1).getByRole('radio', { name: 'Yes', exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(responseGroup(page, 1).getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  await expect(page.getByText('1 of 25 questions answered')).toBeVisible();
});

test('a workshop without questions gets the built-in bank back', async ({ page }, testInfo) => {
  const example = JSON.parse(await readFile(path.resolve('renderer/public/examples/example-en.dsrs.json'), 'utf8')) as {
    workshop: { title: string };
    records: { questions: unknown[]; answers: unknown[]; findings: { questionIds: string[] }[] };
  };
  example.workshop.title = 'No questions yet';
  example.records.questions = [];
  example.records.answers = [];
  for (const finding of example.records.findings) finding.questionIds = [];
  const dir = await mkdtemp(path.join(tmpdir(), `dsrs-situation-${testInfo.workerIndex}-`));
  const file = path.join(dir, 'no-questions.dsrs.json');
  await writeFile(file, JSON.stringify(example));

  const library = new LibraryPage(page);
  await library.goto();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open backup…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  await openSituationByKeyboard(page);
  await expect(page.getByRole('heading', { name: 'This workshop has no diagnostic questions' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'situation analysis without questions');
  await tabTo(page, page.getByRole('button', { name: 'Restore built-in questions' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 of 25 questions answered')).toBeVisible();
  await expect(page.getByText('Does our CRM give the sales team what it needs in its daily work?')).toBeVisible();
});

test('the example workshop shows its answers, the maturity per area and where to act', async ({ page, consoleErrors }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Open example workshop' }).first().click();
  await expect(page.getByRole('navigation', { name: 'Workshop phases' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Workshop phases' }).getByRole('link', { name: /Situation analysis/ }).click();
  await expect(page.getByText('22 of 25 questions answered')).toBeVisible();
  await expect(page.getByTestId('unanswered-count')).toHaveText('3 unanswered');
  await expect(page.getByTestId('overall-maturity')).toHaveText('1.3');
  const chart = page.getByRole('figure').filter({ hasText: 'Average maturity of the rated questions' });
  await expect(chart.getByRole('listitem')).toHaveCount(4);
  await expect(chart.getByRole('listitem').filter({ hasText: 'Winning new customers' })).toContainText('0.7');
  const need = page.getByTestId('need-to-act');
  await expect(need).toContainText('Winning new customers');
  await expect(need).toContainText('Is there a written, step-by-step process for winning new customers?');
  const first = page.getByTestId('question-row').first();
  await expect(first.getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  await expect(first.getByRole('radio', { name: '2', exact: true })).toBeChecked();
  await expect(first.getByLabel(/^Evidence/)).toHaveValue(/offers and orders stay in the ERP/);
  await expect(first.getByLabel(/^Owner/)).toHaveValue('Daniel Ortega');
  await expect(page.getByTestId('question-row').filter({ hasText: 'Unanswered' })).toHaveCount(3);
  await page.getByLabel('Only unanswered').check();
  await expect(page.getByTestId('question-row')).toHaveCount(3);
  await page.getByLabel('Only unanswered').uncheck();
  await expect(page.getByTestId('question-row')).toHaveCount(25);
  await expectNoSeriousAxeViolations(page, 'situation analysis of the example workshop');

  await page.getByRole('button', { name: 'Facilitate' }).click();
  await expect(page.getByTestId('facilitation-position')).toContainText('Question 16 of 25');
  await expectNoSeriousAxeViolations(page, 'facilitation view of the example workshop');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Edit questions' }).click();
  await expect(page.getByTestId('question-edit-row')).toHaveCount(25);
  await expectNoSeriousAxeViolations(page, 'editing the example question bank');
  expect(consoleErrors).toEqual([]);
});
