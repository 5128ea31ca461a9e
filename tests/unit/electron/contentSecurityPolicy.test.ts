import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, inlineScriptHashes } from '../../../electron/main/contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('content security policy', () => {
  const policy = buildContentSecurityPolicy();
  const parsed = directives(policy);

  it('allows only the app itself to run scripts, with no eval and no inline scripts', () => {
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('names no remote origin anywhere', () => {
    expect(policy).not.toMatch(/https?:|wss?:|\*/);
  });

  it('has the directives the design requires', () => {
    expect(Object.fromEntries(parsed)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('in dev adds only the HMR websocket and the hashes of Vite inline scripts', () => {
    const dev = directives(buildContentSecurityPolicy({ devServerOrigin: 'http://127.0.0.1:5173', inlineScriptHashes: ['sha256-abc='] }));
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5173']);
    expect(dev.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
  });
});

describe('inlineScriptHashes', () => {
  it('hashes inline scripts and ignores external ones', () => {
    const inline = 'import { injectIntoGlobalHook } from "/@react-refresh";';
    const html = `<html><head><script type="module">${inline}</script><script type="module" src="/@vite/client"></script></head></html>`;
    const expected = `sha256-${createHash('sha256').update(inline).digest('base64')}`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
  });
});
