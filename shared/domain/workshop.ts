import { z } from 'zod';
import { currencyCode, id, isoDate, isoDateTime, language, longText, newId, phaseIds, rating, shortText, todayIsoDate, withDefaults } from './primitives';

export const PAPER_SIZES = ['a4', 'letter'] as const;

/** The workshop owns every record; it is the unit of the library, of backups and of duplication. */
export const workshopSchema = z.strictObject({
  id,
  title: shortText,
  clientCompany: shortText,
  facilitator: shortText,
  date: isoDate,
  language,
  /** Every money amount in the workshop is in minor units of this currency. */
  currency: currencyCode,
  archived: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  completedPhases: phaseIds,
  notes: longText.optional(),
  dotsPerParticipant: rating(1, 20),
  votesRevealed: z.boolean(),
  paperSize: z.enum(PAPER_SIZES),
});

export type Workshop = z.infer<typeof workshopSchema>;
export type PaperSize = Workshop['paperSize'];

export function createWorkshop(fields: Partial<Omit<Workshop, 'id'>> = {}, now: Date = new Date()): Workshop {
  const timestamp = now.toISOString();
  const defaults: Omit<Workshop, 'id'> = {
    title: '',
    clientCompany: '',
    facilitator: '',
    date: todayIsoDate(now),
    language: 'en',
    currency: 'EUR',
    archived: false,
    createdAt: timestamp,
    updatedAt: timestamp,
    completedPhases: [],
    notes: '',
    dotsPerParticipant: 5,
    votesRevealed: false,
    paperSize: 'a4',
  };
  return { ...withDefaults(defaults, fields), id: newId() };
}
