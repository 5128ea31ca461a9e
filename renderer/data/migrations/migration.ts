import type { Transaction } from 'dexie';

/** A stored record as a migration sees it: untyped, because its shape belongs to an older version. */
export type StoredRecord = Record<string, unknown>;

/**
 * One schema version. Files under migrations/ are append-only: once a version has shipped, its
 * file never changes, because users' databases were built from exactly that declaration.
 */
export interface Migration {
  version: number;
  /** Dexie store declarations of this version (changed tables only; null deletes a table). */
  stores: Readonly<Record<string, string | null>>;
  /**
   * Per-record reshaping, run on every record of every table that exists at this version.
   * Kept as a pure function so the migration test can compute what an upgraded record must be.
   */
  upgradeRecord?: (table: string, record: StoredRecord) => StoredRecord;
  /** For changes a per-record function cannot express (moving data between tables). */
  upgrade?: (transaction: Transaction) => Promise<void>;
}
