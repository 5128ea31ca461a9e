import { useState } from 'react';
import type { KeyAccount } from '../../../shared/domain';

const STORAGE_PREFIX = 'dsrs.poster.account.';

function readStored(workshopId: string): string | null {
  try {
    return sessionStorage.getItem(STORAGE_PREFIX + workshopId);
  } catch {
    return null;
  }
}

/**
 * Which key account's poster is open. A reload in the middle of a meeting comes back to it; when the
 * account is gone (deleted, undone) the first one opens instead.
 */
export function useActiveAccount(workshopId: string, accounts: readonly KeyAccount[] | undefined): [KeyAccount | undefined, (id: string) => void] {
  const [chosenId, setChosenId] = useState<string | null>(() => readStored(workshopId));
  const active = accounts?.find((account) => account.id === chosenId) ?? accounts?.[0];
  const choose = (id: string) => {
    setChosenId(id);
    try {
      sessionStorage.setItem(STORAGE_PREFIX + workshopId, id);
    } catch {
      // Storage off: the choice simply resets on reload.
    }
  };
  return [active, choose];
}
