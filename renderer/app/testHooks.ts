import { injectWriteFault } from '../data';

declare global {
  interface Window {
    __dsrsTest?: { injectWriteFault: typeof injectWriteFault };
  }
}

/**
 * Browser tests simulate a full disk through the data layer's fault injection. Exposed only when the
 * test harness sets the flag in local storage, so a normal session never carries it.
 */
export function installTestHooks(): void {
  try {
    if (localStorage.getItem('dsrs.testHooks') !== '1') return;
  } catch {
    return;
  }
  window.__dsrsTest = { injectWriteFault };
}
