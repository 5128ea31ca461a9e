/**
 * Which tab and which initiative the screen showed, kept for the browser session so a reload in the
 * middle of the weekly meeting comes back to the same place. Not stored data: per window, and lost
 * without harm.
 */

function key(workshopId: string, what: string): string {
  return `dsrs.implementation.${workshopId}.${what}`;
}

export function readViewMemory(workshopId: string, what: string): string | null {
  try {
    return sessionStorage.getItem(key(workshopId, what));
  } catch {
    return null;
  }
}

export function writeViewMemory(workshopId: string, what: string, value: string): void {
  try {
    sessionStorage.setItem(key(workshopId, what), value);
  } catch {
    // Storage off: the screen simply starts from the beginning after a reload.
  }
}
