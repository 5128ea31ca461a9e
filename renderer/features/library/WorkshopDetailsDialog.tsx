import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { COMMON_CURRENCIES } from '../../../shared/logic/money';
import { isRealIsoDate } from './workshopDetails';
import type { WorkshopDetails } from './workshopDetails';

interface WorkshopDetailsDialogProps {
  mode: 'create' | 'edit';
  initial: WorkshopDetails;
  onSubmit: (details: WorkshopDetails) => Promise<void>;
  onClose: () => void;
}

const MAX_TEXT = 200;

/** One form for creating a workshop and for renaming / correcting its details later. */
export function WorkshopDetailsDialog({ mode, initial, onSubmit, onClose }: WorkshopDetailsDialogProps) {
  const { t } = useTranslation();
  const [details, setDetails] = useState<WorkshopDetails>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  const requiredError = (value: string) =>
    submitted && value.trim() === '' ? t('common.required') : value.length > MAX_TEXT ? t('workshopForm.tooLong', { max: MAX_TEXT }) : null;
  const errors = {
    clientCompany: requiredError(details.clientCompany),
    title: requiredError(details.title),
    facilitator: details.facilitator.length > MAX_TEXT ? t('workshopForm.tooLong', { max: MAX_TEXT }) : null,
    date: submitted && !isRealIsoDate(details.date) ? t('workshopForm.invalidDate') : null,
  };

  const valid =
    details.clientCompany.trim() !== '' && details.title.trim() !== '' && isRealIsoDate(details.date) &&
    details.clientCompany.length <= MAX_TEXT && details.title.length <= MAX_TEXT && details.facilitator.length <= MAX_TEXT;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid || busy) return;
    setBusy(true);
    try {
      await onSubmit({ ...details, clientCompany: details.clientCompany.trim(), title: details.title.trim(), facilitator: details.facilitator.trim() });
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof WorkshopDetails>(key: K, value: WorkshopDetails[K]) => setDetails((current) => ({ ...current, [key]: value }));

  return (
    <Dialog open title={t(mode === 'create' ? 'workshopForm.createTitle' : 'workshopForm.renameTitle')} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate aria-label={t(mode === 'create' ? 'workshopForm.createTitle' : 'workshopForm.renameTitle')}>
        <TextField label={t('workshopForm.clientCompany')} value={details.clientCompany} onChange={(e) => set('clientCompany', e.target.value)} error={errors.clientCompany} required data-autofocus maxLength={MAX_TEXT + 1} />
        <TextField label={t('workshopForm.title')} value={details.title} onChange={(e) => set('title', e.target.value)} error={errors.title} required maxLength={MAX_TEXT + 1} />
        <TextField label={t('workshopForm.facilitator')} value={details.facilitator} onChange={(e) => set('facilitator', e.target.value)} error={errors.facilitator} maxLength={MAX_TEXT + 1} />
        <div className="form-grid">
          <TextField label={t('workshopForm.date')} type="date" value={details.date} onChange={(e) => set('date', e.target.value)} error={errors.date} required />
          <SelectField
            label={t('workshopForm.currency')}
            value={details.currency}
            onChange={(e) => set('currency', e.target.value)}
            options={COMMON_CURRENCIES.map((code) => ({ value: code, label: code }))}
          />
        </div>
        <SelectField
          label={t('workshopForm.language')}
          hint={t('workshopForm.languageHint')}
          value={details.language}
          onChange={(e) => set('language', e.target.value === 'es' ? 'es' : 'en')}
          options={[
            { value: 'en', label: t('languages.en') },
            { value: 'es', label: t('languages.es') },
          ]}
        />
        <div className="dialog-footer dialog-footer-inline">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t(mode === 'create' ? 'common.create' : 'common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
