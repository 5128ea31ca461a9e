import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devServerOrigin, preloadScriptPath, rendererRootPath } from '../../../electron/main/appPaths';

describe('app paths', () => {
  it('finds the renderer build and the bundled preload inside the app', () => {
    expect(rendererRootPath('/app')).toBe(join('/app', 'dist', 'renderer'));
    expect(preloadScriptPath('/app')).toBe(join('/app', 'dist-electron', 'preload', 'index.js'));
  });

  it('uses a dev server only when unpackaged and only on loopback http', () => {
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', true)).toBeNull();
    expect(devServerOrigin('https://example.com', false)).toBeNull();
    expect(devServerOrigin('http://192.168.1.5:5173', false)).toBeNull();
    expect(devServerOrigin('not a url', false)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
  });
});
