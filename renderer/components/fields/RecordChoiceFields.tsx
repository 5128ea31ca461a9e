import { useId } from 'react';
import i18next from 'i18next';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import { DataValidationError, updateRecord } from '../../data';
import type { RecordPatch } from '../../data';
import { showToast } from '../toastStore';

type FieldOf<K extends RecordKind, T> = { [F in keyof RecordOf<K>]: RecordOf<K>[F] extends T ? F : never }[keyof RecordOf<K>] & string;

/** Choices are stored the moment they are made; one choice is one undo step. */
async function store<K extends RecordKind>(kind: K, id: string, patch: RecordPatch<K>, undoLabel: string): Promise<void> {
  try {
    await updateRecord(kind, id, patch, undoLabel);
  } catch (reason) {
    if (reason instanceof DataValidationError) showToast({ tone: 'error', message: i18next.t('fields.invalid') });
  }
}

export interface ChoiceOption<V extends string | number | null> {
  value: V;
  label: string;
}

interface RecordSelectProps<K extends RecordKind, V extends string | null> {
  kind: K;
  record: RecordOf<K>;
  field: FieldOf<K, V>;
  label: string;
  hideLabel?: boolean;
  options: readonly ChoiceOption<V>[];
  undoLabel: string;
}

const NULL_VALUE = '__none__';

export function RecordSelect<K extends RecordKind, V extends string | null>({ kind, record, field, label, hideLabel = false, options, undoLabel }: RecordSelectProps<K, V>) {
  const id = useId();
  const value = record[field] as V;
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <select
        id={id}
        className="select"
        value={value ?? NULL_VALUE}
        onChange={(event) => {
          const chosen = options.find((option) => (option.value ?? NULL_VALUE) === event.target.value);
          if (chosen) void store(kind, record.id, { [field]: chosen.value } as RecordPatch<K>, undoLabel);
        }}
      >
        {options.map((option) => (
          <option key={String(option.value)} value={option.value ?? NULL_VALUE}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

interface RecordCheckboxProps<K extends RecordKind> {
  kind: K;
  record: RecordOf<K>;
  field: FieldOf<K, boolean>;
  label: string;
  undoLabel: string;
}

export function RecordCheckbox<K extends RecordKind>({ kind, record, field, label, undoLabel }: RecordCheckboxProps<K>) {
  const checked = record[field] as boolean;
  return (
    <label className="checkbox-field">
      <input type="checkbox" checked={checked} onChange={(event) => void store(kind, record.id, { [field]: event.target.checked } as RecordPatch<K>, undoLabel)} />
      <span>{label}</span>
    </label>
  );
}

interface RecordChoiceGroupProps<K extends RecordKind, V extends string | number | null> {
  kind: K;
  record: RecordOf<K>;
  field: FieldOf<K, V>;
  legend: string;
  hideLegend?: boolean;
  options: readonly ChoiceOption<V>[];
  undoLabel: string;
  /** Large buttons for the projector view. */
  size?: 'md' | 'lg';
}

/** A row of radio buttons (arrow keys move between them, as in any radio group). */
export function RecordChoiceGroup<K extends RecordKind, V extends string | number | null>({ kind, record, field, legend, hideLegend = false, options, undoLabel, size = 'md' }: RecordChoiceGroupProps<K, V>) {
  const name = useId();
  const value = record[field] as V;
  return (
    <fieldset className={`choice-group choice-${size}`}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => {
          const optionId = `${name}-${String(option.value)}`;
          return (
            <span key={String(option.value)} className="choice-option">
              <input
                type="radio"
                id={optionId}
                name={name}
                checked={value === option.value}
                onChange={() => void store(kind, record.id, { [field]: option.value } as RecordPatch<K>, undoLabel)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
