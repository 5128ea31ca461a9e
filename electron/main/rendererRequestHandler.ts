import { isAbsolute, join, relative, resolve } from 'node:path';
import { APP_HOST } from './appOrigin';
import { buildContentSecurityPolicy, inlineScriptHashes } from './contentSecurityPolicy';
import { mimeTypeFor } from './mimeTypes';

/**
 * Answers app://dsrs/ requests. In a build it serves the files of dist/renderer; in dev it proxies the
 * Vite dev server, so the page's origin (and so its IndexedDB) is app://dsrs in every build.
 */

export type RendererSource = { kind: 'files'; root: string } | { kind: 'dev-server'; origin: string };

export interface RendererRequestDeps {
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
  fetch(url: string): Promise<Response>;
}

export type RendererRequestHandler = (request: Request) => Promise<Response>;

const INDEX_FILE = 'index.html';

/**
 * Maps a URL path to a file under root, or null when the path would leave root (../, encoded
 * separators, absolute paths, NUL bytes) or cannot be decoded.
 */
export function resolveRendererFile(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rootPath = resolve(root);
  const candidate = resolve(join(rootPath, decoded));
  const inside = relative(rootPath, candidate);
  if (inside.startsWith('..') || isAbsolute(inside)) return null;
  return inside === '' ? join(rootPath, INDEX_FILE) : candidate;
}

function securityHeaders(contentSecurityPolicy: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function plainResponse(status: number, message: string, contentSecurityPolicy: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(contentSecurityPolicy) },
  });
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** A path without a file extension is a client-side route: answer it with the app's index.html. */
function looksLikeRoute(filePath: string): boolean {
  const lastSegment = filePath.split(/[\\/]/).pop() ?? '';
  return !lastSegment.includes('.');
}

function createFileHandler(root: string, deps: RendererRequestDeps): RendererRequestHandler {
  const policy = buildContentSecurityPolicy();
  const serve = async (filePath: string): Promise<Response> =>
    new Response(await deps.readFile(filePath), {
      status: 200,
      headers: { 'Content-Type': mimeTypeFor(filePath), ...securityHeaders(policy) },
    });

  return async (request) => {
    const filePath = resolveRendererFile(root, new URL(request.url).pathname);
    if (filePath === null) return plainResponse(404, 'Not found', policy);
    try {
      return await serve(filePath);
    } catch (error) {
      const code = errorCode(error);
      if ((code === 'ENOENT' || code === 'EISDIR') && looksLikeRoute(filePath)) {
        return serve(join(resolve(root), INDEX_FILE));
      }
      if (code === 'ENOENT' || code === 'EISDIR') return plainResponse(404, 'Not found', policy);
      console.error('[app protocol] could not read', filePath, error);
      return plainResponse(500, 'Could not read the file', policy);
    }
  };
}

function createDevServerHandler(origin: string, deps: RendererRequestDeps): RendererRequestHandler {
  const basePolicy = buildContentSecurityPolicy({ devServerOrigin: origin });
  return async (request) => {
    const url = new URL(request.url);
    let upstream: Response;
    try {
      upstream = await deps.fetch(`${origin}${url.pathname}${url.search}`);
    } catch (error) {
      console.error('[app protocol] dev server unreachable', error);
      return plainResponse(502, `The Vite dev server at ${origin} is not reachable.`, basePolicy);
    }
    const contentType = upstream.headers.get('content-type') ?? mimeTypeFor(url.pathname);
    const body = new Uint8Array(await upstream.arrayBuffer());
    const policy = contentType.startsWith('text/html')
      ? buildContentSecurityPolicy({ devServerOrigin: origin, inlineScriptHashes: inlineScriptHashes(new TextDecoder().decode(body)) })
      : basePolicy;
    return new Response(body, {
      status: upstream.status,
      headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...securityHeaders(policy) },
    });
  };
}

export function createRendererRequestHandler(source: RendererSource, deps: RendererRequestDeps): RendererRequestHandler {
  const handle = source.kind === 'files' ? createFileHandler(source.root, deps) : createDevServerHandler(source.origin, deps);
  const refusalPolicy = buildContentSecurityPolicy();
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed', refusalPolicy);
    }
    if (new URL(request.url).host !== APP_HOST) return plainResponse(404, 'Not found', refusalPolicy);
    return handle(request);
  };
}
