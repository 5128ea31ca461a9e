import { z } from 'zod';
import {
  canvasCoordinate,
  link,
  newId,
  ownedRecordFields,
  rating,
  shortText,
  withDefaults,
  type RequiredRecordFields,
} from './primitives';

export const STAKEHOLDER_SIDES = ['customer', 'ours'] as const;

/** Roles in the customer's buying team. */
export const CUSTOMER_STAKEHOLDER_ROLES = [
  'decision_maker',
  'economic_buyer',
  'technical_buyer',
  'user',
  'influencer',
  'gatekeeper',
] as const;

/** Roles of the people on our side who touch the account, outside lawyers and carriers included. */
export const OUR_STAKEHOLDER_ROLES = ['account_owner', 'specialist', 'executive', 'external'] as const;

export const STAKEHOLDER_ROLES = [...CUSTOMER_STAKEHOLDER_ROLES, ...OUR_STAKEHOLDER_ROLES] as const;

export const STAKEHOLDER_ATTITUDES = ['champion', 'supporter', 'neutral', 'sceptic', 'blocker'] as const;

export type StakeholderSide = (typeof STAKEHOLDER_SIDES)[number];
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export function rolesForSide(side: StakeholderSide): readonly StakeholderRole[] {
  return side === 'customer' ? CUSTOMER_STAKEHOLDER_ROLES : OUR_STAKEHOLDER_ROLES;
}

/** A person on a key account's relationship poster (phase 4b), placed on its canvas. */
export const stakeholderSchema = z
  .strictObject({
    ...ownedRecordFields,
    keyAccountId: link,
    name: shortText,
    title: shortText,
    side: z.enum(STAKEHOLDER_SIDES),
    role: z.enum(STAKEHOLDER_ROLES),
    /** The company the person works for when it is neither the customer nor us (a law firm, a carrier). */
    organisation: shortText.optional(),
    influence: rating(1, 5),
    attitude: z.enum(STAKEHOLDER_ATTITUDES),
    x: canvasCoordinate,
    y: canvasCoordinate,
  })
  .refine((stakeholder) => rolesForSide(stakeholder.side).includes(stakeholder.role), {
    path: ['role'],
    message: 'Role does not belong to this side',
  });

export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type StakeholderAttitude = Stakeholder['attitude'];

export function createStakeholder(
  workshopId: string,
  fields: RequiredRecordFields<Stakeholder, 'keyAccountId'>,
): Stakeholder {
  const side = fields.side ?? 'customer';
  const defaults: Omit<Stakeholder, 'id' | 'workshopId'> = {
    keyAccountId: fields.keyAccountId,
    name: '',
    title: '',
    side,
    role: side === 'customer' ? 'influencer' : 'account_owner',
    organisation: '',
    influence: 3,
    attitude: 'neutral',
    x: 0,
    y: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
