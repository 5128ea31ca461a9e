import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  /** A figure shown beside the name (how many records, how many overdue). */
  count?: number;
  /** The figure asks for attention (e.g. overdue milestones). */
  alert?: boolean;
}

interface TabsProps<K extends string> {
  label: string;
  tabs: readonly TabItem<K>[];
  active: K;
  onChange: (key: K) => void;
  idPrefix: string;
  /** Prefix of the feature's own classes: `<prefix>-tabs`, `<prefix>-tab`, `<prefix>-tab-count`, `<prefix>-tab-alert`. */
  classPrefix: string;
  /** The id of the panel a tab controls; by default one panel per tab, `<idPrefix>-panel-<key>`. */
  panelId?: (key: K) => string;
}

/**
 * The parts of a phase screen as tabs (WAI-ARIA tabs pattern): one tab stop; arrows, Home and End move
 * between tabs and open them at once; Tab goes on into the open panel.
 */
export function Tabs<K extends string>({ label, tabs, active, onChange, idPrefix, classPrefix, panelId }: TabsProps<K>) {
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
    <div role="tablist" aria-label={label} className={`${classPrefix}-tabs`}>
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
            aria-controls={selected ? (panelId ? panelId(tab.key) : `${idPrefix}-panel-${tab.key}`) : undefined}
            tabIndex={selected ? 0 : -1}
            className={`${classPrefix}-tab`}
            onClick={() => onChange(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span>{tab.label}</span>
            {tab.count === undefined ? null : (
              <span className={tab.alert ? `${classPrefix}-tab-count ${classPrefix}-tab-alert` : `${classPrefix}-tab-count`}>{tab.count}</span>
            )}
          </button>
        );
      })}
    </div>
  );
}
