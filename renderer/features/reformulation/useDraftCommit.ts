import { useCallback, useEffect, useRef, useState } from 'react';
import i18next from 'i18next';
import { DataValidationError } from '../../data';

/**
 * Text being typed lives here (so the caret never jumps) and every change is stored at once by
 * `store`; while the field is not focused it shows the stored value, so undo and other windows
 * show up immediately. The shared field components bind only top-level fields; this one also
 * serves the nested ones (a check's rationale, the reserve plan).
 */
export function useDraftCommit(stored: string, store: (value: string) => Promise<unknown>) {
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setDraft(stored);
  }, [stored]);

  const commit = useCallback(
    async (value: string) => {
      setDraft(value);
      try {
        await store(value);
        setError(null);
      } catch (reason) {
        // Refused input keeps the stored value; storage failures are shown by the save banner.
        if (reason instanceof DataValidationError) setError(i18next.t('fields.invalid'));
      }
    },
    [store],
  );

  return {
    draft,
    error,
    commit,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      if (!error) setDraft(stored);
    },
  };
}
