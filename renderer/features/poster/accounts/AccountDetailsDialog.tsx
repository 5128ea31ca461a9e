import { useTranslation } from 'react-i18next';
import type { KeyAccount } from '../../../../shared/domain';
import { Dialog } from '../../../components/Dialog';
import { RecordTextField } from '../../../components/fields';

interface AccountDetailsDialogProps {
  open: boolean;
  account: KeyAccount;
  onClose: () => void;
}

/** Renaming a key account and writing why it matters; every keystroke is stored and undoable. */
export function AccountDetailsDialog({ open, account, onClose }: AccountDetailsDialogProps) {
  const { t } = useTranslation();
  const undoLabel = t('poster.undo.editAccount');
  return (
    <Dialog
      open={open}
      title={t('poster.accounts.detailsTitle')}
      onClose={onClose}
      footer={<button type="button" className="btn btn-primary" onClick={onClose}>{t('poster.accounts.done')}</button>}
    >
      <div className="stack">
        <RecordTextField kind="keyAccounts" record={account} field="name" label={t('poster.accounts.name')} undoLabel={undoLabel} />
        <RecordTextField kind="keyAccounts" record={account} field="note" label={t('poster.accounts.note')} multiline maxLength={10000} undoLabel={undoLabel} />
      </div>
    </Dialog>
  );
}
