// Figure 4: what every start downloads and parses before the first screen: the entry script, the
// chunks it preloads and its style sheets, gzipped. Lazy chunks are left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '../report';

/** Attribute values of the tags index.html loads directly. */
const ENTRY_ASSET_PATTERNS = [
  /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g,
  /<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g,
];

/** Relative asset paths (e.g. ./assets/index-abc.js) of the entry script(s) and their direct assets. */
export function entryAssetPaths(indexHtml: string): string[] {
  const paths = new Set<string>();
  for (const pattern of ENTRY_ASSET_PATTERNS) {
    for (const match of indexHtml.matchAll(pattern)) {
      const path = match[1];
      if (path !== undefined && /\.(?:m?js|css)$/.test(path)) paths.add(path);
    }
  }
  return [...paths];
}

/** KB as vite's build report counts them (1 KB = 1,000 bytes), so the two figures agree. */
export function measureEntryBundleSize(outDir: string): Figure & { assets: string[] } {
  const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  const assets = entryAssetPaths(indexHtml);
  if (!assets.some((path) => path.endsWith('.js'))) throw new Error('index.html loads no entry script');
  const gzippedBytes = assets.reduce((total, path) => total + gzipSync(readFileSync(join(outDir, path))).length, 0);
  return { figure: 'Entry bundle (JS + CSS loaded by index.html), gzipped', value: gzippedBytes / 1000, unit: 'KB', goal: 250, assets };
}
