// The production build, built and served the way `npm run web` does (vite build + vite preview),
// on a port of the bench's own so it never collides with the browser tests' server on 4173.
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { captureOutput, runToCompletion, spawnInOwnGroup, stopGroup } from './childProcesses';

const E2E_PORT = 4173;
const FIRST_BENCH_PORT = 4180;
const PORTS_TO_TRY = 20;
const STARTUP_TIMEOUT_MS = 30_000;

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

function viteBin(repoRoot: string): string {
  return join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
}

/** `vite build` into `outDir` (absolute), with the project's own vite.config.ts. */
export async function buildRenderer(repoRoot: string, outDir: string): Promise<void> {
  await runToCompletion(process.execPath, [viteBin(repoRoot), 'build', '--outDir', outDir, '--emptyOutDir'], repoRoot);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function findFreePort(): Promise<number> {
  for (let port = FIRST_BENCH_PORT; port < FIRST_BENCH_PORT + PORTS_TO_TRY; port += 1) {
    if (port !== E2E_PORT && (await isPortFree(port))) return port;
  }
  throw new Error(`No free port between ${FIRST_BENCH_PORT} and ${FIRST_BENCH_PORT + PORTS_TO_TRY - 1}`);
}

async function waitUntilServing(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${url} within ${STARTUP_TIMEOUT_MS} ms:\n${output()}`);
}

/** Serves `outDir` with `vite preview --strictPort`; the caller must stop() it, also on failure. */
export async function startPreviewServer(repoRoot: string, outDir: string, port: number): Promise<PreviewServer> {
  const args = [viteBin(repoRoot), 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const server = spawnInOwnGroup(process.execPath, args, repoRoot);
  const output = captureOutput(server);
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(url, server, output.text);
  } catch (error) {
    await stopGroup(server);
    throw error;
  }
  return { url, stop: () => stopGroup(server) };
}
