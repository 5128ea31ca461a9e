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
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
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
