import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildContentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';
import { createRendererRequestHandler, resolveRendererFile } from '../../../electron/main/rendererRequestHandler';

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'dsrs-protocol-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>DSRS</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'woff2');
  writeFileSync(outside, 'top secret');
});

function fileHandler() {
  return createRendererRequestHandler({ kind: 'files', root }, { readFile: (path) => readFile(path), fetch: vi.fn() });
}

const get = (url: string) => new Request(url);

describe('resolveRendererFile', () => {
  it('maps paths inside the root and the root itself to index.html', () => {
    expect(resolveRendererFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it('refuses anything that would leave the root', () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..\\secret.txt', '/a%00.js', '/%E0%A4%A']) {
      const resolved = resolveRendererFile(root, path);
      if (resolved !== null) expect(resolved.startsWith(root), path).toBe(true);
      expect(resolved === outside, path).toBe(false);
    }
    expect(resolveRendererFile(root, '/..%2fsecret.txt')).toBeNull();
    expect(resolveRendererFile(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('app:// file handler', () => {
  it('serves files with their MIME type and the strict CSP', async () => {
    const handle = fileHandler();
    const cases: [string, string][] = [
      ['app://dsrs/', 'text/html; charset=utf-8'],
      ['app://dsrs/index.html', 'text/html; charset=utf-8'],
      ['app://dsrs/assets/app.js', 'text/javascript; charset=utf-8'],
      ['app://dsrs/assets/app.css', 'text/css; charset=utf-8'],
      ['app://dsrs/assets/logo.svg', 'image/svg+xml'],
      ['app://dsrs/assets/font.woff2', 'font/woff2'],
    ];
    for (const [url, type] of cases) {
      const response = await handle(get(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(buildContentSecurityPolicy());
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await handle(get('app://dsrs/assets/app.js'))).text()).toBe('console.log(1)');
  });

  it('never serves a file outside the renderer folder, and still sends the CSP', async () => {
    const handle = fileHandler();
    for (const url of ['app://dsrs/..%2fsecret.txt', 'app://dsrs/assets/..%2f..%2fsecret.txt', 'app://dsrs/../secret.txt']) {
      const response = await handle(get(url));
      expect(await response.text(), url).not.toContain('top secret');
      expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    }
  });

  it('answers a missing asset with 404 and a client-side route with index.html', async () => {
    const handle = fileHandler();
    const missing = await handle(get('app://dsrs/assets/missing.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    const route = await handle(get('app://dsrs/workshops/123'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>DSRS</title>');
  });

  it('refuses other hosts and methods other than GET/HEAD', async () => {
    const handle = fileHandler();
    expect((await handle(get('app://other/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://dsrs/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('app:// dev proxy', () => {
  it('proxies to the dev server, keeping the app origin, and allows only the HMR socket extra', async () => {
    const html = '<html><script type="module">window.__preamble = 1</script><script type="module" src="/@vite/client"></script></html>';
    const fetch = vi.fn(async (url: string) =>
      !url.includes('/src/') ? new Response(html, { headers: { 'content-type': 'text/html' } }) : new Response('export {}', { headers: { 'content-type': 'text/javascript' } }),
    );
    const handle = createRendererRequestHandler({ kind: 'dev-server', origin: 'http://127.0.0.1:5173' }, { readFile: vi.fn(), fetch });

    const page = await handle(get('app://dsrs/?x=1'));
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:5173/?x=1');
    expect(await page.text()).toBe(html);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:5173");
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(policy).not.toContain('unsafe-eval');

    const script = await handle(get('app://dsrs/src/main.tsx'));
    expect(script.headers.get('content-type')).toBe('text/javascript');
    expect(script.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it('explains an unreachable dev server instead of failing silently', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handle = createRendererRequestHandler(
      { kind: 'dev-server', origin: 'http://127.0.0.1:5173' },
      { readFile: vi.fn(), fetch: () => Promise.reject(new Error('ECONNREFUSED')) },
    );
    const response = await handle(get('app://dsrs/'));
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('127.0.0.1:5173');
  });
});
