import { createBackup, parseBackup, serializeBackup, validateBundle, type BackupAppInfo } from '../../shared/backup';
import { emptyRecords, type Language, type WorkshopBundle, type WorkshopRecords } from '../../shared/domain';
import { buildCommunicationItems } from './content/communication';
import { buildExpenseLines } from './content/expenses';
import { buildFinalObjectives } from './content/finalObjectives';
import { buildFindings } from './content/findings';
import { buildClusters, buildIdeas, buildVotes } from './content/ideas';
import { buildMeetings, buildStatusUpdates } from './content/implementation';
import { buildInitiatives } from './content/initiatives';
import { buildLostDeals } from './content/lostDeals';
import { buildKpis, buildMeasurements } from './content/measurement';
import { buildMilestones } from './content/milestones';
import { buildBudgetLines, buildCurrentObjectives, buildScenarios } from './content/objectives';
import { buildParticipants } from './content/people';
import { buildKeyAccounts, buildRelations, buildStakeholders } from './content/poster';
import { buildAgendaSessions, buildPreparationItems } from './content/preparation';
import { buildAnswers, buildQuestions } from './content/situation';
import { buildWorkshop } from './content/workshop';
import { createExampleContext } from './exampleContext';

/**
 * Builds the example workshop that ships with the app, in English and in Spanish, as backup files.
 * Everything is fixed (ids, timestamps, app info), so building twice gives byte-identical files and
 * a test can hold the committed files to what this code produces.
 */

export const EXAMPLE_LANGUAGES: readonly Language[] = ['en', 'es'];

/** Fixed so the file does not change when the app's version does; the format version is what counts. */
export const EXAMPLE_APP: BackupAppInfo = { name: 'DSRS Studio', version: '0.1.0' };

export const EXAMPLE_EXPORTED_AT = new Date('2026-11-20T17:00:00.000Z');

/** Where the app fetches the example from (relative to the renderer's public folder). */
export function exampleFileName(language: Language): string {
  return `example-${language}.dsrs.json`;
}

export function buildExampleBundle(language: Language): WorkshopBundle {
  const context = createExampleContext(language);
  const records: WorkshopRecords = {
    ...emptyRecords(),
    participants: buildParticipants(context),
    preparationItems: buildPreparationItems(context),
    agendaSessions: buildAgendaSessions(context),
    questions: buildQuestions(context),
    answers: buildAnswers(context),
    currentObjectives: buildCurrentObjectives(context),
    budgetLines: buildBudgetLines(context),
    scenarios: buildScenarios(context),
    findings: buildFindings(context),
    lostDeals: buildLostDeals(context),
    expenseLines: buildExpenseLines(context),
    finalObjectives: buildFinalObjectives(context),
    keyAccounts: buildKeyAccounts(context),
    stakeholders: buildStakeholders(context),
    relations: buildRelations(context),
    ideas: buildIdeas(context),
    clusters: buildClusters(context),
    votes: buildVotes(context),
    initiatives: buildInitiatives(context),
    milestones: buildMilestones(context),
    communicationItems: buildCommunicationItems(context),
    statusUpdates: buildStatusUpdates(context),
    meetings: buildMeetings(context),
    kpis: buildKpis(context),
    measurements: buildMeasurements(context),
  };
  return { workshop: buildWorkshop(context), records };
}

/**
 * The backup file text for one language. It is read back with the app's own parser before it is
 * returned, so a content mistake (a mistyped link key, a text over a limit) stops the build instead
 * of shipping a file the app would refuse.
 */
export function buildExampleBackupText(language: Language): string {
  const bundle = buildExampleBundle(language);
  const linkProblems = validateBundle(bundle);
  if (linkProblems.length > 0) {
    throw new Error(`The ${language} example has broken links: ${JSON.stringify(linkProblems, null, 2)}`);
  }
  const text = serializeBackup(createBackup(bundle, EXAMPLE_APP, EXAMPLE_EXPORTED_AT));
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    throw new Error(`The ${language} example would be refused on import: ${JSON.stringify(parsed.problems, null, 2)}`);
  }
  return text;
}
