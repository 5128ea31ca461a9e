// `npm run dev`: the Vite dev server, a build of the Electron shell, and Electron showing the dev server
// through app://dsrs/ (main proxies it, so the origin and its IndexedDB are the same as in a build).
// Without Electron's binary, the dev server keeps running for a browser, and this says so.
import { spawnSync } from 'node:child_process';
import { createServer } from 'vite';
import { electronMissingMessage, findElectronBinary, projectRoot, runAndExitWith } from './start.mjs';

const DEV_HOST = '127.0.0.1';
const DEV_PORT = 5173;
const devServerUrl = `http://${DEV_HOST}:${DEV_PORT}`;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const buildShell = spawnSync(npm, ['run', 'build:electron'], { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
if (buildShell.status !== 0) process.exit(buildShell.status ?? 1);

const server = await createServer({
  configFile: `${projectRoot}/vite.config.ts`,
  server: {
    host: DEV_HOST,
    port: DEV_PORT,
    strictPort: true,
    // The page's origin is app://dsrs, so the HMR client must be told where the websocket really is.
    ws: { protocol: 'ws', host: DEV_HOST, clientPort: DEV_PORT },
  },
});
await server.listen();

const electron = findElectronBinary();
if (!electron) {
  console.log(electronMissingMessage(`${devServerUrl}/`));
  server.printUrls();
} else {
  const child = runAndExitWith(electron, ['.'], { env: { ...process.env, DSRS_DEV_SERVER_URL: devServerUrl } });
  child.on('exit', () => void server.close());
}
