import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, type RecordKind, type WorkshopBundle } from '../../../shared/domain';
import { loadCommittedExample } from './exampleFiles';

/**
 * The English and Spanish examples must be the same workshop: same records, same figures, dates,
 * ratings, flags and links; only the wording may differ. The fields below are the translated ones;
 * every other field is compared as it is (ids compared by position).
 */
const TRANSLATED_FIELDS = {
  workshop: ['title', 'notes', 'language'],
  participants: ['role'],
  preparationItems: ['label', 'note'],
  agendaSessions: ['title'],
  questions: ['text'],
  answers: ['evidence'],
  currentObjectives: ['title', 'metric', 'unit', 'period'],
  budgetLines: ['label'],
  scenarios: ['name', 'note'],
  findings: ['title', 'description', 'evidence'],
  lostDeals: ['market', 'product', 'reason'],
  expenseLines: ['label', 'customerBenefit'],
  finalObjectives: ['title', 'originalText', 'metric', 'unit', 'rationale', 'trigger'],
  keyAccounts: ['note'],
  stakeholders: ['title'],
  relations: [],
  ideas: ['text'],
  clusters: ['name'],
  votes: [],
  initiatives: ['title', 'description', 'workstream', 'team', 'means'],
  milestones: ['title', 'measurableEvent'],
  communicationItems: ['audience', 'message', 'channel'],
  statusUpdates: ['deviation', 'correctiveAction', 'nextStep'],
  meetings: ['notes', 'decisions'],
  kpis: ['name', 'unit'],
  measurements: ['note'],
} as const satisfies Record<RecordKind | 'workshop', readonly string[]>;

/** Ids become their kind and position, so links can be compared across the two files. */
function positionalIds(bundle: WorkshopBundle): Map<string, string> {
  const tokens = new Map<string, string>([[bundle.workshop.id, 'workshop']]);
  for (const kind of RECORD_KINDS) bundle.records[kind].forEach((record, index) => tokens.set(record.id, `${kind}#${index}`));
  return tokens;
}

/** The record with ids replaced by tokens and translated texts reduced to "text" or "" (empty must stay empty). */
function structure(value: unknown, translated: ReadonlySet<string>, ids: ReadonlyMap<string, string>, key = ''): unknown {
  if (typeof value === 'string') {
    if (translated.has(key)) return value === '' ? '' : 'text';
    return ids.get(value) ?? value;
  }
  if (Array.isArray(value)) return value.map((entry) => structure(entry, translated, ids, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, structure(entry, translated, ids, name)]));
  }
  return value;
}

function translatedTexts(value: unknown, translated: ReadonlySet<string>, key = ''): string[] {
  if (typeof value === 'string') return translated.has(key) && value !== '' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((entry) => translatedTexts(entry, translated, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, entry]) => translatedTexts(entry, translated, name));
  }
  return [];
}

const english = loadCommittedExample('en');
const spanish = loadCommittedExample('es');
const englishIds = positionalIds(english);
const spanishIds = positionalIds(spanish);

describe('English and Spanish examples', () => {
  it('have the same workshop settings apart from its wording', () => {
    const translated = new Set<string>(TRANSLATED_FIELDS.workshop);
    expect(structure(spanish.workshop, translated, spanishIds)).toEqual(structure(english.workshop, translated, englishIds));
    expect(spanish.workshop.title).not.toBe(english.workshop.title);
  });

  it.each(RECORD_KINDS)('have the same %s: counts, figures, dates, ratings and links', (kind) => {
    const translated = new Set<string>(TRANSLATED_FIELDS[kind]);
    expect(spanish.records[kind]).toHaveLength(english.records[kind].length);
    expect(spanish.records[kind].map((record) => structure(record, translated, spanishIds))).toEqual(
      english.records[kind].map((record) => structure(record, translated, englishIds)),
    );
  });

  it.each(RECORD_KINDS.filter((kind) => TRANSLATED_FIELDS[kind].length > 0))('translate the %s texts', (kind) => {
    const translated = new Set<string>(TRANSLATED_FIELDS[kind]);
    const englishTexts = english.records[kind].flatMap((record) => translatedTexts(record, translated));
    const spanishTexts = spanish.records[kind].flatMap((record) => translatedTexts(record, translated));
    const differing = spanishTexts.filter((text, index) => text !== englishTexts[index]);
    // A unit such as "%" reads the same in both languages; real prose does not.
    expect(differing.length).toBeGreaterThanOrEqual(Math.ceil(spanishTexts.length / 2));
  });
});
