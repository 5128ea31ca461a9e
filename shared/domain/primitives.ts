import { z } from 'zod';
import { PHASE_IDS } from '../method/phases';

/**
 * Building blocks shared by every domain schema. Limits are generous for real use but bounded, so a
 * corrupt or hostile backup cannot push megabytes of text or absurd numbers into the database.
 */

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 10_000;
export const MAX_LINKS = 1_000;
/** Canvas positions and sizes stay far inside what a screen or a PDF page can show. */
export const CANVAS_LIMIT = 1_000_000;

/** UUID-shaped (8-4-4-4-12 hex). The version nibble is not checked: the app generates v4, fixtures may not. */
export const id = z.guid();

/** A plan date, YYYY-MM-DD, that exists in the calendar (2026-02-30 is rejected). */
export const isoDate = z.iso.date();

/** A timestamp as produced by Date.prototype.toISOString (an offset is accepted too). */
export const isoDateTime = z.iso.datetime({ offset: true });

/** A clock time HH:MM on a 24-hour clock. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM');

export const shortText = z.string().max(SHORT_TEXT_MAX);
export const longText = z.string().max(LONG_TEXT_MAX);

/** zod's number already rejects NaN and ±Infinity; named so schemas say what they mean. */
export const finiteNumber = z.number();

/** Money in integer minor units of the workshop currency (cents), so sums never drift. */
export const money = z.int();

/** An amount that cannot be below zero (a deal's value, a budget), as the screens and imports require. */
export const nonNegativeMoney = z.int().nonnegative();

/** A percentage as a plain number (12.5 means 12.5 %). */
export const percent = z.number();

/** An integer rating between min and max inclusive. */
export function rating(min: number, max: number) {
  return z.int().min(min).max(max);
}

export const canvasCoordinate = z.number().min(-CANVAS_LIMIT).max(CANVAS_LIMIT);
export const canvasSize = z.number().positive().max(CANVAS_LIMIT);

/** ISO 4217 style code, e.g. EUR, USD. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Expected three upper-case letters');

export const LANGUAGES = ['en', 'es'] as const;
export const language = z.enum(LANGUAGES);
export type Language = z.infer<typeof language>;

export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected #rrggbb');

/** A single link to another record by id. */
export const link = id;

/** A set of links: bounded and without repeats, so "linked twice" can never happen. */
export const links = z
  .array(id)
  .max(MAX_LINKS)
  .refine((values) => new Set(values).size === values.length, 'Links must be unique');

export const phaseId = z.enum(PHASE_IDS);

/** A set of method phases, each at most once. */
export const phaseIds = z
  .array(phaseId)
  .max(PHASE_IDS.length)
  .refine((values) => new Set(values).size === values.length, 'Phases must be unique');

/** An empty string (not given) or a plausible e-mail address. */
export const optionalEmail = z.union([z.literal(''), z.email().max(SHORT_TEXT_MAX)]);

/** Every record belongs to exactly one workshop. */
export const ownedRecordFields = {
  id,
  workshopId: id,
};

/** Position in a list the user orders by hand. */
export const manualOrder = z.number();

/** What a factory accepts: any editable field, never the identity fields it fills itself. */
export type RecordFields<T> = Partial<Omit<T, 'id' | 'workshopId'>>;

/** Factory input for kinds that cannot exist without some fields (usually the link to their owner). */
export type RequiredRecordFields<T, Required extends keyof T> = Pick<T, Required> & RecordFields<T>;

export function newId(): string {
  return crypto.randomUUID();
}

/** Today's date in the user's local calendar, as a plan date. */
export function todayIsoDate(now: Date = new Date()): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Adds whole days to a plan date using UTC arithmetic, so daylight-saving changes cannot shift it. */
export function addDaysToIsoDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/**
 * Fills defaults with the given fields, ignoring fields explicitly set to undefined so a caller
 * spreading a partial form state cannot blank out a default.
 */
export function withDefaults<T extends object>(defaults: T, fields: Partial<T>): T {
  const result: T = { ...defaults };
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== undefined) result[key] = value as T[keyof T];
  }
  return result;
}
