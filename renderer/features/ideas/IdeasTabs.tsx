import { useRef, type KeyboardEvent } from 'react';

export const IDEAS_VIEWS = ['board', 'matrix', 'voting'] as const;
export type IdeasView = (typeof IDEAS_VIEWS)[number];

interface IdeasTabsProps {
  label: string;
  labels: Readonly<Record<IdeasView, string>>;
  active: IdeasView;
  onChange: (view: IdeasView) => void;
  idPrefix: string;
}

/**
 * The three views of the phase as tabs (WAI-ARIA tabs: one tab stop, arrows and Home/End switch at
 * once, Tab goes on into the open view).
 */
export function IdeasTabs({ label, labels, active, onChange, idPrefix }: IdeasTabsProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = IDEAS_VIEWS.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1) :
      event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1) :
      event.key === 'Home' ? 0 :
      event.key === 'End' ? last : null;
    const view = next === null ? undefined : IDEAS_VIEWS[next];
    if (next === null || !view) return;
    event.preventDefault();
    onChange(view);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="ideas-tabs">
      {IDEAS_VIEWS.map((view, index) => {
        const selected = view === active;
        return (
          <button
            key={view}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${view}`}
            aria-selected={selected}
            aria-controls={selected ? `${idPrefix}-panel-${view}` : undefined}
            tabIndex={selected ? 0 : -1}
            className="ideas-tab"
            onClick={() => onChange(view)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {labels[view]}
          </button>
        );
      })}
    </div>
  );
}
