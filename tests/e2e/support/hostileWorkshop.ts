import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseBackup, serializeBackup, type BackupEnvelope } from '../../../shared/backup';
import { RECORD_KINDS, RECORD_SCHEMAS, workshopSchema, type RecordKind } from '../../../shared/domain';

/**
 * The complete example workshop with every free-text field of every record replaced by hostile text
 * (markup, script, template syntax, entities, a right-to-left override, emoji), each carrying its
 * own marker, so a browser test can tell exactly which field leaked or went missing.
 * Identifiers, dates, enums, colours, e-mails and periods keep their valid values, so the file
 * still imports through the ordinary backup path.
 */

const EXAMPLE_FILE = path.resolve(__dirname, '..', '..', '..', 'renderer', 'public', 'examples', 'example-en.dsrs.json');

/** One hostile shape per template; `%MARKER%` is replaced by the field's marker. */
export const HOSTILE_TEMPLATES = [
  `<img src=x onerror="window.__pwned='%MARKER%'">`,
  `<script>window.__pwned='%MARKER%'</script>`,
  `"><svg onload="window.__pwned='%MARKER%'">`,
  `javascript:window.__pwned='%MARKER%'`,
  `{{constructor.constructor("window.__pwned='%MARKER%'")()}}`,
  `&lt;b&gt;%MARKER% entity&lt;/b&gt; &amp;`,
  `\u202E%MARKER% reversed <i>italic</i>`,
  `%MARKER% \u{1F680} emoji <b>bold</b> \u{1F469}\u200D\u{1F4BB}`,
] as const;

export interface HostileField {
  /** Unique in the whole file, e.g. HX0017; never a prefix of another marker (always four digits). */
  marker: string;
  /** 'workshop' or the record kind (table name). */
  kind: RecordKind | 'workshop';
  recordId: string;
  /** Dotted path inside the record, e.g. `checks.realistic.rationale` or `items.2.title`. */
  field: string;
  /** The hostile text stored in the field. */
  text: string;
  /** Index into HOSTILE_TEMPLATES. */
  template: number;
}

export interface HostileWorkshop {
  envelope: BackupEnvelope;
  fields: HostileField[];
  /** The serialised backup, exactly as written to the file. */
  fileText: string;
}

export function markerFor(sequence: number): string {
  return `HX${String(sequence).padStart(4, '0')}`;
}

/**
 * A string schema is free text when it only limits length: no format (id, date, e-mail), no regex
 * (clock time, colour, currency) and no refinement (measurement period).
 */
function isFreeTextSchema(schema: z.ZodType): boolean {
  if (!(schema instanceof z.ZodString)) return false;
  const definition = schema._zod.def;
  if ('format' in definition && definition.format !== undefined) return false;
  const checks = definition.checks ?? [];
  return checks.every((check) => {
    const kind = check._zod.def.check;
    return kind === 'max_length' || kind === 'min_length';
  });
}

type Rewrite = (text: string, fieldPath: string) => string;

/** Walks value and schema together; returns the value with every free-text string rewritten. */
function rewriteFreeText(schema: z.ZodType, value: unknown, fieldPath: string, rewrite: Rewrite): unknown {
  if (value === null || value === undefined) return value;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return rewriteFreeText(schema.unwrap() as z.ZodType, value, fieldPath, rewrite);
  }
  if (typeof value === 'string') return isFreeTextSchema(schema) ? rewrite(value, fieldPath) : value;
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item: unknown, index) => rewriteFreeText(schema.element as z.ZodType, item, `${fieldPath}.${index}`, rewrite));
  }
  if (schema instanceof z.ZodObject && typeof value === 'object' && !Array.isArray(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      const fieldSchema = shape[key];
      const childPath = fieldPath === '' ? key : `${fieldPath}.${key}`;
      return [key, fieldSchema ? rewriteFreeText(fieldSchema, item, childPath, rewrite) : item];
    });
    return Object.fromEntries(entries);
  }
  return value;
}

/** A built-in question's key names its entry in the question bank: an identifier, not text. */
function isIdentifierField(kind: RecordKind | 'workshop', field: string): boolean {
  return kind === 'questions' && field === 'builtInKey';
}

/** Question areas group questions: one hostile name per distinct area keeps the groups as they were. */
function isGroupingField(kind: RecordKind | 'workshop', field: string): boolean {
  return kind === 'questions' && field === 'area';
}

export function buildHostileWorkshop(): HostileWorkshop {
  const example = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as BackupEnvelope;
  const fields: HostileField[] = [];
  const groupNames = new Map<string, string>();

  const hostileFor = (kind: RecordKind | 'workshop', recordId: string) => (original: string, field: string): string => {
    if (isIdentifierField(kind, field)) return original;
    const groupKey = `${kind}.${field}.${original}`;
    const existing = isGroupingField(kind, field) ? groupNames.get(groupKey) : undefined;
    if (existing !== undefined) return existing;
    const sequence = fields.length + 1;
    const marker = markerFor(sequence);
    const template = sequence % HOSTILE_TEMPLATES.length;
    const text = (HOSTILE_TEMPLATES[template] ?? HOSTILE_TEMPLATES[0]).replace('%MARKER%', marker);
    fields.push({ marker, kind, recordId, field, text, template });
    if (isGroupingField(kind, field)) groupNames.set(groupKey, text);
    return text;
  };

  const workshop = rewriteFreeText(workshopSchema, example.workshop, '', hostileFor('workshop', example.workshop.id)) as BackupEnvelope['workshop'];
  const records: Partial<Record<RecordKind, unknown[]>> = {};
  for (const kind of RECORD_KINDS) {
    const schema = RECORD_SCHEMAS[kind] as z.ZodType;
    records[kind] = example.records[kind].map((record) => rewriteFreeText(schema, record, '', hostileFor(kind, record.id)));
  }
  const envelope = { ...example, workshop, records: records as BackupEnvelope['records'] };
  const fileText = serializeBackup(envelope);

  // The file must still import: the same complete check the app runs on open.
  const parsed = parseBackup(fileText);
  if (!parsed.ok) throw new Error(`The hostile workshop is not a valid backup: ${JSON.stringify(parsed.problems.slice(0, 5))}`);
  return { envelope, fields, fileText };
}

/** Writes the hostile workshop as a .dsrs.json file in a fresh temporary folder and returns its path. */
export function writeHostileWorkshopFile(hostile: HostileWorkshop): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'dsrs-hostile-'));
  const file = path.join(directory, 'hostile-workshop.dsrs.json');
  writeFileSync(file, hostile.fileText, 'utf8');
  return file;
}

export function fieldOf(hostile: HostileWorkshop, kind: RecordKind | 'workshop', field: string, recordIndex = 0): HostileField {
  const recordId = kind === 'workshop' ? hostile.envelope.workshop.id : hostile.envelope.records[kind][recordIndex]?.id;
  const found = hostile.fields.find((candidate) => candidate.kind === kind && candidate.recordId === recordId && candidate.field === field);
  if (!found) throw new Error(`No hostile field ${kind}[${recordIndex}].${field}`);
  return found;
}
