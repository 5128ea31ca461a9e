import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX, createKeyAccount, type KeyAccount } from '../../../../shared/domain';
import { addRecord } from '../../../data';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/TextField';

interface AddAccountDialogProps {
  open: boolean;
  onClose: () => void;
  workshopId: string;
  /** Existing accounts, so the new one goes to the end of the tabs. */
  accounts: readonly KeyAccount[];
  onAdded: (account: KeyAccount) => void;
}

export function AddAccountDialog({ open, onClose, workshopId, accounts, onAdded }: AddAccountDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [name, setName] = useState('');
  const [showError, setShowError] = useState(false);

  const close = () => {
    setName('');
    setShowError(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setShowError(true);
      return;
    }
    const order = accounts.reduce((highest, account) => Math.max(highest, account.order + 1), 0);
    const account = createKeyAccount(workshopId, { name: name.trim(), order });
    await addRecord('keyAccounts', account, t('poster.undo.addAccount', { name: account.name }));
    close();
    onAdded(account);
  };

  return (
    <Dialog
      open={open}
      title={t('poster.accounts.addTitle')}
      onClose={close}
      size="sm"
      footer={
        <>
          <button type="button" className="btn" onClick={close}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="btn btn-primary">{t('poster.accounts.addSubmit')}</button>
        </>
      }
    >
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('poster.accounts.name')}
          hint={t('poster.accounts.nameHint')}
          value={name}
          maxLength={SHORT_TEXT_MAX}
          onChange={(event) => setName(event.target.value)}
          error={showError && name.trim() === '' ? t('poster.accounts.nameRequired') : null}
          aria-required="true"
        />
      </form>
    </Dialog>
  );
}
