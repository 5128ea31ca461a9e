// `npm run bench`: builds the production renderer, serves it, drives Chromium and prints figures.
// Figures are information, not tests: a MISS never fails the run, only a crash of the bench does.
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { BENCH_RECORD_COUNT, buildBenchBackupText } from './benchData';
import { launchBenchBrowser, openAppWithBenchHooks } from './browser';
import { stopAllGroups } from './childProcesses';
import { measureBackupExport } from './figures/backupExport';
import { measureBackupImport } from './figures/backupImport';
import { measureEditWithManyRecords } from './figures/editWithManyRecords';
import { measureEntryBundleSize } from './figures/entryBundleSize';
import { measureLibraryInteractive } from './figures/libraryInteractive';
import { seedWorkshop } from './figures/seededWorkshop';
import { measureIdeaBoard } from './ideasBoard';
import { measureRoadmapPdf } from './pdfRoadmap';
import { buildRenderer, findFreePort, startPreviewServer, type PreviewServer } from './previewServer';
import { measureRoadmapOpen } from './roadmapOpen';
import { describeMachine, formatMachine, formatTable, writeResultsJson, type Figure } from './report';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
// Its own build folder, so the bench never empties dist/renderer under a running browser test.
const BUILD_DIR = join(REPO_ROOT, 'out', 'bench', 'renderer');
const RESULTS_PATH = join(REPO_ROOT, 'out', 'bench', 'results.json');

let server: PreviewServer | null = null;
let browser: Browser | null = null;
let cleaning: Promise<void> | null = null;
let interrupted = false;

/**
 * Idempotent: Ctrl+C may be followed by a SIGTERM from npm, and every caller must wait for the same
 * shutdown rather than exit while the server is still being stopped.
 */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    // Also a build, or a server whose start was interrupted.
    await stopAllGroups();
  })();
  return cleaning;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

interface DataFigures {
  edit: Figure[];
  backupImport: Figure[];
  backupExport: Figure;
}

async function measureDataFigures(activeBrowser: Browser, url: string): Promise<DataFigures> {
  const seededApp = await openAppWithBenchHooks(activeBrowser, url);
  let editFigures: Figure[];
  let exportFigure: Figure;
  try {
    log(`seeding ${BENCH_RECORD_COUNT} records…`);
    const seeded = await seedWorkshop(seededApp.page, BENCH_RECORD_COUNT);
    log(`seeded in ${Math.round(seeded.seedMs)} ms; timing edits…`);
    editFigures = await measureEditWithManyRecords(seededApp.page, seeded, BENCH_RECORD_COUNT);
    log('timing backup export…');
    exportFigure = await measureBackupExport(seededApp.page, seeded.workshopId, BENCH_RECORD_COUNT);
  } finally {
    await seededApp.context.close();
  }

  log('timing backup import…');
  const backupText = buildBenchBackupText(BENCH_RECORD_COUNT);
  // A separate, empty app: the import is timed without the seeded workshop's garbage around it.
  const importApp = await openAppWithBenchHooks(activeBrowser, url);
  try {
    const importFigures = await measureBackupImport(importApp.page, backupText, BENCH_RECORD_COUNT);
    return { edit: editFigures, backupImport: importFigures, backupExport: exportFigure };
  } finally {
    await importApp.context.close();
  }
}

async function main(): Promise<void> {
  const measuredAt = new Date();
  log('building the production renderer…');
  await buildRenderer(REPO_ROOT, BUILD_DIR);
  const bundleFigure = measureEntryBundleSize(BUILD_DIR);

  const port = await findFreePort();
  server = await startPreviewServer(REPO_ROOT, BUILD_DIR, port);
  log(`serving on ${server.url}`);
  browser = await launchBenchBrowser();
  const machine = describeMachine(browser.version());
  console.log(formatMachine(machine));
  console.log('');

  log('timing cold loads…');
  const loadFigure = await measureLibraryInteractive(browser, server.url);
  const data = await measureDataFigures(browser, server.url);
  log('timing the roadmap PDF…');
  const pdfFigures = measureRoadmapPdf();
  log('timing the roadmap screen…');
  const roadmapFigures = await measureRoadmapOpen(browser, server.url);
  log('timing the idea board…');
  const ideaFigures = await measureIdeaBoard(browser, server.url);
  const figures = [loadFigure, ...data.edit, ...data.backupImport, bundleFigure, data.backupExport, ...pdfFigures, ...roadmapFigures, ...ideaFigures];

  console.log(formatTable(figures));
  writeResultsJson(RESULTS_PATH, machine, figures, measuredAt);
  console.log('');
  console.log(`Written to ${RESULTS_PATH}`);
}

// Ctrl+C or a killed parent must not leave Chromium or an open port behind. The same signal may
// arrive twice (from the terminal to the whole group, and relayed by npm), so later ones wait for
// the shutdown already under way instead of killing the bench halfway through it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the server and the browser`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    // After Ctrl+C the browser closes under a running step; that is not a crash worth a stack trace.
    if (!interrupted) console.error('[bench] crashed:', error);
    await cleanUp();
    process.exitCode = 1;
  });
