import type { WebPreferences } from 'electron';

/**
 * The one place that decides how the app's window runs web content. The renderer is an ordinary web
 * page with no Node.js: it reaches the system only through the typed bridge the preload exposes.
 */
export function buildSecureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // No auxclick (middle-click) events: they are how a link would try to open a new window.
    disableBlinkFeatures: 'Auxclick',
    // Offline app: Chromium's spellchecker would try to download dictionaries.
    spellcheck: false,
  };
}
