import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createChainIndex, type TraceKind } from '../../../shared/logic/traceability';
import { Dialog } from '../../components/Dialog';
import { useCurrentWorkshop } from '../workshop/WorkshopContext';
import { TraceDirection } from './TraceDirection';
import { traceRecordName, type TraceEntry } from './traceItems';
import { goToTraceTarget, type TraceTarget } from './traceNavigation';
import { useTraceRecords } from './useTraceRecords';

/** Records a person can ask to trace; questions start the chain and measurements end it, shown with their KPI. */
export type TraceableKind = Exclude<TraceKind, 'questions' | 'measurements'>;

interface TraceDialogProps {
  kind: TraceableKind;
  id: string;
  workshopId: string;
  onClose: () => void;
}

/** The chain around one record: the record, what it rests on (nearest first), and what rests on it. */
export function TraceDialog({ kind, id, workshopId, onClose }: TraceDialogProps) {
  const { t } = useTranslation();
  const { language } = useCurrentWorkshop();
  const records = useTraceRecords(workshopId);
  const trace = useMemo(() => (records ? createChainIndex(records).trace(kind, id) : undefined), [records, kind, id]);
  // The kind and the record were looked up together, so they belong together.
  const name = trace ? traceRecordName({ kind: trace.kind, record: trace.record } as TraceEntry, language, t) : null;

  const go = (target: TraceTarget) => {
    onClose();
    goToTraceTarget(workshopId, target);
  };

  return (
    <Dialog open title={name === null ? t('trace.titleLoading') : t('trace.title', { name })} onClose={onClose} size="lg">
      {trace === undefined || records === undefined ? (
        <p className="muted" role="status">{t('app.loading')}</p>
      ) : trace === null ? (
        <p role="alert">{t('trace.gone')}</p>
      ) : (
        <div className="trace-body" data-testid="trace-chain">
          <p className="muted trace-intro">{t('trace.intro')}</p>
          <div className="trace-self">
            <span className="trace-self-kind">{t(`trace.self.${kind}`)}</span>
            <span className="trace-self-name">{name}</span>
          </div>
          <TraceDirection direction="cameFrom" records={trace.cameFrom} all={records} workshopId={workshopId} language={language} onGo={go} />
          <TraceDirection direction="ledTo" records={trace.ledTo} all={records} workshopId={workshopId} language={language} onGo={go} />
        </div>
      )}
    </Dialog>
  );
}
