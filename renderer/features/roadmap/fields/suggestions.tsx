import { createContext, useContext, useId, useMemo, type ReactNode } from 'react';
import type { CommunicationItem, Initiative, Participant } from '../../../../shared/domain';

export interface SuggestionListIds {
  workstreams: string;
  people: string;
  audiences: string;
  channels: string;
}

const SuggestionContext = createContext<SuggestionListIds | null>(null);

export function useSuggestionLists(): SuggestionListIds {
  const ids = useContext(SuggestionContext);
  if (!ids) throw new Error('useSuggestionLists is used outside RoadmapSuggestions');
  return ids;
}

/** Each value once, as first written, ignoring case and surrounding spaces; sorted for the list. */
function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const trimmed = value.trim();
    const key = trimmed.toLocaleLowerCase();
    if (trimmed !== '' && !seen.has(key)) seen.set(key, trimmed);
  }
  return [...seen.values()].sort((left, right) => left.localeCompare(right));
}

interface RoadmapSuggestionsProps {
  initiatives: readonly Initiative[];
  communicationItems: readonly CommunicationItem[];
  participants: readonly Participant[];
  children: ReactNode;
}

/**
 * The values the roadmap already uses, offered while typing: a lane spelled two ways would draw two
 * lanes, and owners are easier to follow up when written like the roster.
 */
export function RoadmapSuggestions({ initiatives, communicationItems, participants, children }: RoadmapSuggestionsProps) {
  const prefix = useId();
  const ids = useMemo<SuggestionListIds>(
    () => ({ workstreams: `${prefix}-workstreams`, people: `${prefix}-people`, audiences: `${prefix}-audiences`, channels: `${prefix}-channels` }),
    [prefix],
  );
  const lists = useMemo(
    () => ({
      workstreams: distinct(initiatives.map((initiative) => initiative.workstream)),
      people: distinct([...participants.map((participant) => participant.name), ...initiatives.map((initiative) => initiative.owner), ...communicationItems.map((item) => item.owner)]),
      audiences: distinct(communicationItems.map((item) => item.audience)),
      channels: distinct(communicationItems.map((item) => item.channel)),
    }),
    [initiatives, communicationItems, participants],
  );
  return (
    <SuggestionContext.Provider value={ids}>
      {children}
      {(Object.keys(ids) as (keyof SuggestionListIds)[]).map((key) => (
        <datalist key={key} id={ids[key]}>
          {lists[key].map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      ))}
    </SuggestionContext.Provider>
  );
}
