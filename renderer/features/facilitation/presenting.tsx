import { createContext, useContext, type ReactNode } from 'react';

const PresentingContext = createContext(false);

/**
 * True inside presenter mode: the phase is on the projector, read-only, in large type. Phase screens
 * read it to leave out their editing controls or to lay themselves out for the room.
 */
export function usePresenting(): boolean {
  return useContext(PresentingContext);
}

export function PresentingProvider({ children }: { children: ReactNode }) {
  return <PresentingContext.Provider value>{children}</PresentingContext.Provider>;
}
