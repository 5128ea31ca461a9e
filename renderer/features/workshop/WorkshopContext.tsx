import { createContext, useContext, type ReactNode } from 'react';
import type { Workshop } from '../../../shared/domain';

const WorkshopContext = createContext<Workshop | null>(null);

/** The open workshop, for phase screens that format numbers, money and dates in its locale. */
export function WorkshopProvider({ workshop, children }: { workshop: Workshop; children: ReactNode }) {
  return <WorkshopContext.Provider value={workshop}>{children}</WorkshopContext.Provider>;
}

export function useCurrentWorkshop(): Workshop {
  const workshop = useContext(WorkshopContext);
  if (!workshop) throw new Error('useCurrentWorkshop is used outside a workshop');
  return workshop;
}
