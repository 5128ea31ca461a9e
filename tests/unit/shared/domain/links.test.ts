import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  findIncomingLinks,
  isOwningLink,
  LINK_FIELDS,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type RecordKind,
} from '../../../../shared/domain';
import { allLinkUses, buildCompleteBundle, firstRecord } from '../fixtures/bundleBuilder';

function objectShape(kind: RecordKind): Record<string, z.ZodType> {
  const schema = RECORD_SCHEMAS[kind];
  if (!(schema instanceof z.ZodObject)) throw new Error(`${kind} schema is not an object schema`);
  return schema.shape as Record<string, z.ZodType>;
}

describe('LINK_FIELDS', () => {
  it.each(RECORD_KINDS)('%s: lists exactly the fields that look like links', (kind) => {
    const linkLooking = Object.keys(objectShape(kind)).filter((field) => /Ids?$/.test(field) && field !== 'workshopId');
    expect(LINK_FIELDS[kind].map((link) => link.field).sort()).toEqual(linkLooking.sort());
  });

  it.each(RECORD_KINDS)('%s: declares many and nullable as the schema stores them', (kind) => {
    const shape = objectShape(kind);
    for (const link of LINK_FIELDS[kind]) {
      const field = shape[link.field];
      if (!field) throw new Error(`${kind}.${link.field} is not in the schema`);
      const someId = crypto.randomUUID();
      expect(field.safeParse([someId]).success, `${kind}.${link.field} as a list`).toBe(link.many);
      expect(field.safeParse(someId).success, `${kind}.${link.field} as one id`).toBe(!link.many);
      expect(field.safeParse(null).success, `${kind}.${link.field} as null`).toBe(link.nullable);
    }
  });

  it('only points at record kinds', () => {
    for (const kind of RECORD_KINDS) {
      for (const link of LINK_FIELDS[kind]) expect(RECORD_KINDS).toContain(link.target);
    }
  });

  it('treats required single links as ownership and the rest as references', () => {
    const answerLink = LINK_FIELDS.answers[0];
    const ideaLinks = LINK_FIELDS.ideas;
    if (!answerLink) throw new Error('answers has no link');
    expect(isOwningLink(answerLink)).toBe(true);
    expect(ideaLinks.some(isOwningLink)).toBe(false);
  });

  it('expresses the whole traceability chain', () => {
    const chain: [RecordKind, RecordKind][] = [
      ['answers', 'questions'],
      ['findings', 'questions'],
      ['finalObjectives', 'findings'],
      ['ideas', 'finalObjectives'],
      ['initiatives', 'ideas'],
      ['milestones', 'initiatives'],
      ['kpis', 'milestones'],
      ['measurements', 'kpis'],
    ];
    for (const [from, to] of chain) {
      expect(LINK_FIELDS[from].some((link) => link.target === to), `${from} -> ${to}`).toBe(true);
    }
  });
});

describe('the complete fixture', () => {
  it('fills every declared link field at least once', () => {
    const used = new Set(allLinkUses(buildCompleteBundle()).map((use) => `${use.kind}.${use.field}`));
    for (const kind of RECORD_KINDS) {
      for (const link of LINK_FIELDS[kind]) expect(used.has(`${kind}.${link.field}`), `${kind}.${link.field}`).toBe(true);
    }
  });
});

describe('findIncomingLinks', () => {
  it('finds every record that links to a target, with the field used', () => {
    const bundle = buildCompleteBundle();
    const finalObjective = firstRecord(bundle, 'finalObjectives');
    const incoming = findIncomingLinks(bundle, 'finalObjectives', finalObjective.id);
    const [crmRollout, visitProgramme] = bundle.records.initiatives;
    expect(incoming).toEqual(
      expect.arrayContaining([
        { kind: 'ideas', id: firstRecord(bundle, 'ideas').id, field: 'objectiveIds' },
        { kind: 'initiatives', id: crmRollout?.id, field: 'objectiveIds' },
        { kind: 'initiatives', id: visitProgramme?.id, field: 'objectiveIds' },
        { kind: 'kpis', id: firstRecord(bundle, 'kpis').id, field: 'finalObjectiveId' },
      ]),
    );
    expect(incoming).toHaveLength(4);
  });

  it('distinguishes the kind of the target', () => {
    const bundle = buildCompleteBundle();
    const participant = firstRecord(bundle, 'participants');
    expect(findIncomingLinks(bundle, 'participants', participant.id).map((link) => `${link.kind}.${link.field}`).sort()).toEqual([
      'meetings.attendeeIds',
      'votes.participantId',
    ]);
    // The same id asked about as another kind matches nothing.
    expect(findIncomingLinks(bundle, 'ideas', participant.id)).toEqual([]);
  });

  it('finds nothing for a record nobody links to', () => {
    const bundle = buildCompleteBundle();
    expect(findIncomingLinks(bundle, 'measurements', firstRecord(bundle, 'measurements').id)).toEqual([]);
  });
});
