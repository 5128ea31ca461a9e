import { z } from 'zod';
import {
  addDaysToIsoDate,
  isoDate,
  links,
  longText,
  manualOrder,
  newId,
  nonNegativeMoney,
  ownedRecordFields,
  shortText,
  todayIsoDate,
  withDefaults,
  type RecordFields,
} from './primitives';

export const INITIATIVE_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] as const;

/** A new initiative is planned for a quarter until someone says otherwise. */
export const DEFAULT_INITIATIVE_DAYS = 90;

/** A concrete piece of work on the roadmap (phase 6), traced to the ideas and objectives behind it. */
export const initiativeSchema = z
  .strictObject({
    ...ownedRecordFields,
    title: shortText,
    description: longText,
    /** The roadmap lane it is drawn in. */
    workstream: shortText,
    owner: shortText,
    team: shortText,
    means: longText,
    /** Minor units of the workshop currency. */
    budget: nonNegativeMoney,
    start: isoDate,
    end: isoDate,
    status: z.enum(INITIATIVE_STATUSES),
    dependsOnIds: links,
    ideaIds: links,
    objectiveIds: links,
    order: manualOrder,
  })
  // ISO plan dates compare correctly as strings.
  .refine((initiative) => initiative.end >= initiative.start, {
    path: ['end'],
    message: 'End must not be before start',
  });

export type Initiative = z.infer<typeof initiativeSchema>;
export type InitiativeStatus = Initiative['status'];

export function createInitiative(workshopId: string, fields: RecordFields<Initiative> = {}): Initiative {
  const start = fields.start ?? todayIsoDate();
  const defaults: Omit<Initiative, 'id' | 'workshopId'> = {
    title: '',
    description: '',
    workstream: '',
    owner: '',
    team: '',
    means: '',
    budget: 0,
    start,
    end: addDaysToIsoDate(start, DEFAULT_INITIATIVE_DAYS),
    status: 'not_started',
    dependsOnIds: [],
    ideaIds: [],
    objectiveIds: [],
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
