import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { showBackupRejection, useBackupRejection } from './rejectionStore';

export function BackupRejectionDialog() {
  const { t } = useTranslation();
  const rejection = useBackupRejection();
  const bodyId = useId();
  if (!rejection) return null;
  const close = () => showBackupRejection(null);
  return (
    <Dialog
      open
      role="alertdialog"
      title={t('backup.rejectedTitle')}
      onClose={close}
      describedBy={bodyId}
      footer={
        <button type="button" className="btn btn-primary" onClick={close} data-autofocus>
          {t('common.close')}
        </button>
      }
    >
      <div className="stack" data-testid="backup-rejection">
        <p id={bodyId}>{t('backup.rejectedBody', { name: rejection.fileName })}</p>
        <ul className="problem-list">
          {rejection.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        <p className="muted">{t('backup.rejectedHelp')}</p>
      </div>
    </Dialog>
  );
}
