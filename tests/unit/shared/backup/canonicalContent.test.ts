import { describe, expect, it } from 'vitest';
import { canonicalContent, DANGLING_REFERENCE, remapBundleIds } from '../../../../shared/backup';
import { RECORD_KINDS } from '../../../../shared/domain';
import { buildCompleteBundle, firstRecord } from '../fixtures/bundleBuilder';

describe('canonicalContent', () => {
  it('contains no ids and no workshop timestamps', () => {
    const bundle = buildCompleteBundle();
    const text = JSON.stringify(canonicalContent(bundle));
    const ids = [bundle.workshop.id, ...RECORD_KINDS.flatMap((kind) => (bundle.records[kind] as readonly { id: string }[]).map((record) => record.id))];
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).not.toContain(bundle.workshop.createdAt);
    expect(text).not.toContain('workshopId');
  });

  it('replaces links with ordinal references', () => {
    const content = canonicalContent(buildCompleteBundle());
    expect(content.records.measurements[0]).toMatchObject({ ref: 'measurements/0', kpiId: 'kpis/0', period: '2026-08' });
    const dependent = content.records.initiatives.find((initiative) => initiative.title === 'Visit programme');
    const dependency = content.records.initiatives.find((initiative) => initiative.title === 'CRM loss reasons');
    expect(dependent?.dependsOnIds).toEqual([dependency?.ref]);
  });

  it('does not depend on the order records come out of storage', () => {
    const bundle = buildCompleteBundle();
    const shuffled = remapBundleIds(bundle);
    for (const kind of RECORD_KINDS) (shuffled.records[kind] as unknown[]).reverse();
    expect(canonicalContent(shuffled)).toEqual(canonicalContent(bundle));
  });

  it('tells records apart by what they link to when their own content is equal', () => {
    const bundle = buildCompleteBundle();
    const [first, second] = bundle.records.stakeholders;
    if (!first || !second) throw new Error('fixture needs two stakeholders');
    const twin = { ...firstRecord(bundle, 'relations'), id: crypto.randomUUID(), fromId: first.id, toId: second.id };
    bundle.records.relations.push(twin);
    const reversed = remapBundleIds(bundle);
    reversed.records.relations.reverse();
    expect(canonicalContent(reversed)).toEqual(canonicalContent(bundle));
  });

  it('shows a change of content', () => {
    const bundle = buildCompleteBundle();
    const before = canonicalContent(bundle);
    firstRecord(bundle, 'kpis').target = 12;
    expect(canonicalContent(bundle)).not.toEqual(before);
  });

  it('shows a link to a missing record without its id', () => {
    const bundle = buildCompleteBundle();
    const missing = crypto.randomUUID();
    firstRecord(bundle, 'votes').ideaId = missing;
    const content = canonicalContent(bundle);
    expect(content.records.votes[0]?.ideaId).toBe(DANGLING_REFERENCE);
    expect(JSON.stringify(content)).not.toContain(missing);
  });
});
