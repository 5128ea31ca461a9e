import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { getPlatform } from '../../platform';
import type { AutoBackupEntry } from '../../platform';
import { formatBytes, formatRelativeTime } from '../../app/format';
import { openImportedText } from '../backup/backupActions';

/** Lists the desktop app's automatic backups; restoring one imports it as a new workshop (nothing is overwritten). */
export function AutoBackupDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<AutoBackupEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const autoBackup = getPlatform().autoBackup;

  useEffect(() => {
    if (!autoBackup) return;
    autoBackup.list().then(setEntries, (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, [autoBackup]);

  const restore = async (entry: AutoBackupEntry) => {
    if (!autoBackup) return;
    try {
      const { text } = await autoBackup.read({ fileName: entry.fileName });
      onClose();
      await openImportedText(text, entry.fileName);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };

  return (
    <Dialog open title={t('autoBackup.title')} onClose={onClose} size="lg">
      <div className="stack">
        <p className="muted">{t('autoBackup.explain')}</p>
        {error ? <p className="field-error" role="alert">{t('backup.openFailed', { message: error })}</p> : null}
        {entries === null && !error ? <p role="status">{t('app.loading')}</p> : null}
        {entries?.length === 0 ? <p>{t('autoBackup.none')}</p> : null}
        {entries && entries.length > 0 ? (
          <ul className="auto-backup-list">
            {entries.map((entry) => (
              <li key={entry.fileName} className="row">
                <div className="stack auto-backup-text">
                  <strong>{entry.title}</strong>
                  <span className="muted">
                    {formatRelativeTime(entry.savedAt, i18n.language)} · {formatBytes(entry.bytes, i18n.language)}
                  </span>
                </div>
                <button type="button" className="btn" onClick={() => void restore(entry)} aria-label={t('autoBackup.restoreNamed', { title: entry.title })}>
                  {t('autoBackup.restore')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Dialog>
  );
}
