import { useRef, type KeyboardEvent } from 'react';

export interface ImplementationTab<K extends string> {
  key: K;
  label: string;
  /** A figure shown beside the name (how many meetings, how many overdue). */
  count?: number;
  /** The figure asks for attention (overdue milestones). */
  alert?: boolean;
}

interface ImplementationTabsProps<K extends string> {
  label: string;
  tabs: readonly ImplementationTab<K>[];
  active: K;
  onChange: (key: K) => void;
  idPrefix: string;
}

/**
 * The parts of phase 7 as tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys and Home/End move
 * between tabs and show them at once, Tab goes on into the open panel.
 */
export function ImplementationTabs<K extends string>({ label, tabs, active, onChange, idPrefix }: ImplementationTabsProps<K>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const target = next === null ? undefined : tabs[next];
    if (!target || next === null) return;
    event.preventDefault();
    onChange(target.key);
    buttons.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className="impl-tabs">
      {tabs.map((tab, index) => {
        const selected = tab.key === active;
        return (
          <button
            key={tab.key}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={selected}
            aria-controls={selected ? `${idPrefix}-panel` : undefined}
            tabIndex={selected ? 0 : -1}
            className="impl-tab"
            onClick={() => onChange(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span>{tab.label}</span>
            {tab.count === undefined ? null : <span className={tab.alert ? 'impl-tab-count impl-tab-alert' : 'impl-tab-count'}>{tab.count}</span>}
          </button>
        );
      })}
    </div>
  );
}
