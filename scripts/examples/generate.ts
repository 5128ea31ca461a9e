// Writes the example workshop files the app ships with: `npm run examples`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExampleBackupText, EXAMPLE_LANGUAGES, exampleFileName } from './buildExample';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLES_DIRECTORY = join(repositoryRoot, 'renderer', 'public', 'examples');

mkdirSync(EXAMPLES_DIRECTORY, { recursive: true });
for (const language of EXAMPLE_LANGUAGES) {
  const path = join(EXAMPLES_DIRECTORY, exampleFileName(language));
  const text = buildExampleBackupText(language);
  writeFileSync(path, text, 'utf8');
  console.log(`wrote ${relative(repositoryRoot, path)} (${Buffer.byteLength(text, 'utf8')} bytes)`);
}
