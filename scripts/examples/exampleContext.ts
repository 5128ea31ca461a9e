import { createHash } from 'node:crypto';
import type { Language, RecordKind } from '../../shared/domain';

/**
 * What every part of the example needs while it builds records: the language it writes in and a way
 * to name records. The content refers to records by short keys ('finding:pricePressure'); ids are
 * derived from those keys, so a link written in one file resolves to the record made in another and
 * regenerating the example never changes an id.
 */

/** A text of the example in both languages; figures live outside it so the two versions cannot drift. */
export interface Localized {
  en: string;
  es: string;
}

export interface ExampleContext {
  language: Language;
  workshopId: string;
  /** The id of the record of `kind` that the content calls `key`. */
  id(kind: RecordKind, key: string): string;
  text(value: Localized): string;
}

/**
 * A UUID from a hash of the seed, with the version and variant bits of a random (v4) UUID, so it
 * looks like any id the app generates and passes every schema.
 */
export function deterministicUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const digits = hex.join('');
  return [digits.slice(0, 8), digits.slice(8, 12), digits.slice(12, 16), digits.slice(16, 20), digits.slice(20, 32)].join('-');
}

export function createExampleContext(language: Language): ExampleContext {
  // The language is part of every seed: both examples can live in one library without sharing an id.
  const seedPrefix = `dsrs-studio-example/${language}`;
  return {
    language,
    workshopId: deterministicUuid(`${seedPrefix}/workshop`),
    id: (kind, key) => deterministicUuid(`${seedPrefix}/${kind}/${key}`),
    text: (value) => value[language],
  };
}

/** A factory-made record with its random id replaced by the example's deterministic one. */
export function withId<T extends { id: string }>(record: T, id: string): T {
  return { ...record, id };
}

/** Euros to the minor units the domain stores. */
export function euros(amount: number): number {
  return Math.round(amount * 100);
}
