import { RATING_MAX, RATING_MIDDLE, RATING_MIN } from '../../../../shared/logic/ideaBoard';

/** Drop-zone ids of the impact/effort view: one per cell, and the tray of notes not rated yet. */
export const UNRATED_ZONE = 'ideas-matrix-unrated';
const CELL_PREFIX = 'ideas-matrix-cell';

export function cellId(impact: number, effort: number): string {
  return `${CELL_PREFIX}:${impact}:${effort}`;
}

export function ratingsOfCell(id: string): { impact: number; effort: number } | null {
  const [prefix, impact, effort] = id.split(':');
  if (prefix !== CELL_PREFIX) return null;
  const values = { impact: Number(impact), effort: Number(effort) };
  return Number.isInteger(values.impact) && Number.isInteger(values.effort) ? values : null;
}

const SCALE = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, index) => RATING_MIN + index);
/** Rows run from high impact at the top to low at the bottom; columns from low effort to high. */
export const IMPACT_ROWS = [...SCALE].reverse();
export const EFFORT_COLUMNS = SCALE;

/** The background of a cell: its zone, or the middle band of ratings that sit on the line. */
export function cellZoneClass(impact: number, effort: number): string {
  if (impact === RATING_MIDDLE || effort === RATING_MIDDLE) return 'zone-borderline';
  if (impact > RATING_MIDDLE) return effort > RATING_MIDDLE ? 'zone-bigBet' : 'zone-quickWin';
  return effort > RATING_MIDDLE ? 'zone-moneyPit' : 'zone-fillIn';
}
