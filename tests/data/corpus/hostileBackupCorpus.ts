import { byteLevelCases } from './backupByteCases';
import { createBackupCorpusContext } from './backupCorpusContext';
import type { HostileBackupFile } from './backupCorpusTypes';
import { semanticCases } from './backupSemanticCases';
import { structuralCases } from './backupStructuralCases';
import { hostileTextCases } from './backupTextCases';
import { createSeededRandom } from './seededRandom';

export interface HostileBackupCorpus {
  seed: number;
  files: HostileBackupFile[];
  /** How many free-text fields the base file has (each hostile-text file fills all of them). */
  freeTextFieldCount: number;
}

/**
 * Every hostile backup, each made by damaging `baseText` (a real backup written by createBackup and
 * serializeBackup). The same seed and base always give the same files, in the same order.
 */
export function generateHostileBackups(baseText: string, seed: number): HostileBackupCorpus {
  const context = createBackupCorpusContext(baseText, createSeededRandom(seed));
  const files = [...byteLevelCases(context), ...structuralCases(context), ...semanticCases(context), ...hostileTextCases(context)];
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`Two corpus files are named ${file.name}`);
    names.add(file.name);
  }
  return { seed, files, freeTextFieldCount: context.freeTextPaths.length };
}
