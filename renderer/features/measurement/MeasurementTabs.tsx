import { useRef, type KeyboardEvent } from 'react';

export interface MeasurementTab<K extends string> {
  key: K;
  label: string;
  /** How many records the part holds, shown beside its name. */
  count?: number;
}

interface MeasurementTabsProps<K extends string> {
  label: string;
  tabs: readonly MeasurementTab<K>[];
  active: K;
  onChange: (key: K) => void;
  idPrefix: string;
}

/**
 * The parts of phase 8 as tabs (WAI-ARIA tabs pattern): one tab stop; arrows, Home and End move
 * between tabs and open them at once; Tab goes on into the open panel.
 */
export function MeasurementTabs<K extends string>({ label, tabs, active, onChange, idPrefix }: MeasurementTabsProps<K>) {
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
    <div role="tablist" aria-label={label} className="msr-tabs">
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
            aria-controls={selected ? `${idPrefix}-panel-${tab.key}` : undefined}
            tabIndex={selected ? 0 : -1}
            className="msr-tab"
            onClick={() => onChange(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span>{tab.label}</span>
            {tab.count === undefined ? null : <span className="msr-tab-count">{tab.count}</span>}
          </button>
        );
      })}
    </div>
  );
}
