// Prints one closing line for the whole suite, "N passed, N failed", from the JSON reports that
// Vitest and the two Playwright runs (browser tests and proofs) wrote during `npm test`, so CI sees every test counted in one place.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const vitest = read('out/test-results/vitest.json');
const playwright = read('out/test-results/playwright.json');
const proof = read('out/test-results/proof.json');
if (!vitest || !playwright || !proof) {
  console.error('test summary: a test report is missing (did a test stage not run?)');
  process.exit(1);
}
const browserRuns = [playwright, proof];
const sum = (field) => browserRuns.reduce((total, report) => total + (report.stats?.[field] ?? 0), 0);
// A flaky test failed once and passed on its retry: it counts as passed and is named below.
const passed = vitest.numPassedTests + sum('expected') + sum('flaky');
const failed = vitest.numFailedTests + sum('unexpected');
const skipped = (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0) + sum('skipped');
if (sum('flaky') > 0) console.log(`${sum('flaky')} browser test(s) passed only on their retry (marked flaky in the list above).`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
