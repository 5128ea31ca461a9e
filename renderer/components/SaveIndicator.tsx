import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../data';

/** Always-visible reassurance that edits reached the disk (or that one did not). */
export function SaveIndicator() {
  const { t } = useTranslation();
  const { state } = useSaveStatus();
  const icon =
    state === 'saving' ? <Loader2 size={16} className="spin" aria-hidden="true" /> :
    state === 'failed' ? <AlertTriangle size={16} aria-hidden="true" /> :
    <Check size={16} aria-hidden="true" />;
  return (
    <span className={`save-indicator save-${state}`} role="status" data-testid="save-indicator" data-state={state}>
      {icon}
      <span>{t(`saveStatus.${state}`)}</span>
    </span>
  );
}
