import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil } from 'lucide-react';
import type { KeyAccount } from '../../../../shared/domain';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { AccountDetailsDialog } from './AccountDetailsDialog';

/** The open account's note, with renaming and deleting (which asks first when people are on it). */
export function AccountHeader({ account, workshopId }: { account: KeyAccount; workshopId: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const name = account.name.trim() === '' ? t('poster.accounts.unnamed') : account.name;
  return (
    <div className="poster-account-header">
      <p className={account.note.trim() === '' ? 'muted poster-account-note' : 'poster-account-note'}>
        {account.note.trim() === '' ? t('poster.accounts.noNote') : account.note}
      </p>
      <div className="row poster-account-actions">
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          <Pencil size={16} aria-hidden="true" /> {t('poster.accounts.edit')}
        </button>
        <DeleteRecordButton kind="keyAccounts" id={account.id} workshopId={workshopId} name={name} undoLabel={t('poster.undo.deleteAccount', { name })} />
      </div>
      <AccountDetailsDialog open={editing} account={account} onClose={() => setEditing(false)} />
    </div>
  );
}
