import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Waypoints } from 'lucide-react';
import type { TraceableKind } from './TraceDialog';
import { TraceDialog } from './TraceDialog';
import './trace.css';

interface TraceButtonProps {
  kind: TraceableKind;
  id: string;
  workshopId: string;
  /** The record's name as shown beside the button, so each button says which record it traces. */
  name?: string;
  className?: string;
}

/**
 * "Where did this come from? What did this lead to?" for one record of the chain (finding, final
 * objective, idea, initiative, milestone or KPI). The dialog reads the workshop only while it is open.
 */
export function TraceButton({ kind, id, workshopId, name, className }: TraceButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const label = name?.trim() ? t('trace.buttonNamed', { name: name.trim() }) : t('trace.button');
  return (
    <>
      <button type="button" className={`btn btn-ghost trace-button ${className ?? ''}`} onClick={() => setOpen(true)} aria-label={label} aria-haspopup="dialog" title={t('trace.buttonHint')}>
        <Waypoints size={18} aria-hidden="true" />
        <span>{t('trace.button')}</span>
      </button>
      {open ? <TraceDialog kind={kind} id={id} workshopId={workshopId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
