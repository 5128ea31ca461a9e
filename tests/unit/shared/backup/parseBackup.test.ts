import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupEnvelopeSchema,
  canonicalContent,
  createBackup,
  MAX_BACKUP_BYTES,
  MAX_REPORTED_PROBLEMS,
  parseBackup,
  serializeBackup,
  type BackupProblem,
  type ParseBackupResult,
} from '../../../../shared/backup';
import type { WorkshopBundle } from '../../../../shared/domain';
import { buildCompleteBundle, cloneBundle, firstRecord } from '../fixtures/bundleBuilder';

const APP = { name: 'DSRS Studio', version: '0.1.0' };
const EXPORTED_AT = new Date('2026-03-02T12:00:00.000Z');

function backupText(bundle: WorkshopBundle = buildCompleteBundle()): string {
  return serializeBackup(createBackup(bundle, APP, EXPORTED_AT));
}

/** The file as plain JSON, to break in ways the typed model cannot express. */
function backupJson(bundle: WorkshopBundle = buildCompleteBundle()): Record<string, unknown> {
  return JSON.parse(backupText(bundle)) as Record<string, unknown>;
}

function problemsOf(result: ParseBackupResult): BackupProblem[] {
  if (result.ok) throw new Error('Expected the backup to be refused');
  return result.problems;
}

function codesOf(result: ParseBackupResult): string[] {
  return problemsOf(result).map((problem) => problem.code);
}

