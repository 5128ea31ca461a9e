import type { z } from 'zod';
import { backupAppInfoSchema } from '../../../shared/backup';
import { LINK_FIELDS, RECORD_KINDS, RECORD_SCHEMAS, workshopSchema, type RecordKind } from '../../../shared/domain';
import { cloneJson, getAt, isJsonObject, listEntries, RawTextMarkers, setAt, type JsonObject, type JsonPath, type JsonValue } from './jsonTree';
import type { SeededRandom } from './seededRandom';
import type { BackupCategory, BackupExpectation, BackupFamily, HostileBackupFile } from './backupCorpusTypes';

/** Everything a case generator needs: the valid file (text and parsed), its landmarks, the random source. */
export interface BackupCorpusContext {
  readonly baseText: string;
  readonly base: JsonObject;
  readonly random: SeededRandom;
  readonly records: readonly RecordLocation[];
  readonly links: readonly LinkLocation[];
  /** Strings the schemas accept any text in (titles, notes, names...), found by probing the schemas. */
  readonly freeTextPaths: readonly JsonPath[];
  /** The free-text paths that must not be empty (a question's area, for one). */
  readonly nonEmptyTextPaths: ReadonlySet<JsonPath>;
  /** Plan dates and timestamps. */
  readonly datePaths: readonly JsonPath[];
  readonly numberPaths: readonly JsonPath[];
  readonly moneyPaths: readonly JsonPath[];
}

export interface RecordLocation {
  kind: RecordKind;
  index: number;
  path: JsonPath;
  id: string;
}

export interface LinkLocation {
  kind: RecordKind;
  field: string;
  target: RecordKind;
  many: boolean;
  /** The field itself (a single id or a list). */
  path: JsonPath;
}

/** Minor-unit amounts by kind: they are integers of either sign in the schema. */
const MONEY_FIELDS: Partial<Record<RecordKind, readonly string[]>> = {
  budgetLines: ['amount'],
  expenseLines: ['amount'],
  initiatives: ['budget'],
  lostDeals: ['value'],
};

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;
/** Markup, a direction override, an invisible character and NUL: text no plain enum or id accepts. */
const FREE_TEXT_PROBE = '<b>probe</b>\u202E\u200B\u0000';

export function createBackupCorpusContext(baseText: string, random: SeededRandom): BackupCorpusContext {
  const parsed: unknown = JSON.parse(baseText);
  if (!isJsonObject(parsed)) throw new Error('The base backup is not an object');
  const base = parsed;
  const records = recordLocations(base);
  const entries = listEntries(base);
  const freeTextPaths = entries.filter((entry) => typeof entry.value === 'string' && acceptsText(base, entry.path, FREE_TEXT_PROBE)).map((entry) => entry.path);
  return {
    baseText,
    base,
    random,
    records,
    links: linkLocations(base, records),
    freeTextPaths,
    nonEmptyTextPaths: new Set(freeTextPaths.filter((path) => !acceptsText(base, path, ''))),
    datePaths: entries.filter((entry) => typeof entry.value === 'string' && DATE_PATTERN.test(entry.value)).map((entry) => entry.path),
    numberPaths: entries.filter((entry) => typeof entry.value === 'number').map((entry) => entry.path),
    moneyPaths: records.flatMap((record) => (MONEY_FIELDS[record.kind] ?? []).map((field) => [...record.path, field])),
  };
}

function recordLocations(base: JsonObject): RecordLocation[] {
  const locations: RecordLocation[] = [];
  for (const kind of RECORD_KINDS) {
    const list = getAt(base, ['records', kind]);
    if (!Array.isArray(list)) throw new Error(`The base backup has no list of ${kind}`);
    list.forEach((record, index) => {
      if (!isJsonObject(record) || typeof record.id !== 'string') throw new Error(`records.${kind}[${index}] has no id`);
      locations.push({ kind, index, path: ['records', kind, index], id: record.id });
    });
  }
  return locations;
}

function linkLocations(base: JsonObject, records: readonly RecordLocation[]): LinkLocation[] {
  const locations: LinkLocation[] = [];
  for (const record of records) {
    for (const link of LINK_FIELDS[record.kind]) {
      const path = [...record.path, link.field];
      const value = getAt(base, path);
      // Only links that are set: an empty list or a null link has nothing to break.
      if (typeof value === 'string' || (Array.isArray(value) && value.length > 0)) {
        locations.push({ kind: record.kind, field: link.field, target: link.target, many: link.many, path });
      }
    }
  }
  return locations;
}

/** The schema that owns a path and the path inside the value it checks. */
function owningSchema(path: JsonPath): { schema: z.ZodType; rootPath: JsonPath } | null {
  const [first, kind] = path;
  if (first === 'workshop') return { schema: workshopSchema, rootPath: ['workshop'] };
  if (first === 'app') return { schema: backupAppInfoSchema, rootPath: ['app'] };
  if (first === 'records' && typeof kind === 'string' && (RECORD_KINDS as readonly string[]).includes(kind) && path.length > 3) {
    return { schema: RECORD_SCHEMAS[kind as RecordKind], rootPath: path.slice(0, 3) };
  }
  return null;
}

function acceptsText(base: JsonObject, path: JsonPath, text: string): boolean {
  const owner = owningSchema(path);
  if (!owner) return false;
  const root = getAt(base, owner.rootPath);
  if (root === undefined) return false;
  const probe = setAt(cloneJson(root), path.slice(owner.rootPath.length), text);
  return owner.schema.safeParse(probe).success;
}

/** Copies the base, lets `edit` change the copy, and writes it the way the app writes backups (2-space JSON). */
export function mutatedText(context: BackupCorpusContext, edit: (copy: JsonObject, markers: RawTextMarkers) => JsonValue | void): string {
  const copy = cloneJson(context.base);
  const markers = new RawTextMarkers();
  const replaced = edit(copy, markers);
  return markers.replaceMarkers(`${JSON.stringify(replaced === undefined ? copy : replaced, null, 2)}\n`);
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** A UUID-shaped id drawn from the seeded source, so cases stay reproducible. */
export function seededUuid(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function caseFile(
  family: BackupFamily,
  category: BackupCategory,
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  expect: BackupExpectation,
): HostileBackupFile {
  return { name: `${category}/${name}`, family, category, bytes: typeof content === 'string' ? utf8(content) : content, expect };
}
