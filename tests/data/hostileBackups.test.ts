// Issue 6, item 2: a seeded corpus of 1,000+ hostile backup files fed through the app's own open and
// import path, against a database that already holds a workshop. Run with HOSTILE_SEED=<n> to replay.
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_PROBLEM_CODES,
  canonicalContent,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
  validateBundle,
  type BackupProblem,
} from '../../shared/backup';
import { RECORD_KINDS, RECORD_SCHEMAS, workshopSchema, type WorkshopBundle } from '../../shared/domain';
import { exportBundle } from '../../renderer/data';
import type { DsrsDatabase } from '../../renderer/data';
import { deleteBundle } from '../../renderer/data/repositories/bundleStorage';
import { BACKUP_FILE_FILTERS, importBackupText } from '../../renderer/features/backup/backupActions';
import { createBrowserPlatform } from '../../renderer/platform/browserPlatform';
import { formatBytes } from '../../renderer/app/format';
import { createFilesHandlers } from '../../electron/main/handlers/files';
import { readOpenedBackupFile } from '../../electron/main/openedBackupFile';
import { buildCompleteBundle } from '../unit/shared/fixtures/bundleBuilder';
import { hasMessage, loadAppCatalogues, messageFault, MESSAGE_LANGUAGES, translatorFor } from './corpus/catalogueMessages';
import type { HostileBackupFile } from './corpus/backupCorpusTypes';
import { canonicalDatabaseDump, isPrototypePolluted, prototypeSnapshot } from './corpus/databaseDump';
import { generateHostileBackups } from './corpus/hostileBackupCorpus';
import { corpusSeed } from './corpus/seededRandom';
import { storeBundleAsIs, useFreshDatabase } from './dataTestHarness';

// What the user would see: the rejection panel and toasts are captured instead of drawn, and
// navigation (which needs a window) does nothing.
const shown = vi.hoisted(() => ({ rejections: [] as { fileName: string; lines: string[] }[], toasts: [] as { tone: string; message: string }[] }));
vi.mock('../../renderer/features/backup/rejectionStore', () => ({
  showBackupRejection: (rejection: { fileName: string; lines: string[] } | null) => {
    if (rejection) shown.rejections.push(rejection);
  },
}));
vi.mock('../../renderer/components/toastStore', () => ({
  showToast: (toast: { tone: string; message: string }) => {
    shown.toasts.push(toast);
    return shown.toasts.length;
  },
}));
vi.mock('../../renderer/app/router', () => ({ navigate: () => undefined }));

const DEFAULT_SEED = 20260601;
const APP = { name: 'DSRS Studio', version: 'corpus' };
const EXPORTED_AT = new Date('2026-06-01T10:00:00.000Z');
const USER_VISIBLE_CODES = new Set<string>(BACKUP_PROBLEM_CODES.filter((code) => code !== 'upgraded'));
// importBackupText shows this many problems; the rest stay in the typed result.
const PROBLEMS_SHOWN = 8;

const getDatabase = useFreshDatabase();

beforeAll(async () => {
  await loadAppCatalogues('en');
});

/** A File as the browser's picker gives it, opened by the same platform code the app uses. */
function pickerFor(file: File) {
  return createBrowserPlatform({ download: () => undefined, pickFile: async () => file });
}

async function seedDatabase(database: DsrsDatabase): Promise<string> {
  const stored = buildCompleteBundle();
  await storeBundleAsIs(database, stored);
  return serializeBackup(createBackup(await exportBundle(stored.workshop.id), APP, EXPORTED_AT));
}

interface FileOutcome {
  file: HostileBackupFile;
  result: 'rejected' | 'imported' | 'crashed';
  codes: string[];
  faults: string[];
  milliseconds: number;
}

