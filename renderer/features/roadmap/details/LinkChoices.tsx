import { useId } from 'react';

export interface LinkChoice {
  id: string;
  label: string;
  /** Said after the label, e.g. the dates, or why it cannot be chosen. */
  detail?: string;
  disabled?: boolean;
}

interface LinkChoicesProps {
  legend: string;
  hint?: string;
  choices: readonly LinkChoice[];
  selectedIds: readonly string[];
  emptyText: string;
  onToggle: (id: string, checked: boolean) => void;
}

/** A set of links as checkboxes: one box per record that can be linked, each change stored at once. */
export function LinkChoices({ legend, hint, choices, selectedIds, emptyText, onToggle }: LinkChoicesProps) {
  const hintId = useId();
  const selected = new Set(selectedIds);
  return (
    <fieldset className="rm-link-choices" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? <p id={hintId} className="field-hint">{hint}</p> : null}
      {choices.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="rm-link-list">
          {choices.map((choice) => (
            <li key={choice.id}>
              <label className={choice.disabled ? 'checkbox-field rm-link-disabled' : 'checkbox-field'}>
                <input type="checkbox" checked={selected.has(choice.id)} disabled={choice.disabled && !selected.has(choice.id)} onChange={(event) => onToggle(choice.id, event.target.checked)} />
                <span>
                  {choice.label}
                  {choice.detail ? <span className="muted rm-link-detail"> · {choice.detail}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
