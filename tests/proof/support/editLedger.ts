/**
 * What the proof knows about each stored value it edits ("slot"): the value last confirmed (shown as
 * saved by the UI, or read back from disk) and the values written after it that the UI had not yet
 * confirmed. After a crash the disk may hold any of those, and nothing else; an older value means an
 * acknowledged edit was lost.
 */
export type SlotValue = string | boolean;

interface Slot {
  /** undefined: never confirmed (the proof has no claim on this value yet). */
  confirmed: SlotValue | undefined;
  /** Written after `confirmed`, not yet acknowledged: each may or may not have reached the disk. */
  unconfirmed: SlotValue[];
}

export interface LostEdit {
  slot: string;
  expected: SlotValue | undefined;
  alsoAllowed: SlotValue[];
  found: SlotValue | undefined;
}

export class EditLedger {
  private readonly slots = new Map<string, Slot>();
  acknowledgedEdits = 0;
  readonly lost: LostEdit[] = [];

  private slot(key: string): Slot {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { confirmed: undefined, unconfirmed: [] };
      this.slots.set(key, slot);
    }
    return slot;
  }

  /** Called just before the UI is asked to write `value`. */
  attempt(key: string, value: SlotValue): void {
    this.slot(key).unconfirmed.push(value);
  }

  /** The UI showed "saved" after writing `value`: from now on, the disk must hold it or a later write. */
  acknowledge(key: string, value: SlotValue): void {
    const slot = this.slot(key);
    slot.confirmed = value;
    slot.unconfirmed = [];
    this.acknowledgedEdits += 1;
  }

  knows(key: string): boolean {
    return this.slots.get(key)?.confirmed !== undefined;
  }

  /**
   * Compares the value read from disk after a restart (undefined: the record is gone), records a
   * loss if it is not allowed, then takes it as the new confirmed value.
   */
  verify(key: string, found: SlotValue | undefined): void {
    const slot = this.slot(key);
    const allowed = slot.confirmed === undefined ? slot.unconfirmed : [slot.confirmed, ...slot.unconfirmed];
    const claimed = slot.confirmed !== undefined;
    if (claimed && (found === undefined || !allowed.includes(found))) {
      this.lost.push({ slot: key, expected: slot.confirmed, alsoAllowed: [...slot.unconfirmed], found });
    }
    slot.confirmed = found;
    slot.unconfirmed = [];
  }

  /** Keys of every slot with a confirmed value whose key starts with `prefix`. */
  confirmedKeys(prefix: string): string[] {
    return [...this.slots.entries()].filter(([key, slot]) => key.startsWith(prefix) && slot.confirmed !== undefined).map(([key]) => key);
  }

  /** Every value the slot may hold right now (confirmed first). */
  possibleValues(key: string): SlotValue[] {
    const slot = this.slots.get(key);
    if (!slot) return [];
    return slot.confirmed === undefined ? [...slot.unconfirmed] : [slot.confirmed, ...slot.unconfirmed];
  }
}
