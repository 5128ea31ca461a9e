import { mulberry32 } from '../../support/mulberry32';
/**
 * A small seeded generator (mulberry32), so a failing proof run can be repeated exactly: every
 * choice of what to edit and when to kill comes from the printed seed.
 */
export interface SeededRandom {
  readonly seed: number;
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  integer: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  word: () => string;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'do', 'fu', 'gé', 'ñu', 'ß'];

export function seededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed);
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[integer(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  // Accents and ß included on purpose: text must come back byte for byte, not just ASCII.
  const word = (): string => Array.from({ length: integer(1, 3) }, () => pick(SYLLABLES)).join('');
  return { seed, next, integer, pick, word };
}

/** PROOF_SEED from the environment when set (to replay a run), else a fresh one. */
export function seedFromEnvironment(): number {
  const fromEnvironment = process.env.PROOF_SEED;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const parsed = Number(fromEnvironment);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`PROOF_SEED must be a non-negative integer, got ${fromEnvironment}`);
    return parsed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}
