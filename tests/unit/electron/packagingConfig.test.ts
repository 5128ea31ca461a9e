import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Guards the security-relevant parts of build/electron-builder.yml: the Electron fuses flipped in the
 * packaged binary, and what goes into the package. Read as plain text (a top-level key and its indented
 * lines), so no YAML library is needed for these two simple blocks.
 */

const CONFIG_PATH = join(__dirname, '..', '..', '..', 'build', 'electron-builder.yml');

function topLevelBlock(yaml: string, key: string): string[] {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${key}:`);
  if (start < 0) return [];
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!line.startsWith(' ')) break;
    block.push(line.trim());
  }
  return block;
}

function fuses(yaml: string): Record<string, string> {
  return Object.fromEntries(
    topLevelBlock(yaml, 'electronFuses').map((line) => {
      const [name = '', value = ''] = line.split(':').map((part) => part.trim());
      return [name, value];
    }),
  );
}

describe('packaging configuration', () => {
  const yaml = readFileSync(CONFIG_PATH, 'utf8');

  it('flips every security fuse', () => {
    expect(fuses(yaml)).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    expect(yaml).toMatch(/^asar: true$/m);
  });

  it('packages the built renderer and the compiled shell (which carries the menu catalogues), nothing else', () => {
    const files = topLevelBlock(yaml, 'files').map((line) => line.replace(/^-\s*/, '').replace(/^"|"$/g, ''));
    expect(files).toEqual(expect.arrayContaining(['dist/**', 'dist-electron/**', 'package.json']));
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toHaveLength(3);
  });
});
