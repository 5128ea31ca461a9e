import { useCallback, useId } from 'react';
import type { RecordKind, RecordOf } from '../../../shared/domain';
import { formatNumberForInput, parseNumberInput } from '../../../shared/logic/numberInput';
import { currencyDecimals, parseMoneyInput } from '../../../shared/logic/money';
import type { RecordPatch } from '../../data';
import { committedInputProps, FieldError } from './committedInput';
import { useFieldCommit } from './useFieldCommit';

type NumericField<K extends RecordKind> = { [F in keyof RecordOf<K>]: RecordOf<K>[F] extends number | null ? F : never }[keyof RecordOf<K>] & string;

interface RecordNumberFieldProps<K extends RecordKind> {
  kind: K;
  record: RecordOf<K>;
  field: NumericField<K>;
  label: string;
  hideLabel?: boolean;
  /** Workshop language: decides the decimal mark people type. */
  language: string;
  /** Money fields store integer minor units of this currency. */
  currency?: string;
  /** Whether clearing the field stores null (an unknown value) rather than refusing. */
  nullable?: boolean;
  min?: number;
  max?: number;
  suffix?: string;
  undoLabel: string;
}

/** A number (or money amount) bound to a stored record; invalid text is shown, never stored. */
export function RecordNumberField<K extends RecordKind>({ kind, record, field, label, hideLabel = false, language, currency, nullable = false, min, max, suffix, undoLabel }: RecordNumberFieldProps<K>) {
  const id = useId();
  const storedValue = record[field] as number | null;
  const decimals = currency ? currencyDecimals(currency) : 0;
  const stored = storedValue === null ? '' : formatNumberForInput(currency ? storedValue / 10 ** decimals : storedValue, language);

  const toPatch = useCallback(
    (text: string): RecordPatch<K> | null => {
      if (text.trim() === '') return nullable ? ({ [field]: null } as RecordPatch<K>) : null;
      const value = currency ? parseMoneyInput(language === 'es' ? text.replace(/\./g, '') : text.replace(/,/g, ''), currency) : parseNumberInput(text, language);
      if (value === null) return null;
      if (min !== undefined && value < min) return null;
      if (max !== undefined && value > max) return null;
      return { [field]: value } as RecordPatch<K>;
    },
    [field, nullable, currency, language, min, max],
  );
  const committed = useFieldCommit<K, string>(kind, record, field, toPatch, stored, { continuous: true, undoLabel });
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <div className="input-with-suffix">
        <input
          className="input input-number"
          inputMode="decimal"
          {...committedInputProps(id, committed)}
        />
        {suffix || currency ? <span className="input-suffix" aria-hidden="true">{suffix ?? currency}</span> : null}
      </div>
      <FieldError id={id} error={committed.error} />
    </div>
  );
}
