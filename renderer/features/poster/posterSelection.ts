/** What is selected on a poster: one person, one relation, or nothing. Lives only in the screen. */
export type PosterSelection = { kind: 'person'; id: string } | { kind: 'relation'; id: string } | null;

export function selectedIdOf(selection: PosterSelection, kind: 'person' | 'relation'): string | null {
  return selection?.kind === kind ? selection.id : null;
}
