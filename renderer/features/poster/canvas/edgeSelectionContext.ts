import { createContext } from 'react';

/** Lets an edge's label (drawn outside the edge's own SVG group) select its relation when clicked. */
export const EdgeSelectionContext = createContext<(relationId: string) => void>(() => undefined);
