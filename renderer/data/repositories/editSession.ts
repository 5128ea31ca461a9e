import type { RecordKind, RecordOf, Workshop } from '../../../shared/domain';
import { DataValidationError } from '../errors';
import type { ValidationIssue } from '../errors';
import type { JournalChange, JournalKind } from '../undo/journalEntry';
import { storedValueMatches } from '../undo/storedValueEquality';
import { missingLinkTargets } from './linkIntegrity';
import { WorkshopReader } from './workshopReader';

interface Touched {
  kind: JournalKind;
  id: string;
  before: unknown;
}

/**
 * One edit of one workshop, inside its transaction. Writes go straight to the tables (so later
 * reads in the same edit see them); the first touch of each record remembers its value before
 * the edit, and the journal entry is the before/after of every touched record.
 */
export class EditSession extends WorkshopReader {
  private readonly touched = new Map<string, Touched>();

  async putRecord<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<void> {
    if (record.workshopId !== this.workshopId) {
      throw new DataValidationError(`A ${kind} record of another workshop cannot be written in this edit`, [
        { path: 'workshopId', message: 'Does not match the workshop being edited' },
      ]);
    }
    this.assertOwned(kind, await this.rememberBefore(kind, record.id));
    await this.database.recordTable(kind).put(record);
  }

  async removeRecord(kind: RecordKind, id: string): Promise<void> {
    this.assertOwned(kind, await this.rememberBefore(kind, id));
    await this.database.recordTable(kind).delete(id);
  }

  async putWorkshop(workshop: Workshop): Promise<void> {
    if (workshop.id !== this.workshopId) throw new DataValidationError('Only the workshop being edited can be written');
    await this.rememberBefore('workshops', workshop.id);
    await this.database.workshops.put(workshop);
  }

  /** Refuses the edit if any record it wrote links to a record that does not exist in the workshop. */
  async assertLinksResolve(): Promise<void> {
    const issues: ValidationIssue[] = [];
    for (const { kind, id } of this.touched.values()) {
      if (kind === 'workshops') continue;
      const record = await this.getRecord(kind, id);
      if (record) issues.push(...(await missingLinkTargets(this, kind, record)));
    }
    if (issues.length > 0) throw new DataValidationError('Links point at records that do not exist', issues);
  }

  /** The net effect of the edit: records written back to their old value are left out. */
  async collectChanges(): Promise<JournalChange[]> {
    const changes: JournalChange[] = [];
    for (const { kind, id, before } of this.touched.values()) {
      const after = (await this.readStored(kind, id)) ?? null;
      if (storedValueMatches(kind, after, before)) continue;
      // The values were read from the table named by `kind`, so they have that kind's type.
      changes.push({ kind, id, before, after } as JournalChange);
    }
    return changes;
  }

  /** Returns the value the record had before this edit (null: it did not exist). */
  private async rememberBefore(kind: JournalKind, id: string): Promise<unknown> {
    const key = `${kind}/${id}`;
    const known = this.touched.get(key);
    if (known) return known.before;
    const before = (await this.readStored(kind, id)) ?? null;
    this.touched.set(key, { kind, id, before });
    return before;
  }

  /** An id that already belongs to another workshop must never be overwritten or deleted from here. */
  private assertOwned(kind: RecordKind, stored: unknown): void {
    if (stored === null || typeof stored !== 'object') return;
    if ((stored as { workshopId?: unknown }).workshopId !== this.workshopId) {
      throw new DataValidationError(`The ${kind} id is already used by another workshop`, [
        { path: 'id', message: 'Belongs to another workshop' },
      ]);
    }
  }

  private readStored(kind: JournalKind, id: string): Promise<unknown> {
    return kind === 'workshops' ? this.database.workshops.get(id) : this.database.recordTable(kind).get(id);
  }
}
