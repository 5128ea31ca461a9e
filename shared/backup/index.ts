// The versioned backup file: writing, reading with complete validation, and id remapping.
export * from './backupFormat';
export * from './backupProblem';
export * from './jsonSafety';
export * from './normalizers';
export * from './createBackup';
export * from './parseBackup';
export * from './validateBundle';
export * from './remapBundleIds';
export * from './canonicalContent';
