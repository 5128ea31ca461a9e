// Prints one closing line for the whole suite, "N passed, N failed", from the JSON reports that
// Vitest and Playwright wrote during `npm test`, so CI sees every test counted in one place.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const vitest = read('out/test-results/vitest.json');
const playwright = read('out/test-results/playwright.json');
if (!vitest || !playwright) {
  console.error('test summary: a test report is missing (did a test stage not run?)');
  process.exit(1);
}
const passed = vitest.numPassedTests + (playwright.stats?.expected ?? 0);
const failed = vitest.numFailedTests + (playwright.stats?.unexpected ?? 0) + (playwright.stats?.flaky ?? 0);
const skipped = (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0) + (playwright.stats?.skipped ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
