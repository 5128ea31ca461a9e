import type { z } from 'zod';
import { cutWithEllipsis } from '../logic/textCut';
import {
  isoDateTime,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  workshopSchema,
  type RecordKind,
  type RecordOf,
  type Workshop,
  type WorkshopBundle,
  type WorkshopRecords,
} from '../domain';
import { BACKUP_FORMAT, BACKUP_VERSION, backupAppInfoSchema, MAX_BACKUP_BYTES } from './backupFormat';
import { formatPath, ProblemList, type BackupProblem } from './backupProblem';
import { inspectJsonTree } from './jsonSafety';
import { BACKUP_NORMALIZERS, canUpgrade, upgradeData, type BackupNormalizers, type JsonObject } from './normalizers';
import { validateBundle } from './validateBundle';

export type ParseBackupResult =
  | { ok: true; bundle: WorkshopBundle; warnings: BackupProblem[] }
  | { ok: false; problems: BackupProblem[] };

export interface ParseBackupOptions {
  /** Converters for older versions; tests pass synthetic ones, the app uses the real list. */
  normalizers?: BackupNormalizers;
}

const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['format', 'version', 'exportedAt', 'app', 'workshop', 'records']);
/** One broken record rarely needs more than a few lines to explain; the rest would crowd out others. */
const MAX_ISSUES_PER_RECORD = 3;
const MAX_DETAIL_LENGTH = 200;

/**
 * Reads a backup file completely before anything is written: size, JSON syntax, format marker,
 * version (older ones converted), unsafe keys and nesting, every record against its schema, and the
 * links between records. Returns the bundle with the ids as they are in the file.
 */
export function parseBackup(input: string, byteLength?: number, options: ParseBackupOptions = {}): ParseBackupResult {
  // Every UTF-16 unit takes at least one byte, so an over-long string is too large whatever the caller says.
  const bytes = input.length > MAX_BACKUP_BYTES ? input.length : (byteLength ?? utf8ByteLengthUpTo(input, MAX_BACKUP_BYTES));
  if (bytes > MAX_BACKUP_BYTES) {
    return fail({ code: 'too_large', path: '', detail: `larger than ${MAX_BACKUP_BYTES} bytes` });
  }

  let parsed: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    parsed = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
  } catch (error) {
    return fail({ code: 'invalid_json', path: '', detail: shorten(error instanceof Error ? error.message : String(error)) });
  }

  if (!isJsonObject(parsed) || ownValue(parsed, 'format') !== BACKUP_FORMAT) {
    return fail({ code: 'not_a_backup', path: 'format', detail: `expected format "${BACKUP_FORMAT}"` });
  }

  const normalizers = options.normalizers ?? BACKUP_NORMALIZERS;
  const version = ownValue(parsed, 'version');
  const versionProblem = checkVersion(version, normalizers);
  if (versionProblem) return fail(versionProblem);

  const problems = new ProblemList();
  inspectJsonTree(parsed, problems);
  if (!problems.isEmpty) return { ok: false, problems: problems.toArray() };

  const warnings: BackupProblem[] = [];
  let data: JsonObject = parsed;
  const fileVersion = version as number;
  if (fileVersion < BACKUP_VERSION) {
    try {
      data = upgradeData(parsed, fileVersion, BACKUP_VERSION, normalizers);
    } catch (error) {
      return fail({ code: 'upgrade_failed', path: '', detail: shorten(error instanceof Error ? error.message : String(error)) });
    }
    warnings.push({ code: 'upgraded', path: 'version', detail: `converted from version ${fileVersion} to ${BACKUP_VERSION}` });
  }

  const bundle = readEnvelope(data, problems);
  if (!bundle || !problems.isEmpty) return { ok: false, problems: problems.toArray() };

  const linkProblems = validateBundle(bundle);
  if (linkProblems.length > 0) return { ok: false, problems: linkProblems };
  return { ok: true, bundle, warnings };
}

function fail(problem: BackupProblem): ParseBackupResult {
  return { ok: false, problems: [problem] };
}

