import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { createRendererRequestHandler } from './rendererRequestHandler';
import type { RendererSource } from './rendererRequestHandler';

/**
 * Must run before the app's 'ready' event: Chromium fixes scheme privileges at start-up.
 * standard -> real origin (IndexedDB, relative URLs); secure -> treated like https;
 * supportFetchAPI -> the renderer can fetch its own files (examples, fonts).
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer on app://dsrs/ (after 'ready'). */
export function handleAppProtocol(source: RendererSource): void {
  const handler = createRendererRequestHandler(source, {
    readFile: (filePath) => readFile(filePath),
    fetch: (url) => fetch(url),
  });
  protocol.handle(APP_SCHEME, handler);
}
