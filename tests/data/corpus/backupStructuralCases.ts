import type { BackupProblemCode } from '../../../shared/backup';
import { caseFile, mutatedText, type BackupCorpusContext } from './backupCorpusContext';
import { EITHER, IMPORTS, reject, type HostileBackupFile } from './backupCorpusTypes';
import { getAt, isJsonObject, jsonType, listEntries, pathText, removeAt, setAt, type JsonEntry, type JsonValue } from './jsonTree';

/** Damage to the shape: values of the wrong type, keys missing or added, versions, lists and objects swapped. */
export function structuralCases(context: BackupCorpusContext): HostileBackupFile[] {
  return [...wrongTypes(context), ...missingKeys(context), ...extraKeys(context), ...versions(context), ...arraysForObjects(context), ...objectsForArrays(context)];
}

const REPLACEMENTS: readonly JsonValue[] = [0, -1, 1.5, 1e300, 'text', '', true, false, null, [], [1, 'a', null], {}, { a: 1 }];

function nonRootEntries(context: BackupCorpusContext): JsonEntry[] {
  return listEntries(context.base).filter((entry) => entry.path.length > 0);
}

function wrongTypes(context: BackupCorpusContext): HostileBackupFile[] {
  const entries = nonRootEntries(context);
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 150; caseIndex += 1) {
    const { path, value } = context.random.pick(entries);
    const replacement = context.random.pick(REPLACEMENTS.filter((candidate) => jsonType(candidate) !== jsonType(value)));
    const text = mutatedText(context, (copy) => setAt(copy, path, replacement));
    cases.push(caseFile('structural', 'wrong-type', `${caseIndex}-${pathText(path)}-to-${jsonType(replacement)}`, text, EITHER));
  }
  return cases;
}

function missingKeys(context: BackupCorpusContext): HostileBackupFile[] {
  const keyed = nonRootEntries(context).filter((entry) => typeof entry.path[entry.path.length - 1] === 'string');
  const cases: HostileBackupFile[] = [];
  for (const key of ['exportedAt', 'app', 'workshop', 'records']) {
    cases.push(caseFile('structural', 'missing-key', `envelope-${key}`, mutatedText(context, (copy) => removeAt(copy, [key])), reject()));
  }
  cases.push(caseFile('structural', 'missing-key', 'envelope-version', mutatedText(context, (copy) => removeAt(copy, ['version'])), reject('invalid_envelope')));
  cases.push(caseFile('structural', 'missing-key', 'envelope-format', mutatedText(context, (copy) => removeAt(copy, ['format'])), reject('not_a_backup')));
  for (const kind of ['ideas', 'kpis', 'measurements']) {
    cases.push(caseFile('structural', 'missing-key', `records-${kind}`, mutatedText(context, (copy) => removeAt(copy, ['records', kind])), reject('invalid_envelope')));
  }
  for (let caseIndex = 0; caseIndex < 60; caseIndex += 1) {
    const { path } = context.random.pick(keyed);
    cases.push(caseFile('structural', 'missing-key', `${caseIndex}-${pathText(path)}`, mutatedText(context, (copy) => removeAt(copy, path)), EITHER));
  }
  return cases;
}

const EXTRA_KEYS: readonly string[] = ['extra', 'x-hostile', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', '', ' ', 'id ', 'ID', '\u0000', '😀', 'then'];

function extraKeys(context: BackupCorpusContext): HostileBackupFile[] {
  const objects = listEntries(context.base).filter((entry) => isJsonObject(entry.value));
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 50; caseIndex += 1) {
    const { path } = context.random.pick(objects);
    const key = context.random.pick(EXTRA_KEYS);
    const value = context.random.pick(REPLACEMENTS);
    // Every object of the format is strict: an unknown field is refused, never silently dropped.
    const text = mutatedText(context, (copy) => setAt(copy, [...path, key], value));
    cases.push(caseFile('structural', 'extra-key', `${caseIndex}-${pathText(path)}-${JSON.stringify(key)}`, text, reject()));
  }
  return cases;
}

function versions(context: BackupCorpusContext): HostileBackupFile[] {
  const withVersion = (raw: string): string => mutatedText(context, (copy, markers) => setAt(copy, ['version'], markers.marker(raw)));
  // A newer file asks for an update; an older one no converter reads cannot be converted; anything
  // else in the version field is a damaged header.
  const refused: [string, string, BackupProblemCode][] = [
    ['zero', '0', 'upgrade_failed'],
    ['minus-zero', '-0', 'upgrade_failed'],
    ['minus-one', '-1', 'invalid_envelope'],
    ['fraction', '1.5', 'invalid_envelope'],
    ['string', '"1"', 'invalid_envelope'],
    ['null', 'null', 'invalid_envelope'],
    ['true', 'true', 'invalid_envelope'],
    ['array', '[1]', 'invalid_envelope'],
    ['object', '{"major":1}', 'invalid_envelope'],
    ['next', '2', 'unsupported_version'],
    ['far-future', '999', 'unsupported_version'],
    ['huge', '1e308', 'invalid_envelope'],
    ['overflowing', '1e309', 'invalid_envelope'],
    ['unsafe-integer', '9007199254740993', 'invalid_envelope'],
  ];
  const cases = refused.map(([name, raw, code]) => caseFile('structural', 'version', name, withVersion(raw), reject(code)));
  // Other spellings of the number 1 are the number 1.
  cases.push(caseFile('structural', 'version', 'one-point-zero', withVersion('1.0'), IMPORTS));
  cases.push(caseFile('structural', 'version', 'one-exponent', withVersion('1e0'), IMPORTS));
  // A repeated key: JSON.parse keeps the last one, so this file says version 2.
  const repeated = context.baseText.replace('"version": 1,', '"version": 1,\n  "version": 2,');
  cases.push(caseFile('structural', 'version', 'repeated-key-last-wins', repeated, reject('unsupported_version')));
  return cases;
}

function arraysForObjects(context: BackupCorpusContext): HostileBackupFile[] {
  const objects = listEntries(context.base).filter((entry) => isJsonObject(entry.value));
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 30; caseIndex += 1) {
    const { path, value } = context.random.pick(objects);
    const replacement: JsonValue = context.random.chance(0.5) ? [] : [value];
    const text = mutatedText(context, (copy) => setAt(copy, path, replacement));
    cases.push(caseFile('structural', 'array-for-object', `${caseIndex}-${pathText(path)}`, text, reject(path.length === 0 ? 'not_a_backup' : undefined)));
  }
  return cases;
}

function objectsForArrays(context: BackupCorpusContext): HostileBackupFile[] {
  const arrays = listEntries(context.base).filter((entry) => Array.isArray(entry.value));
  const cases: HostileBackupFile[] = [];
  for (let caseIndex = 0; caseIndex < 20; caseIndex += 1) {
    const { path } = context.random.pick(arrays);
    const first = getAt(context.base, [...path, 0]);
    const replacement: JsonValue = first === undefined || context.random.chance(0.5) ? {} : { 0: first };
    const text = mutatedText(context, (copy) => setAt(copy, path, replacement));
    cases.push(caseFile('structural', 'object-for-array', `${caseIndex}-${pathText(path)}`, text, reject()));
  }
  return cases;
}
