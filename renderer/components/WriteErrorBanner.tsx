import { AlertOctagon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { clearWriteError, useSaveStatus } from '../data';

/** Shown the moment a write fails, with what happened and what to do; stays until dismissed or a write succeeds. */
export function WriteErrorBanner() {
  const { t } = useTranslation();
  const { lastError } = useSaveStatus();
  if (!lastError) return null;
  const quota = lastError.kind === 'quota';
  return (
    <div className="write-error-banner" role="alert" data-testid="write-error">
      <AlertOctagon size={22} aria-hidden="true" />
      <div className="stack write-error-text">
        <strong>{t(quota ? 'writeError.quotaTitle' : 'writeError.unknownTitle')}</strong>
        <span>{t(quota ? 'writeError.quotaAction' : 'writeError.unknownAction')}</span>
        <span className="write-error-details">{t('writeError.details', { message: lastError.message })}</span>
      </div>
      <button type="button" className="btn" onClick={clearWriteError}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