describe('parseBackup accepts', () => {
  it('a backup it wrote, with the same content', () => {
    const bundle = buildCompleteBundle();
    const result = parseBackup(backupText(bundle));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([]);
    expect(result.bundle).toEqual(bundle);
  });

  it('and export -> import -> export gives the same file', () => {
    const text = backupText();
    const result = parseBackup(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(backupText(result.bundle)).toBe(text);
    expect(canonicalContent(result.bundle)).toEqual(canonicalContent(JSON.parse(text) as WorkshopBundle));
  });

  it('a file whose envelope satisfies the published schema', () => {
    expect(backupEnvelopeSchema.safeParse(JSON.parse(backupText())).success).toBe(true);
  });

  it('script tags and markup in text as plain text', () => {
    const bundle = buildCompleteBundle();
    const idea = firstRecord(bundle, 'ideas');
    idea.text = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    bundle.workshop.title = '<b>Board</b> & "friends"';
    const result = parseBackup(backupText(bundle));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(firstRecord(result.bundle, 'ideas').text).toBe('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(result.bundle.workshop.title).toBe('<b>Board</b> & "friends"');
  });

  it('a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${backupText()}`).ok).toBe(true);
  });

  it('accents, the euro sign and emoji intact', () => {
    const bundle = buildCompleteBundle();
    bundle.workshop.notes = 'Łódź, São Paulo, 1.000 € 🚀';
    const result = parseBackup(backupText(bundle));
    expect(result.ok && result.bundle.workshop.notes).toBe('Łódź, São Paulo, 1.000 € 🚀');
  });
});

describe('parseBackup refuses', () => {
  it('a truncated file', () => {
    const text = backupText();
    expect(codesOf(parseBackup(text.slice(0, Math.floor(text.length / 2))))).toEqual(['invalid_json']);
  });

  it('text that is not JSON', () => {
    expect(codesOf(parseBackup('PK\u0003\u0004 this is a zip'))).toEqual(['invalid_json']);
    expect(codesOf(parseBackup(''))).toEqual(['invalid_json']);
  });

  it('JSON that is not a backup', () => {
    expect(codesOf(parseBackup('[1, 2, 3]'))).toEqual(['not_a_backup']);
    expect(codesOf(parseBackup('null'))).toEqual(['not_a_backup']);
    expect(codesOf(parseBackup(JSON.stringify({ ...backupJson(), format: 'excalidraw' })))).toEqual(['not_a_backup']);
    const { format: _dropped, ...withoutFormat } = backupJson();
    expect(codesOf(parseBackup(JSON.stringify(withoutFormat)))).toEqual(['not_a_backup']);
  });

  it('a file from a newer version, saying so', () => {
    const problems = problemsOf(parseBackup(JSON.stringify({ ...backupJson(), version: BACKUP_VERSION + 1 })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unsupported_version', path: 'version' });
    expect(problems[0]?.detail).toContain('newer');
  });

  it('a version that is missing or not a whole number, as a damaged header (updating would not help)', () => {
    for (const version of [undefined, '1', 1.5, -1]) {
      const json = { ...backupJson(), version };
      expect(codesOf(parseBackup(JSON.stringify(json)))).toEqual(['invalid_envelope']);
    }
  });

  it('an oversized file before parsing it', () => {
    const huge = 'x'.repeat(MAX_BACKUP_BYTES + 1);
    expect(codesOf(parseBackup(huge))).toEqual(['too_large']);
  });

  it('an oversized string even when the caller reports a small size', () => {
    expect(codesOf(parseBackup('x'.repeat(MAX_BACKUP_BYTES + 1), 10))).toEqual(['too_large']);
  });

  it('a file whose reported byte size is over the limit', () => {
    expect(codesOf(parseBackup(backupText(), MAX_BACKUP_BYTES + 1))).toEqual(['too_large']);
  });

  it('a file whose multi-byte characters take it over the limit', () => {
    // 2 bytes per "é" in UTF-8: fewer characters than the limit, more bytes.
    const text = 'é'.repeat(MAX_BACKUP_BYTES / 2 + 1);
    expect(codesOf(parseBackup(text))).toEqual(['too_large']);
  });

  it('a record that fails its schema, naming the field', () => {
    const json = backupJson();
    const records = json.records as Record<string, Record<string, unknown>[]>;
    const finding = records.findings?.[0];
    if (!finding) throw new Error('fixture has no finding');
    finding.impact = 9;
    const problems = problemsOf(parseBackup(JSON.stringify(json)));
    expect(problems[0]).toMatchObject({ code: 'invalid_record', path: 'records.findings[0].impact' });
  });

  it('an invalid calendar date inside a record', () => {
    const json = backupJson();
    const records = json.records as Record<string, Record<string, unknown>[]>;
    const lostDeal = records.lostDeals?.[0];
    if (!lostDeal) throw new Error('fixture has no lost deal');
    lostDeal.date = '2026-02-30';
    expect(problemsOf(parseBackup(JSON.stringify(json)))[0]).toMatchObject({ code: 'invalid_record', path: 'records.lostDeals[0].date' });
  });

  it('an invalid workshop', () => {
    const json = backupJson();
    (json.workshop as Record<string, unknown>).currency = 'euro';
    expect(problemsOf(parseBackup(JSON.stringify(json)))[0]).toMatchObject({ code: 'invalid_workshop', path: 'workshop.currency' });
  });

  it('a missing record kind or an unknown one', () => {
    const json = backupJson();
    const records = json.records as Record<string, unknown>;
    delete records.kpis;
    records.spaceships = [];
    const problems = problemsOf(parseBackup(JSON.stringify(json)));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'invalid_envelope', path: 'records.spaceships' }),
        expect.objectContaining({ code: 'invalid_envelope', path: 'records.kpis' }),
      ]),
    );
  });

  it('unknown envelope fields and a bad export time', () => {
    const json = { ...backupJson(), exportedAt: 'last Tuesday', extra: true };
    const problems = problemsOf(parseBackup(JSON.stringify(json)));
    expect(problems.map((problem) => problem.path).sort()).toEqual(['exportedAt', 'extra']);
    expect(problems.every((problem) => problem.code === 'invalid_envelope')).toBe(true);
  });

  it('duplicate ids', () => {
    const bundle = buildCompleteBundle();
    const [first, second] = bundle.records.participants;
    if (!first || !second) throw new Error('fixture needs two participants');
    second.id = first.id;
    const problems = problemsOf(parseBackup(backupText(bundle)));
    expect(problems[0]).toMatchObject({ code: 'duplicate_id', path: 'records.participants[1].id' });
  });

  it('a record reusing the workshop id', () => {
    const bundle = buildCompleteBundle();
    firstRecord(bundle, 'clusters').id = bundle.workshop.id;
    expect(codesOf(parseBackup(backupText(bundle)))).toContain('duplicate_id');
  });

  it('a dangling link', () => {
    const bundle = buildCompleteBundle();
    firstRecord(bundle, 'measurements').kpiId = crypto.randomUUID();
    const problems = problemsOf(parseBackup(backupText(bundle)));
    expect(problems).toEqual([expect.objectContaining({ code: 'dangling_link', path: 'records.measurements[0].kpiId' })]);
  });

  it('a link to a record of the wrong kind', () => {
    const bundle = buildCompleteBundle();
    const idea = firstRecord(bundle, 'ideas');
    idea.objectiveIds = [firstRecord(bundle, 'currentObjectives').id];
    const problems = problemsOf(parseBackup(backupText(bundle)));
    expect(problems).toEqual([expect.objectContaining({ code: 'dangling_link', path: 'records.ideas[0].objectiveIds[0]' })]);
  });

  it('a record belonging to another workshop', () => {
    const bundle = buildCompleteBundle();
    firstRecord(bundle, 'keyAccounts').workshopId = crypto.randomUUID();
    const problems = problemsOf(parseBackup(backupText(bundle)));
    expect(problems).toEqual([expect.objectContaining({ code: 'wrong_workshop', path: 'records.keyAccounts[0].workshopId' })]);
  });

  it('a __proto__ key nested deep inside a record', () => {
    const text = backupText().replace('"colour": "#fde68a"', '"colour": "#fde68a", "__proto__": { "polluted": true }');
    expect(text).toContain('__proto__');
    const problems = problemsOf(parseBackup(text));
    expect(problems).toEqual([expect.objectContaining({ code: 'forbidden_key', path: 'records.ideas[0].__proto__' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a __proto__ key at any depth, even inside nested free-form values', () => {
    const json = backupJson();
    const text = JSON.stringify(json).replace(/}$/, ', "payload": {"a": [{"b": {"__proto__": {"x": 1}}}]}}');
    const problems = problemsOf(parseBackup(text));
    expect(problems[0]).toMatchObject({ code: 'forbidden_key', path: 'payload.a[0].b.__proto__' });
  });

  it('constructor and prototype keys', () => {
    const json = backupJson();
    Object.defineProperty(json.workshop, 'constructor', { value: { prototype: { admin: true } }, enumerable: true });
    const text = JSON.stringify(json);
    const problems = problemsOf(parseBackup(text));
    expect(problems[0]).toMatchObject({ code: 'forbidden_key', path: 'workshop.constructor' });
    const withPrototype = JSON.stringify(backupJson()).replace(/}$/, ', "prototype": 1}');
    expect(problemsOf(parseBackup(withPrototype))[0]).toMatchObject({ code: 'forbidden_key', path: 'prototype' });
  });

  it('nesting 10,000 levels deep without overflowing the stack', () => {
    const depth = 10_000;
    const junk = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const text = JSON.stringify(backupJson()).replace(/}$/, `, "junk": ${junk}}`);
    const problems = problemsOf(parseBackup(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('too_deep');
    expect(problems[0]?.path.startsWith('junk.a.a')).toBe(true);
  });

  it('deep arrays inside a record field', () => {
    const depth = 10_000;
    const json = backupJson();
    const text = JSON.stringify(json).replace('"text":""', `"text":${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(text).not.toBe(JSON.stringify(json));
    expect(codesOf(parseBackup(text))).toEqual(['too_deep']);
  });

  it('with at most a bounded list of problems, the first ones first', () => {
    const bundle = buildCompleteBundle();
    const template = firstRecord(bundle, 'lostDeals');
    bundle.records.lostDeals = Array.from({ length: 500 }, () => ({ ...template, id: crypto.randomUUID() }));
    const json = backupJson(bundle);
    for (const lostDeal of (json.records as Record<string, Record<string, unknown>[]>).lostDeals ?? []) lostDeal.value = 'a lot';
    const problems = problemsOf(parseBackup(JSON.stringify(json)));
    expect(problems.length).toBeLessThanOrEqual(MAX_REPORTED_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ code: 'invalid_record', path: 'records.lostDeals[0].value' });
    expect(problems.at(-1)?.code).toBe('too_many_problems');
  });
});

describe('parseBackup format constants', () => {
  it('writes its marker and version into every file', () => {
    const json = backupJson();
    expect(json.format).toBe(BACKUP_FORMAT);
    expect(json.version).toBe(BACKUP_VERSION);
    expect(json.exportedAt).toBe(EXPORTED_AT.toISOString());
    expect(json.app).toEqual(APP);
  });

  it('does not share objects with the input text', () => {
    const bundle = buildCompleteBundle();
    const result = parseBackup(backupText(cloneBundle(bundle)));
    if (!result.ok) throw new Error('expected ok');
    firstRecord(result.bundle, 'ideas').text = 'changed';
    expect(firstRecord(bundle, 'ideas').text).not.toBe('changed');
  });
});
