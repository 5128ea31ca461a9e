import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config';

/**
 * The data-safety proofs (npm run test:proof): the crash test, the killed upgrade and two tabs.
 * They drive the production build in Debian's Chromium like the browser tests, but launch and kill
 * Chromium themselves where a proof needs to own the process, so they have their own runner.
 * The build goes to its own folder and is served on its own port, so the proofs never serve files
 * another build is rewriting, nor collide with the browser tests' server.
 */
const port = Number(process.env.PROOF_PORT ?? 4391);
const outDir = resolve(__dirname, '../../out/proof/renderer');
const vite = 'node node_modules/vite/bin/vite.js';
// PROOF_SKIP_BUILD=1 serves the build already in out/proof/renderer (to replay a seed quickly).
const build = process.env.PROOF_SKIP_BUILD === '1' ? '' : `${vite} build --outDir ${outDir} --emptyOutDir --logLevel warn && `;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.proof.ts',
  outputDir: resolve(__dirname, '../../out/proof/test-results'),
  fullyParallel: false,
  // The crash test runs alone on one worker; the shorter proofs share the other.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: resolve(__dirname, '../../out/test-results/proof.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    trace: 'off',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `${build}${vite} preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: resolve(__dirname, '../..'),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
