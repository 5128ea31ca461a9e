import { describe, expect, it } from 'vitest';
import { buildSecureWebPreferences } from '../../../electron/main/webPreferences';

describe('buildSecureWebPreferences', () => {
  it('isolates and sandboxes the renderer with no Node.js anywhere', () => {
    const preferences = buildSecureWebPreferences('/app/dist-electron/preload/index.js');
    expect(preferences).toMatchObject({
      preload: '/app/dist-electron/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('turns on nothing that loosens security', () => {
    const preferences = buildSecureWebPreferences('/p.js');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('contextIsolation', false);
    expect(preferences).not.toHaveProperty('additionalArguments');
    expect(preferences.webSecurity).not.toBe(false);
  });
});
