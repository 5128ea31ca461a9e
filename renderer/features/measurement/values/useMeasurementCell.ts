import { useEffect, useRef, useState } from 'react';
import { createMeasurement, type Kpi, type Measurement } from '../../../../shared/domain';
import { formatNumberForInput, parseNumberInput } from '../../../../shared/logic/numberInput';
import { addRecord, DataValidationError, deleteRecord, updateRecordContinuously } from '../../../data';

/**
 * One cell of the values grid. Every keystroke is stored: the first digit creates the measurement,
 * later ones update it (one undo step while typing), clearing the cell deletes it. Writes of a cell
 * run one after another, so a fast typist cannot create the same period twice while the first write
 * is still on its way. What is being typed stays in the cell; otherwise it shows what is stored.
 */
export function useMeasurementCell(kpi: Kpi, period: string, measurement: Measurement | undefined, language: string, undoLabel: string) {
  const stored = measurement ? formatNumberForInput(measurement.value, language) : '';
  const [draft, setDraft] = useState(stored);
  const [invalid, setInvalid] = useState(false);
  const focused = useRef(false);
  const currentId = useRef<string | null>(measurement?.id ?? null);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  const storedId = useRef<string | null>(measurement?.id ?? null);
  storedId.current = measurement?.id ?? null;

  // Undo, another window or an import changed the stored value: follow it unless a write of this
  // cell is still on its way (its result is what the cell will show next).
  useEffect(() => {
    if (pending.current === 0) currentId.current = measurement?.id ?? null;
  }, [measurement?.id]);

  useEffect(() => {
    if (focused.current) return;
    setDraft(stored);
    setInvalid(false);
  }, [stored]);

  const enqueue = (write: () => Promise<unknown>) => {
    pending.current += 1;
    writes.current = writes.current
      .then(write)
      .then(
        () => undefined,
        (reason: unknown) => {
          // The write did not happen: go on from what is really stored. Refused values are marked;
          // storage failures are shown by the save banner.
          currentId.current = storedId.current;
          if (reason instanceof DataValidationError) setInvalid(true);
        },
      )
      .finally(() => {
        pending.current -= 1;
      });
  };

  const change = (text: string) => {
    setDraft(text);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === '-') {
      setInvalid(false);
      const id = currentId.current;
      if (trimmed === '' && id !== null) {
        currentId.current = null;
        enqueue(() => deleteRecord('measurements', id, undoLabel));
      }
      return;
    }
    const value = parseNumberInput(text, language);
    if (value === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const id = currentId.current;
    if (id !== null) {
      enqueue(() => updateRecordContinuously('measurements', id, { value }, undoLabel, 'value'));
      return;
    }
    const record = createMeasurement(kpi.workshopId, { kpiId: kpi.id, period, value });
    currentId.current = record.id;
    enqueue(() => addRecord('measurements', record, undoLabel));
  };

  return {
    draft,
    invalid,
    change,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      if (!invalid) setDraft(stored);
    },
  };
}
