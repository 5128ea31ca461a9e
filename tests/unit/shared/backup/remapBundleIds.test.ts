import { describe, expect, it } from 'vitest';
import { canonicalContent, remapBundleIds, validateBundle } from '../../../../shared/backup';
import { RECORD_KINDS, RECORD_SCHEMAS, type WorkshopBundle } from '../../../../shared/domain';
import { allLinkUses, buildCompleteBundle, firstRecord } from '../fixtures/bundleBuilder';

function allIds(bundle: WorkshopBundle): string[] {
  return [bundle.workshop.id, ...RECORD_KINDS.flatMap((kind) => (bundle.records[kind] as readonly { id: string }[]).map((record) => record.id))];
}

describe('remapBundleIds', () => {
  it('shares no id with the original', () => {
    const original = buildCompleteBundle();
    const remapped = remapBundleIds(original);
    const before = new Set(allIds(original));
    const after = allIds(remapped);
    expect(after.filter((id) => before.has(id))).toEqual([]);
    for (const use of allLinkUses(remapped)) expect(before.has(use.targetId)).toBe(false);
    expect(new Set(after).size).toBe(after.length);
  });

  it('keeps every link pointing at the remapped version of its target', () => {
    const original = buildCompleteBundle();
    const remapped = remapBundleIds(original);
    const newIdByOld = new Map<string, string>([[original.workshop.id, remapped.workshop.id]]);
    for (const kind of RECORD_KINDS) {
      const before = original.records[kind] as readonly { id: string }[];
      const after = remapped.records[kind] as readonly { id: string }[];
      before.forEach((record, index) => newIdByOld.set(record.id, after[index]?.id ?? 'missing'));
    }
    const originalUses = allLinkUses(original);
    const remappedUses = allLinkUses(remapped);
    expect(remappedUses).toHaveLength(originalUses.length);
    remappedUses.forEach((use, index) => {
      const source = originalUses[index];
      expect(use.field).toBe(source?.field);
      expect(use.recordId).toBe(newIdByOld.get(source?.recordId ?? ''));
      expect(use.targetId).toBe(newIdByOld.get(source?.targetId ?? ''));
    });
    expect(validateBundle(remapped)).toEqual([]);
  });

  it('moves every record to the new workshop and keeps the content', () => {
    const original = buildCompleteBundle();
    const remapped = remapBundleIds(original);
    for (const kind of RECORD_KINDS) {
      for (const record of remapped.records[kind] as readonly { workshopId: string }[]) {
        expect(record.workshopId).toBe(remapped.workshop.id);
      }
      for (const record of remapped.records[kind] as readonly unknown[]) {
        expect(RECORD_SCHEMAS[kind].safeParse(record).success).toBe(true);
      }
    }
    expect(canonicalContent(remapped)).toEqual(canonicalContent(original));
    expect(remapped.workshop.createdAt).toBe(original.workshop.createdAt);
  });

  it('leaves the original untouched, nested objects included', () => {
    const original = buildCompleteBundle();
    const snapshot = structuredClone(original);
    const remapped = remapBundleIds(original);
    firstRecord(remapped, 'finalObjectives').checks.realistic.rationale = 'edited in the copy';
    firstRecord(remapped, 'agendaSessions').items.push({ title: 'Extra', minutes: 5 });
    expect(original).toEqual(snapshot);
  });

  it('uses the id generator it is given', () => {
    let counter = 0;
    const remapped = remapBundleIds(buildCompleteBundle(), () => {
      counter += 1;
      return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
    });
    expect(remapped.workshop.id).toBe('00000000-0000-4000-8000-000000000001');
    expect(counter).toBe(allIds(remapped).length);
  });
});
