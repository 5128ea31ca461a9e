import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy sent with every app:// response. Everything comes from the app itself;
 * nothing may be loaded from, or sent to, anywhere else.
 */

export interface ContentSecurityPolicyOptions {
  /** Dev only: the Vite dev server whose HMR websocket the page must reach. */
  devServerOrigin?: string;
  /** Dev only: hashes of the inline scripts Vite injects into index.html (React Refresh preamble). */
  inlineScriptHashes?: readonly string[];
}

export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const scriptSources = ["'self'", ...(options.inlineScriptHashes ?? []).map((hash) => `'${hash}'`)];
  const connectSources = ["'self'"];
  if (options.devServerOrigin) {
    const websocketOrigin = options.devServerOrigin.replace(/^http/, 'ws');
    connectSources.push(websocketOrigin);
  }
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scriptSources],
    // 'unsafe-inline' for styles only: React Flow positions nodes and edges with inline style attributes,
    // and React's `style` prop writes them too. Inline styles cannot run code; scripts stay 'self'.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connectSources],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * CSP hashes ('sha256-...') of the inline <script> elements of an HTML page. Used in dev only, so the
 * dev page runs under the same script-src 'self' rule as production plus exactly Vite's own preamble,
 * instead of a blanket 'unsafe-inline'.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (const match of html.matchAll(scriptPattern)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}
