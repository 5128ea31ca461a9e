import { describe, expect, it } from 'vitest';
import {
  autoBackupFileName,
  autoBackupMetaFileName,
  isAutoBackupFileName,
  parseAutoBackupFileName,
} from '../../../../shared/ipc/autoBackupFileName';

const WORKSHOP_ID = '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d';

describe('automatic backup file names', () => {
  it('round-trips workshop and time, with no characters Windows forbids', () => {
    const savedAt = new Date('2025-03-01T09:30:05.123Z');
    const name = autoBackupFileName(WORKSHOP_ID.toUpperCase(), savedAt);
    expect(name).toBe(`${WORKSHOP_ID}_2025-03-01T09-30-05-123Z.dsrs.json`);
    expect(name).not.toMatch(/[:<>"/\\|?*]/);
    expect(parseAutoBackupFileName(name)).toEqual({ workshopId: WORKSHOP_ID, savedAt: savedAt.toISOString() });
    expect(isAutoBackupFileName(name)).toBe(true);
  });

  it('names the sidecar after its backup', () => {
    expect(autoBackupMetaFileName(`${WORKSHOP_ID}_2025-03-01T09-30-05-123Z.dsrs.json`)).toBe(
      `${WORKSHOP_ID}_2025-03-01T09-30-05-123Z.meta.json`,
    );
  });

  it('does not recognise other files of the folder', () => {
    for (const name of [`.${WORKSHOP_ID}_2025-03-01T09-30-05-123Z.dsrs.json.abc.tmp`, `${WORKSHOP_ID}_2025-03-01T09-30-05-123Z.meta.json`, 'notes.txt']) {
      expect(parseAutoBackupFileName(name), name).toBeNull();
    }
  });

  it('rejects an impossible date inside a well-formed name', () => {
    expect(parseAutoBackupFileName(`${WORKSHOP_ID}_2025-13-45T99-99-99-000Z.dsrs.json`)).toBeNull();
  });
});
