import { describe, expect, it } from 'vitest';
import {
  BACKUP_NORMALIZERS,
  BACKUP_VERSION,
  canUpgrade,
  createBackup,
  parseBackup,
  serializeBackup,
  upgradeData,
  type BackupNormalizers,
  type JsonObject,
} from '../../../../shared/backup';
import { buildCompleteBundle } from '../fixtures/bundleBuilder';

/**
 * A made-up version 0 in which the workshop was called "session" and ideas had no "selected" flag,
 * to prove the conversion path end to end before a real older version exists.
 */
const V0_NORMALIZERS: BackupNormalizers = {
  0: (older: JsonObject): JsonObject => {
    const { session, records, ...rest } = older;
    const oldRecords = records as Record<string, Record<string, unknown>[]>;
    const ideas = (oldRecords.ideas ?? []).map((idea) => ({ ...idea, selected: false }));
    return { ...rest, workshop: session, records: { ...oldRecords, ideas } };
  },
};

function versionZeroText(): string {
  const current = JSON.parse(serializeBackup(createBackup(buildCompleteBundle(), { name: 'DSRS Studio', version: '0.0.1' }))) as Record<string, unknown>;
  const { workshop, records, ...rest } = current;
  const oldRecords = records as Record<string, Record<string, unknown>[]>;
  const ideas = (oldRecords.ideas ?? []).map(({ selected: _selected, ...idea }) => idea);
  return JSON.stringify({ ...rest, version: 0, session: workshop, records: { ...oldRecords, ideas } });
}

describe('backup normalizers', () => {
  it('has none for the first released version', () => {
    expect(BACKUP_VERSION).toBe(1);
    expect(Object.keys(BACKUP_NORMALIZERS)).toEqual([]);
  });

  it('refuses an older file when no converter exists', () => {
    const result = parseBackup(versionZeroText());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'upgrade_failed', path: 'version' });
  });

  it('converts an older file through its converter and warns that it did', () => {
    const result = parseBackup(versionZeroText(), undefined, { normalizers: V0_NORMALIZERS });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'upgraded', path: 'version' })]);
    expect(result.bundle.records.ideas.every((idea) => idea.selected === false)).toBe(true);
    expect(result.bundle.workshop.title).toBe('Sales strategy 2026');
  });

  it('still validates converted data completely', () => {
    const broken: BackupNormalizers = { 0: (older) => ({ ...older }) };
    const result = parseBackup(versionZeroText(), undefined, { normalizers: broken });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.code)).toContain('invalid_envelope');
  });

  it('reports a converter that throws', () => {
    const throwing: BackupNormalizers = {
      0: () => {
        throw new Error('cannot read sessions');
      },
    };
    const result = parseBackup(versionZeroText(), undefined, { normalizers: throwing });
    expect(!result.ok && result.problems).toEqual([{ code: 'upgrade_failed', path: '', detail: 'cannot read sessions' }]);
  });

  it('chains converters version by version', () => {
    const steps: string[] = [];
    const chain: BackupNormalizers = {
      0: (data) => {
        steps.push(`0->${String(data.version)}`);
        return { ...data, a: true };
      },
      1: (data) => {
        steps.push(`1->${String(data.version)}`);
        return { ...data, b: true };
      },
    };
    expect(canUpgrade(0, 2, chain)).toBe(true);
    expect(canUpgrade(0, 3, chain)).toBe(false);
    expect(upgradeData({ version: 0 }, 0, 2, chain)).toEqual({ version: 2, a: true, b: true });
    expect(steps).toEqual(['0->0', '1->1']);
  });
});
