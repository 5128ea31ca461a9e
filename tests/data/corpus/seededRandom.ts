import { mulberry32 } from '../../support/mulberry32';
/**
 * A small deterministic random source (mulberry32), so a corpus generated from a seed is the same on
 * every machine and a failure can be replayed by passing the printed seed back in.
 */
export interface SeededRandom {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** An integer in [min, max] inclusive. */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createSeededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  const int = (max: number): number => Math.floor(next() * max);
  return {
    seed,
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    chance: (probability) => next() < probability,
  };
}

/** The seed from HOSTILE_SEED when given (to replay a run), otherwise a fixed one. */
export function corpusSeed(fallback: number): number {
  const fromEnvironment = Number(process.env.HOSTILE_SEED);
  return Number.isSafeInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : fallback;
}
