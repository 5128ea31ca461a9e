import { useId, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { Language } from '../../../shared/domain';
import { countTraceRecords, TRACE_CHAIN, type TraceRecords } from '../../../shared/logic/traceability';
import { traceItems } from './traceItems';
import { traceTargetHash, type TraceTarget } from './traceNavigation';

interface TraceDirectionProps {
  direction: 'cameFrom' | 'ledTo';
  records: TraceRecords;
  /** Every record of the chain, to name the KPI of a measurement. */
  all: TraceRecords;
  workshopId: string;
  language: Language;
  onGo: (target: TraceTarget) => void;
}

/** A step longer than this shows its first records and a button for the rest. */
const SHORT_STEP = 4;

/**
 * One direction of a trace, one step of the chain per kind, nearest first (what a record rests on
 * directly matters more than the questions far behind it); each record is a link to its phase.
 */
export function TraceDirection({ direction, records, all, workshopId, language, onGo }: TraceDirectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const order = direction === 'cameFrom' ? [...TRACE_CHAIN].reverse() : TRACE_CHAIN;
  const steps = order.map((kind) => ({ kind, items: traceItems(kind, records, all, language, t) })).filter((step) => step.items.length > 0);
  const Arrow = direction === 'cameFrom' ? ArrowUp : ArrowDown;

  // The button goes away once pressed: the focus moves on to the first record it brought into view.
  const expand = (kind: string, listId: string) => {
    setExpanded(new Set([...expanded, kind]));
    requestAnimationFrame(() => document.getElementById(listId)?.querySelectorAll<HTMLElement>('a')[SHORT_STEP]?.focus());
  };

  const follow = (event: MouseEvent<HTMLAnchorElement>, target: TraceTarget) => {
    // A new window or tab keeps the browser's own behaviour.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onGo(target);
  };

  return (
    <section className={`trace-direction trace-${direction}`} aria-labelledby={headingId} data-testid={`trace-${direction}`}>
      <h3 id={headingId} className="trace-direction-title">
        {t(`trace.${direction}`)}
        <span className="badge">{t('trace.recordCount', { count: countTraceRecords(records) })}</span>
      </h3>
      {steps.length === 0 ? (
        <p className="muted trace-empty">{t(direction === 'cameFrom' ? 'trace.nothingBefore' : 'trace.nothingAfter')}</p>
      ) : (
        <ol className="trace-steps">
          {steps.map((step) => {
            const open = expanded.has(step.kind) || step.items.length <= SHORT_STEP + 1;
            const shown = open ? step.items : step.items.slice(0, SHORT_STEP);
            const listId = `${headingId}-${step.kind}`;
            return (
              <li key={step.kind} className="trace-step">
                <h4 className="trace-step-title">
                  <Arrow size={16} aria-hidden="true" className="trace-step-arrow" />
                  <span>
                    {t(`trace.steps.${step.kind}`)} <span className="trace-step-count">{step.items.length}</span>
                  </span>
                </h4>
                <div className="trace-step-body">
                  <ul className="trace-items" id={listId}>
                    {shown.map((item) => (
                      <li key={item.key} className="trace-item">
                        <a href={traceTargetHash(workshopId, item.target)} onClick={(event) => follow(event, item.target)} className="trace-link">
                          {item.title}
                        </a>
                        {item.detail ? <span className="trace-detail">{item.detail}</span> : null}
                      </li>
                    ))}
                  </ul>
                  {shown.length < step.items.length ? (
                    <button type="button" className="btn btn-ghost trace-more" aria-controls={listId} aria-expanded={false} onClick={() => expand(step.kind, listId)}>
                      {t('trace.showAll', { count: step.items.length })}
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
