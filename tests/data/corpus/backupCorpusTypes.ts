import type { BackupProblemCode } from '../../../shared/backup';

/** The groups the brief names; the summary counts outcomes per category. */
export type BackupFamily = 'byte' | 'structural' | 'semantic' | 'text';

export type BackupCategory =
  // byte level
  | 'truncated'
  | 'flipped-bytes'
  | 'bom'
  | 'invalid-utf8'
  | 'not-json'
  // structural
  | 'wrong-type'
  | 'missing-key'
  | 'extra-key'
  | 'version'
  | 'array-for-object'
  | 'object-for-array'
  // semantic
  | 'duplicate-id'
  | 'dangling-link'
  | 'wrong-kind-link'
  | 'wrong-workshop'
  | 'link-cycle'
  | 'invalid-date'
  | 'non-finite-number'
  | 'money'
  | 'huge-string'
  | 'deep-nesting'
  | 'forbidden-key'
  // hostile text in every free-text field
  | 'hostile-text';

/**
 * What must happen to a file. `reject` with a code: at least one reported problem has that code.
 * `either`: random damage that may or may not leave a valid file; the general rules still apply.
 */
export type BackupExpectation = { outcome: 'reject'; code?: BackupProblemCode } | { outcome: 'import' } | { outcome: 'either' };

export interface HostileBackupFile {
  /** Unique, readable, and enough to rebuild the case from the seed. */
  name: string;
  family: BackupFamily;
  category: BackupCategory;
  /** The file as it lies on disk. */
  bytes: Uint8Array<ArrayBuffer>;
  expect: BackupExpectation;
}

export const reject = (code?: BackupProblemCode): BackupExpectation => (code ? { outcome: 'reject', code } : { outcome: 'reject' });
export const IMPORTS: BackupExpectation = { outcome: 'import' };
export const EITHER: BackupExpectation = { outcome: 'either' };