function shorten(text: string): string {
  return cutWithEllipsis(text, MAX_DETAIL_LENGTH);
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only own properties, so nothing inherited can stand in for a missing field. */
function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * The UTF-8 size of a string, counting no further than just past `limit` (the answer is then only
 * known to be too large). Every UTF-16 unit takes at least one byte, so a long string fails at once.
 */
export function utf8ByteLengthUpTo(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // Each half of a surrogate pair counts 2: together the 4 bytes of the code point.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/**
 * Three different answers, because the user can act on only one of them: a newer file asks for an
 * update, an older one no converter reads cannot be helped by updating, and a damaged version field
 * means the file itself is damaged.
 */
function checkVersion(version: unknown, normalizers: BackupNormalizers): BackupProblem | null {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return { code: 'invalid_envelope', path: 'version', detail: 'version is missing or not a whole number' };
  }
  if (version > BACKUP_VERSION) {
    return {
      code: 'unsupported_version',
      path: 'version',
      detail: `written by a newer app (file version ${version}, this app reads up to ${BACKUP_VERSION})`,
    };
  }
  if (!canUpgrade(version, BACKUP_VERSION, normalizers)) {
    return { code: 'upgrade_failed', path: 'version', detail: `file version ${version} is too old to be read` };
  }
  return null;
}

function addIssues(
  problems: ProblemList,
  code: BackupProblem['code'],
  prefix: readonly PropertyKey[],
  issues: readonly z.core.$ZodIssue[],
  limit: number = Number.POSITIVE_INFINITY,
): void {
  for (const issue of issues.slice(0, limit)) {
    problems.add({ code, path: formatPath([...prefix, ...issue.path]), detail: shorten(issue.message) });
  }
}

function readEnvelope(data: JsonObject, problems: ProblemList): WorkshopBundle | null {
  for (const key of Object.keys(data)) {
    if (!ENVELOPE_KEYS.has(key)) problems.add({ code: 'invalid_envelope', path: key, detail: 'unknown field' });
  }
  const exportedAt = isoDateTime.safeParse(ownValue(data, 'exportedAt'));
  if (!exportedAt.success) addIssues(problems, 'invalid_envelope', ['exportedAt'], exportedAt.error.issues);
  const app = backupAppInfoSchema.safeParse(ownValue(data, 'app'));
  if (!app.success) addIssues(problems, 'invalid_envelope', ['app'], app.error.issues);

  const workshopResult = workshopSchema.safeParse(ownValue(data, 'workshop'));
  if (!workshopResult.success) addIssues(problems, 'invalid_workshop', ['workshop'], workshopResult.error.issues);

  const records = readRecords(ownValue(data, 'records'), problems);
  if (!workshopResult.success || !records) return null;
  const workshop: Workshop = workshopResult.data;
  return { workshop, records };
}

function readRecords(value: unknown, problems: ProblemList): WorkshopRecords | null {
  if (!isJsonObject(value)) {
    problems.add({ code: 'invalid_envelope', path: 'records', detail: 'expected an object of record lists' });
    return null;
  }
  const known: ReadonlySet<string> = new Set(RECORD_KINDS);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) problems.add({ code: 'invalid_envelope', path: formatPath(['records', key]), detail: 'unknown record kind' });
  }
  const records: Partial<Record<RecordKind, unknown[]>> = {};
  let complete = true;
  for (const kind of RECORD_KINDS) {
    if (problems.isFull) return null;
    const parsed = readKind(kind, ownValue(value, kind), problems);
    if (parsed) records[kind] = parsed;
    else complete = false;
  }
  return complete ? (records as WorkshopRecords) : null;
}

function readKind<K extends RecordKind>(kind: K, value: unknown, problems: ProblemList): RecordOf<K>[] | null {
  if (!Array.isArray(value)) {
    problems.add({ code: 'invalid_envelope', path: formatPath(['records', kind]), detail: 'missing or not a list' });
    return null;
  }
  const schema = RECORD_SCHEMAS[kind];
  const parsed: RecordOf<K>[] = [];
  let valid = true;
  for (let index = 0; index < value.length; index += 1) {
    if (problems.isFull) return null;
    const result = schema.safeParse(value[index]);
    if (result.success) {
      parsed.push(result.data);
    } else {
      valid = false;
      addIssues(problems, 'invalid_record', ['records', kind, index], result.error.issues, MAX_ISSUES_PER_RECORD);
    }
  }
  return valid ? parsed : null;
}
