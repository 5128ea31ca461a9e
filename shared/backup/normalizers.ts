/**
 * Converters from older backup versions, keyed by the version they read; each returns the data of the
 * next version (the runner sets the version number). Append-only: a released version's converter is
 * never changed, because files in that version exist on users' disks. Version 1 is the first release,
 * so there is nothing to convert yet.
 */
export type JsonObject = { [key: string]: unknown };

export type BackupNormalizer = (older: JsonObject) => JsonObject;

export type BackupNormalizers = Readonly<Record<number, BackupNormalizer>>;

export const BACKUP_NORMALIZERS: BackupNormalizers = {};

/** True when every step from `fromVersion` up to `toVersion` has a converter. */
export function canUpgrade(fromVersion: number, toVersion: number, normalizers: BackupNormalizers): boolean {
  for (let version = fromVersion; version < toVersion; version += 1) {
    if (typeof normalizers[version] !== 'function') return false;
  }
  return true;
}

/** Runs the converters in order; throws whatever a converter throws. */
export function upgradeData(
  data: JsonObject,
  fromVersion: number,
  toVersion: number,
  normalizers: BackupNormalizers,
): JsonObject {
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const normalize = normalizers[version];
    if (!normalize) throw new Error(`No converter from backup version ${version}`);
    current = { ...normalize(current), version: version + 1 };
  }
  return current;
}
