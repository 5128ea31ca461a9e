import { Dexie } from 'dexie';
import type { Table } from 'dexie';
import { RECORD_KINDS } from '../../shared/domain';
import type { RecordKind, RecordOf, Workshop } from '../../shared/domain';
import { applyMigrations } from './migrations/applyMigrations';
import { MIGRATIONS } from './migrations';

export const DATABASE_NAME = 'dsrs-studio';

/** Small key/value facts about the installation (e.g. when the last automatic backup ran). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The app's IndexedDB database. Transactions are committed with strict durability: the user
 * expects an edit to survive a power cut the moment the indicator says "saved".
 */
export class DsrsDatabase extends Dexie {
  // `declare` keeps class-field semantics from overwriting the tables Dexie attaches in version().
  declare readonly workshops: Table<Workshop, string>;
  declare readonly meta: Table<MetaEntry, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    applyMigrations(this, MIGRATIONS);
  }

  /** The table of one record kind, typed by kind. */
  recordTable<K extends RecordKind>(kind: K): Table<RecordOf<K>, string> {
    return this.table(kind);
  }

  /**
   * Every table. Write transactions lock them all: edits cascade across kinds (deleting a KPI
   * deletes its measurements), and a workshop is small enough that finer locks buy nothing.
   */
  allTables(): Table[] {
    return [this.workshops, this.meta, ...RECORD_KINDS.map((kind) => this.table(kind))];
  }
}

/** Opens (lazily, on first use) the app database, or a separately named one for tests. */
export function openDatabase(name: string = DATABASE_NAME): DsrsDatabase {
  return new DsrsDatabase(name);
}
