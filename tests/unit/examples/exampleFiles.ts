import { readFileSync } from 'node:fs';
import { parseBackup } from '../../../shared/backup';
import type { Language, WorkshopBundle } from '../../../shared/domain';
import { exampleFileName } from '../../../scripts/examples/buildExample';

/** The example files as committed in renderer/public/examples, read the way the app reads them. */

export function readCommittedExample(language: Language): string {
  const url = new URL(`../../../renderer/public/examples/${exampleFileName(language)}`, import.meta.url);
  return readFileSync(url, 'utf8');
}

export function loadCommittedExample(language: Language): WorkshopBundle {
  const parsed = parseBackup(readCommittedExample(language));
  if (!parsed.ok) throw new Error(`example-${language} is refused: ${JSON.stringify(parsed.problems)}`);
  return parsed.bundle;
}
