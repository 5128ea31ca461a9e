import { z } from 'zod';
import { isoDate, links, longText, newId, ownedRecordFields, todayIsoDate, withDefaults, type RecordFields } from './primitives';

/** A meeting of the implementation group (phase 7): who came, what was said and what was decided. */
export const meetingSchema = z.strictObject({
  ...ownedRecordFields,
  date: isoDate,
  attendeeIds: links,
  notes: longText,
  decisions: longText,
});

export type Meeting = z.infer<typeof meetingSchema>;

export function createMeeting(workshopId: string, fields: RecordFields<Meeting> = {}): Meeting {
  const defaults: Omit<Meeting, 'id' | 'workshopId'> = {
    date: todayIsoDate(),
    attendeeIds: [],
    notes: '',
    decisions: '',
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