/** Every reason the rejection of `file` falls short: codes, expected code, and the messages shown. */
function rejectionFaults(file: HostileBackupFile, problems: readonly BackupProblem[]): string[] {
  const faults: string[] = [];
  if (file.expect.outcome === 'import') faults.push('a valid file was refused');
  const expectedCode = file.expect.outcome === 'reject' ? file.expect.code : undefined;
  if (expectedCode && !problems.some((problem) => problem.code === expectedCode)) faults.push(`expected a ${expectedCode} problem`);
  if (problems.length === 0) faults.push('refused without a reason');
  const panels = shown.rejections;
  if (panels.length !== 1 || panels[0]?.fileName !== file.name) faults.push(`expected one rejection panel for the file, got ${panels.length}`);
  const lines = panels[0]?.lines ?? [];
  if (lines.length !== Math.min(problems.length, PROBLEMS_SHOWN)) faults.push(`panel shows ${lines.length} lines for ${problems.length} problems`);
  problems.forEach((problem, index) => {
    if (!USER_VISIBLE_CODES.has(problem.code)) faults.push(`unknown problem code ${problem.code}`);
    for (const language of MESSAGE_LANGUAGES) {
      if (!hasMessage(`backup.problems.${problem.code}`, language)) faults.push(`no ${language} message for ${problem.code}`);
      const text = translatorFor(language)(`backup.problems.${problem.code}`);
      const fault = messageFault(text);
      if (fault) faults.push(`${language} message for ${problem.code} ${fault}`);
    }
    const line = lines[index];
    if (index >= PROBLEMS_SHOWN || line === undefined) return;
    const fault = messageFault(line, [problem.path]);
    if (fault) faults.push(`line "${line}" ${fault}`);
    // Where in the file: the line names the place, so the user (or support) can find it.
    if (problem.path !== '' && !line.includes(problem.path)) faults.push(`line "${line}" does not name ${problem.path}`);
  });
  return faults;
}

/** Every reason an imported workshop falls short: schemas, links, and the file's content kept exactly. */
async function importFaults(file: HostileBackupFile, workshopId: string, text: string, storedIds: ReadonlySet<string>): Promise<string[]> {
  const faults: string[] = [];
  if (file.expect.outcome === 'reject') faults.push('an invalid file was imported');
  const imported = await exportBundle(workshopId);
  if (!workshopSchema.safeParse(imported.workshop).success) faults.push('the stored workshop fails its schema');
  for (const kind of RECORD_KINDS) {
    const schema = RECORD_SCHEMAS[kind];
    imported.records[kind].forEach((record, index) => {
      if (!schema.safeParse(record).success) faults.push(`stored ${kind}[${index}] fails its schema`);
      if (storedIds.has(record.id)) faults.push(`stored ${kind}[${index}] reuses an id of the existing workshop`);
    });
  }
  const linkProblems = validateBundle(imported);
  if (linkProblems.length > 0) faults.push(`stored links do not resolve: ${JSON.stringify(linkProblems.slice(0, 3))}`);
  // The file's own content, read without the app's parser: every text and number must be as written.
  const fromFile = JSON.parse(text.replace(/^\uFEFF/, '')) as { workshop: WorkshopBundle['workshop']; records: WorkshopBundle['records'] };
  if (!isDeepStrictEqual(canonicalContent(imported), canonicalContent({ workshop: fromFile.workshop, records: fromFile.records }))) {
    faults.push('the stored content differs from the file');
  }
  return faults;
}

