/**
 * Every schema version in order. To change the schema, add vN.ts and append it here; never edit
 * an existing version (the migration test upgrades a database built at each version).
 */
import type { Migration } from './migration';
import { v1 } from './v1';

export const MIGRATIONS: readonly Migration[] = [v1];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export type { Migration, StoredRecord } from './migration';
