import { z } from 'zod';
import { canvasCoordinate, canvasSize, colour, newId, ownedRecordFields, shortText, withDefaults, type RecordFields } from './primitives';

export const DEFAULT_CLUSTER_COLOUR = '#dbeafe';

/** A named area on the idea board that groups related ideas. */
export const clusterSchema = z.strictObject({
  ...ownedRecordFields,
  name: shortText,
  x: canvasCoordinate,
  y: canvasCoordinate,
  width: canvasSize,
  height: canvasSize,
  colour,
});

export type Cluster = z.infer<typeof clusterSchema>;

export function createCluster(workshopId: string, fields: RecordFields<Cluster> = {}): Cluster {
  const defaults: Omit<Cluster, 'id' | 'workshopId'> = {
    name: '',
    x: 0,
    y: 0,
    width: 480,
    height: 320,
    colour: DEFAULT_CLUSTER_COLOUR,
  };
  return { ...withDefaults(defaults, fields), id: newId(), workshopId };
}
