import { z } from 'zod';
import { isoDate, longText, newId, nonNegativeMoney, ownedRecordFields, shortText, todayIsoDate, withDefaults, type RecordFields } from './primitives';

/** One line of the lost-deal log (phase 3): who we lost, where, with what, to whom and why. */
export const lostDealSchema = z.strictObject({
  ...ownedRecordFields,
  customer: shortText,
  market: shortText,
  product: shortText,
  competitor: shortText,
  reason: longText,
  /** Minor units of the workshop currency. */
  value: nonNegativeMoney,
  date: isoDate,
});

export type LostDeal = z.infer<typeof lostDealSchema>;

export function createLostDeal(workshopId: string, fields: RecordFields<LostDeal> = {}): LostDeal {
  const defaults: Omit<LostDeal, 'id' | 'workshopId'> = {
    customer: '',
    market: '',
    product: '',
    competitor: '',
    reason: '',
    value: 0,
    date: todayIsoDate(),
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
