import { z } from 'zod';
import { isoDate, link, longText, newId, ownedRecordFields, shortText, todayIsoDate, withDefaults, type RequiredRecordFields } from './primitives';

/** A dated point on an initiative that is reached when something measurable happens. */
export const milestoneSchema = z.strictObject({
  ...ownedRecordFields,
  initiativeId: link,
  title: shortText,
  date: isoDate,
  /** What can be observed when the milestone is reached ("first 20 accounts migrated to the CRM"). */
  measurableEvent: longText,
  done: z.boolean(),
});

export type Milestone = z.infer<typeof milestoneSchema>;

export function createMilestone(workshopId: string, fields: RequiredRecordFields<Milestone, 'initiativeId'>): Milestone {
  const defaults: Omit<Milestone, 'id' | 'workshopId'> = {
    initiativeId: fields.initiativeId,
    title: '',
    date: todayIsoDate(),
    measurableEvent: '',
    done: false,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
