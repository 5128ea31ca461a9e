import { SHORT_TEXT_MAX } from '../../../shared/domain';
import { caseFile, mutatedText, type BackupCorpusContext } from './backupCorpusContext';
import { IMPORTS, type HostileBackupFile } from './backupCorpusTypes';
import { setAt, type JsonPath } from './jsonTree';
import { HOSTILE_TEXTS } from './hostileStrings';

/**
 * Hostile text in every free-text field of the file. These files are valid: they must import, and
 * the test compares every stored text with the file, character for character.
 */
export function hostileTextCases(context: BackupCorpusContext): HostileBackupFile[] {
  const cases: HostileBackupFile[] = [];
  // One payload everywhere, for each payload.
  HOSTILE_TEXTS.forEach((payload, payloadIndex) => {
    const text = mutatedText(context, (copy) => {
      for (const path of context.freeTextPaths) setAt(copy, path, fitting(context, path, payload));
    });
    cases.push(caseFile('text', 'hostile-text', `payload-${payloadIndex}-everywhere`, text, IMPORTS));
  });
  // A different payload (sometimes two joined) in each field.
  while (cases.length < 200) {
    const caseIndex = cases.length;
    const text = mutatedText(context, (copy) => {
      for (const path of context.freeTextPaths) setAt(copy, path, fitting(context, path, randomPayload(context)));
    });
    cases.push(caseFile('text', 'hostile-text', `mixed-${caseIndex}`, text, IMPORTS));
  }
  return cases;
}

/** The empty payload where a field needs some text: a single space, which is still text. */
function fitting(context: BackupCorpusContext, path: JsonPath, payload: string): string {
  return payload === '' && context.nonEmptyTextPaths.has(path) ? ' ' : payload;
}

function randomPayload(context: BackupCorpusContext): string {
  const first = context.random.pick(HOSTILE_TEXTS);
  if (!context.random.chance(0.3)) return first;
  const joined = `${first}${context.random.pick(HOSTILE_TEXTS)}`;
  // Every free-text field takes at least a short text's length.
  return joined.length <= SHORT_TEXT_MAX ? joined : first;
}
