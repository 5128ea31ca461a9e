import { z } from 'zod';
import { isoDate, longText, manualOrder, newId, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

/**
 * The preparation checklist of the method: what must be in place before the first workshop, then the
 * working habits that follow it. Their wording lives in the i18n catalogues under these keys.
 */
export const PREPARATION_CHECKLIST_KEYS = [
  'executive_sponsor',
  'business_owner',
  'business_case',
  'kpis_defined',
  'overlaps_identified',
  'governance_framework',
  'cross_functional_team',
  'agile_training',
  'process_and_mindset_changes',
  'short_iterations',
  'wider_demo',
  'early_user_champions',
  'element_of_delight',
] as const;

export const PREPARATION_ITEM_KEYS = [...PREPARATION_CHECKLIST_KEYS, 'custom'] as const;

export const PREPARATION_STATUSES = ['open', 'in_progress', 'done', 'not_applicable'] as const;

export const preparationItemSchema = z.strictObject({
  ...ownedRecordFields,
  key: z.enum(PREPARATION_ITEM_KEYS),
  /** The user's own wording: required in practice for 'custom', an edit of the built-in text otherwise. */
  label: shortText.optional(),
  owner: shortText,
  dueDate: isoDate.nullable(),
  status: z.enum(PREPARATION_STATUSES),
  note: longText,
  order: manualOrder,
});

export type PreparationItem = z.infer<typeof preparationItemSchema>;
export type PreparationItemKey = PreparationItem['key'];
export type PreparationStatus = PreparationItem['status'];

export function createPreparationItem(
  workshopId: string,
  fields: RecordFields<PreparationItem> = {},
): PreparationItem {
  const defaults: Omit<PreparationItem, 'id' | 'workshopId'> = {
    key: 'custom',
    label: '',
    owner: '',
    dueDate: null,
    status: 'open',
    note: '',
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