async function runFile(database: DsrsDatabase, file: HostileBackupFile, baseline: string, prototypes: string, storedIds: ReadonlySet<string>): Promise<FileOutcome> {
  shown.rejections.length = 0;
  shown.toasts.length = 0;
  const started = performance.now();
  const outcome: FileOutcome = { file, result: 'crashed', codes: [], faults: [], milliseconds: 0 };
  try {
    const opened = await pickerFor(new File([file.bytes], file.name)).openTextFile({ filters: BACKUP_FILE_FILTERS, maxBytes: MAX_BACKUP_BYTES });
    if (opened.status !== 'opened') throw new Error(`the platform did not open the file: ${JSON.stringify(opened)}`);
    // The typed answer, for the expected codes and the summary; the import below parses again itself.
    const typed = parseBackup(opened.text);
    const workshop = await importBackupText(opened.text, file.name);
    if (workshop === null) {
      outcome.result = 'rejected';
      if (typed.ok) outcome.faults.push(`valid file refused at write time: ${JSON.stringify(shown.toasts)}`);
      else {
        outcome.codes = [...new Set(typed.problems.map((problem) => problem.code))];
        outcome.faults.push(...rejectionFaults(file, typed.problems));
      }
    } else {
      outcome.result = 'imported';
      outcome.faults.push(...(await importFaults(file, workshop.id, opened.text, storedIds)));
      await database.transaction('rw', database.allTables(), async () => deleteBundle(database, workshop.id));
    }
    if (shown.toasts.some((toast) => toast.tone === 'error')) outcome.faults.push(`error toast: ${JSON.stringify(shown.toasts)}`);
    // After a refusal nothing may have changed; after an import, removing the new workshop restores it.
    if ((await canonicalDatabaseDump(database)) !== baseline) outcome.faults.push(`the database changed after the file was ${outcome.result}`);
  } catch (error) {
    outcome.result = 'crashed';
    outcome.faults.push(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  if (isPrototypePolluted() || prototypeSnapshot() !== prototypes) outcome.faults.push('a built-in prototype changed');
  outcome.milliseconds = performance.now() - started;
  return outcome;
}

function printSummary(seed: number, outcomes: readonly FileOutcome[], freeTextFields: number, milliseconds: number): void {
  const rows = new Map<string, { rejected: number; imported: number; crashed: number }>();
  const codes = new Map<string, number>();
  for (const outcome of outcomes) {
    const key = `${outcome.file.family}/${outcome.file.category}`;
    const row = rows.get(key) ?? { rejected: 0, imported: 0, crashed: 0 };
    row[outcome.result] += 1;
    rows.set(key, row);
    for (const code of outcome.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  const count = (result: FileOutcome['result']) => outcomes.filter((outcome) => outcome.result === result).length;
  const slowest = [...outcomes].sort((left, right) => right.milliseconds - left.milliseconds)[0];
  const lines = [
    `Hostile backup corpus: seed ${seed} (replay with HOSTILE_SEED=${seed}), ${outcomes.length} files, ${freeTextFields} free-text fields filled in each hostile-text file`,
    `  ${count('rejected')} rejected, ${count('imported')} imported, ${count('crashed')} crashed, ${outcomes.filter((outcome) => outcome.faults.length > 0).length} with faults, ${(milliseconds / 1000).toFixed(1)} s`,
    `  slowest: ${slowest?.file.name ?? '-'} ${slowest ? slowest.milliseconds.toFixed(0) : 0} ms`,
    '  category                            rejected imported crashed',
    ...[...rows].map(([key, row]) => `  ${key.padEnd(36)}${String(row.rejected).padStart(8)}${String(row.imported).padStart(9)}${String(row.crashed).padStart(8)}`),
    `  problem codes (files): ${[...codes].map(([code, files]) => `${code} ${files}`).join(', ')}`,
  ];
  console.log(lines.join('\n'));
}

describe('hostile backup corpus', () => {
  it('refuses every damaged file with a clear reason and the database untouched, and imports every valid one exactly', async () => {
    const database = getDatabase();
    const baseText = await seedDatabase(database);
    const seed = corpusSeed(DEFAULT_SEED);
    const started = performance.now();
    const corpus = generateHostileBackups(baseText, seed);
    expect(corpus.files.length).toBeGreaterThanOrEqual(1000);
    expect(corpus.freeTextFieldCount).toBeGreaterThan(50);

    const baseline = await canonicalDatabaseDump(database);
    const prototypes = prototypeSnapshot();
    const storedIds = new Set(baseline.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []);
    const outcomes: FileOutcome[] = [];
    for (const file of corpus.files) outcomes.push(await runFile(database, file, baseline, prototypes, storedIds));
    printSummary(seed, outcomes, corpus.freeTextFieldCount, performance.now() - started);

    const faults = outcomes.filter((outcome) => outcome.faults.length > 0).map((outcome) => `${outcome.file.name} (${outcome.result}): ${outcome.faults.slice(0, 3).join('; ')}`);
    expect(faults.slice(0, 25), `${faults.length} files with faults`).toEqual([]);
    // Every family really exercised both sides where it should.
    expect(outcomes.filter((outcome) => outcome.file.category === 'hostile-text' && outcome.result === 'imported')).toHaveLength(outcomes.filter((outcome) => outcome.file.category === 'hostile-text').length);
    expect(outcomes.filter((outcome) => outcome.result === 'crashed')).toEqual([]);
  }, 120_000);

  it('refuses a 60 MB file by its size, before reading or parsing it, wherever it comes from', async () => {
    const database = getDatabase();
    const baseText = await seedDatabase(database);
    const baseline = await canonicalDatabaseDump(database);
    const sixtyMegabytes = 60 * 1024 * 1024;
    // A real backup whose notes make it 60 MB: valid JSON, so only the size can refuse it.
    const envelope = JSON.parse(baseText) as { workshop: { notes: string } };
    envelope.workshop.notes = 'x'.repeat(sixtyMegabytes);
    const hugeText = JSON.stringify(envelope);
    const hugeFile = new File([hugeText], 'huge.dsrs.json');
    expect(hugeFile.size).toBeGreaterThanOrEqual(sixtyMegabytes);

    // 1. Open from disk (openBackupFromDisk): the platform refuses by the file's size and never reads it.
    const readText = vi.spyOn(hugeFile, 'text');
    let started = performance.now();
    const opened = await pickerFor(hugeFile).openTextFile({ filters: BACKUP_FILE_FILTERS, maxBytes: MAX_BACKUP_BYTES });
    const platformMilliseconds = performance.now() - started;
    expect(opened).toEqual({ status: 'too_large', name: 'huge.dsrs.json', bytes: hugeFile.size });
    expect(readText).not.toHaveBeenCalled();
    for (const language of MESSAGE_LANGUAGES) {
      const message = translatorFor(language)('backup.tooLarge', { size: formatBytes(hugeFile.size, language) });
      expect(messageFault(message), `${language}: ${message}`).toBeNull();
      expect(message).toMatch(/\b60\b/);
    }

    // 2. Text that arrives already read (a file the operating system opened, the example): parseBackup
    // refuses it by length alone, without scanning it.
    shown.rejections.length = 0;
    started = performance.now();
    expect(await importBackupText(hugeText, 'huge.dsrs.json')).toBeNull();
    const parseMilliseconds = performance.now() - started;
    expect(shown.rejections).toEqual([{ fileName: 'huge.dsrs.json', lines: [translatorFor('en')('backup.problems.too_large')] }]);
    const typed = parseBackup(hugeText);
    expect(typed.ok === false && typed.problems.map((problem) => problem.code)).toEqual(['too_large']);

    // 3. The desktop shell: its open dialog and the files the operating system hands it check the
    // size with stat and never read the file.
    const readFile = vi.fn(async () => hugeText);
    const fileSystem = { stat: async () => ({ size: hugeFile.size, isFile: () => true }), readFile, writeFile: async () => undefined };
    const dialogs = {
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/user/huge.dsrs.json'] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    };
    const desktop = await createFilesHandlers({ dialogs, fileSystem, defaultDirectory: () => '/home/user' })['files:open-text'](
      { filters: BACKUP_FILE_FILTERS, maxBytes: MAX_BACKUP_BYTES },
      { senderWindow: null },
    );
    expect(desktop).toEqual({ status: 'too_large', name: 'huge.dsrs.json', bytes: hugeFile.size });
    expect((await readOpenedBackupFile('/home/user/huge.dsrs.json', fileSystem)).status).toBe('failed');
    expect(readFile).not.toHaveBeenCalled();

    expect(await canonicalDatabaseDump(database)).toBe(baseline);
    console.log(`60 MB file: platform refused it in ${platformMilliseconds.toFixed(1)} ms without reading it; the import path refused its text in ${parseMilliseconds.toFixed(1)} ms`);
    expect(platformMilliseconds).toBeLessThan(100);
    expect(parseMilliseconds).toBeLessThan(100);
  }, 60_000);

  // Updating the app cannot help with a damaged or too-old version: only a newer file says so.
  it('does not tell the user to update the app when the version is damaged or too old', async () => {
    const database = getDatabase();
    const baseText = await seedDatabase(database);
    for (const version of ['null', '-1', '0', '1.5', '"1"']) {
      shown.rejections.length = 0;
      const text = baseText.replace('"version": 1,', `"version": ${version},`);
      expect(await importBackupText(text, 'old.dsrs.json')).toBeNull();
      const lines = shown.rejections.flatMap((rejection) => rejection.lines).join(' ');
      expect(lines, `version ${version}`).not.toMatch(/newer|update the app/i);
    }
  });
});
