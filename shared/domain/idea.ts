import { z } from 'zod';
import {
  canvasCoordinate,
  colour,
  link,
  links,
  longText,
  manualOrder,
  newId,
  ownedRecordFields,
  rating,
  shortText,
  withDefaults,
  type RecordFields,
} from './primitives';

/** New ideas land in the inbox; the facilitator moves them onto the board to cluster and rate them. */
export const IDEA_PLACES = ['inbox', 'canvas'] as const;

export const DEFAULT_IDEA_COLOUR = '#fde68a';

/** A sticky note from the expert group's brainstorm (phase 5). */
export const ideaSchema = z.strictObject({
  ...ownedRecordFields,
  text: longText,
  /** Free text so outside experts without a participant record can sign; '' means anonymous. */
  author: shortText,
  participantId: link.nullable(),
  colour,
  category: shortText,
  place: z.enum(IDEA_PLACES),
  x: canvasCoordinate,
  y: canvasCoordinate,
  impact: rating(1, 5).nullable(),
  effort: rating(1, 5).nullable(),
  clusterId: link.nullable(),
  objectiveIds: links,
  /** Chosen to become an initiative on the roadmap. */
  selected: z.boolean(),
  /** Keeps the inbox in the order ideas were written. */
  order: manualOrder,
});

export type Idea = z.infer<typeof ideaSchema>;
export type IdeaPlace = Idea['place'];

export function createIdea(workshopId: string, fields: RecordFields<Idea> = {}): Idea {
  const defaults: Omit<Idea, 'id' | 'workshopId'> = {
    text: '',
    author: '',
    participantId: null,
    colour: DEFAULT_IDEA_COLOUR,
    category: '',
    place: 'inbox',
    x: 0,
    y: 0,
    impact: null,
    effort: null,
    clusterId: null,
    objectiveIds: [],
    selected: false,
    order: 0,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
