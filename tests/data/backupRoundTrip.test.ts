import { describe, expect, it } from 'vitest';
import { canonicalContent, createBackup, parseBackup, serializeBackup } from '../../shared/backup';
import { exportBundle, importBundle } from '../../renderer/data';
import { buildCompleteBundle } from '../unit/shared/fixtures/bundleBuilder';
import { useFreshDatabase } from './dataTestHarness';

useFreshDatabase();
const app = { name: 'DSRS Studio', version: 'test' };

describe('backup round trip through the database', () => {
  it('export -> import -> export gives the same content apart from ids and timestamps', async () => {
    const first = await importBundle(buildCompleteBundle());
    const exported = await exportBundle(first.id);
    const text = serializeBackup(createBackup(exported, app));

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(`backup refused: ${JSON.stringify(parsed.problems)}`);
    const second = await importBundle(parsed.bundle);
    expect(second.id).not.toBe(first.id);
    const reexported = await exportBundle(second.id);

    expect(canonicalContent(reexported)).toEqual(canonicalContent(exported));
    const firstIds = new Set(Object.values(exported.records).flat().map((record) => record.id));
    for (const record of Object.values(reexported.records).flat()) expect(firstIds.has(record.id)).toBe(false);
  });

  it('tells content changes apart (the comparison can fail)', async () => {
    const workshop = await importBundle(buildCompleteBundle());
    const exported = await exportBundle(workshop.id);
    const changed = structuredClone(exported);
    const idea = changed.records.ideas[0];
    if (!idea) throw new Error('fixture has no idea');
    idea.text = `${idea.text} (edited)`;
    expect(canonicalContent(changed)).not.toEqual(canonicalContent(exported));
  });
});
