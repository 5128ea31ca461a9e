// `npm start`: builds the renderer and the Electron shell, then runs the desktop app. Where Electron's
// binary is missing (an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1), it serves the same web
// build with `vite preview` instead, and says so plainly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_PREVIEW_URL = 'http://127.0.0.1:4173/';

export function electronMissingMessage(url) {
  return `Electron's binary is not installed (offline install?). Serving the web build instead at ${url}`;
}

/** The Electron executable, or null when the package is there without its downloaded binary. */
export function findElectronBinary() {
  const require = createRequire(join(projectRoot, 'package.json'));
  try {
    // The electron package exports the executable's path; it throws when the download never happened.
    const executable = require('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** Node's path to vite's command line, so no shell or npx lookup is needed. */
export function viteCommandLine() {
  const require = createRequire(join(projectRoot, 'package.json'));
  return join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
}

/** Runs a child with this terminal, forwards Ctrl+C, and exits with its status. */
export function runAndExitWith(command, args, options = {}) {
  const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', ...options });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function main() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const electron = findElectronBinary();
  if (electron) {
    runAndExitWith(electron, ['.']);
    return;
  }
  console.log(electronMissingMessage(WEB_PREVIEW_URL));
  runAndExitWith(process.execPath, [viteCommandLine(), 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort']);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
