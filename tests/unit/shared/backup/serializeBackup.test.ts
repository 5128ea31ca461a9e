import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../../shared/backup';
import { RECORD_KINDS } from '../../../../shared/domain';
import { buildCompleteBundle, firstRecord } from '../fixtures/bundleBuilder';

const APP = { name: 'DSRS Studio', version: '0.1.0' };

describe('createBackup', () => {
  it('stamps the export time and app, and carries every kind', () => {
    const bundle = buildCompleteBundle();
    const envelope = createBackup(bundle, APP, new Date('2026-05-01T08:00:00.000Z'));
    expect(envelope.exportedAt).toBe('2026-05-01T08:00:00.000Z');
    expect(envelope.app).toEqual(APP);
    expect(Object.keys(envelope.records)).toEqual([...RECORD_KINDS]);
    expect(envelope.workshop).toEqual(bundle.workshop);
  });
});

describe('serializeBackup', () => {
  it('writes the envelope fields in their documented order and the kinds in list order', () => {
    const text = serializeBackup(createBackup(buildCompleteBundle(), APP));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'app', 'workshop', 'records']);
    expect(Object.keys(parsed.records as object)).toEqual([...RECORD_KINDS]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format"');
  });

  it('writes record fields id first, then alphabetically, whatever order they were built in', () => {
    const bundle = buildCompleteBundle();
    const finding = firstRecord(bundle, 'findings');
    const reordered = Object.fromEntries(Object.entries(finding).reverse()) as typeof finding;
    const first = serializeBackup(createBackup(bundle, APP, new Date(0)));
    bundle.records.findings = [reordered];
    const second = serializeBackup(createBackup(bundle, APP, new Date(0)));
    expect(second).toBe(first);
    const written = (JSON.parse(first) as { records: { findings: Record<string, unknown>[] } }).records.findings[0] ?? {};
    expect(Object.keys(written).slice(0, 3)).toEqual(['id', 'workshopId', 'description']);
  });
});
