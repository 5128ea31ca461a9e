import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, CheckCircle2, CircleAlert, CornerDownRight } from 'lucide-react';
import type { CurrentObjective, FinalObjective } from '../../../shared/domain';
import { summariseObjectiveWarnings } from '../../../shared/logic/objectiveChecks';
import { CheckTallyChart } from './CheckTallyChart';
import { notYetReformulated } from './objectiveDraft';
import { isSerious } from './warningText';

interface ReformulationOverviewProps {
  finalObjectives: readonly FinalObjective[];
  currentObjectives: readonly CurrentObjective[];
  knownFindingIds: ReadonlySet<string>;
  onJump: (objectiveId: string) => void;
  onReformulate: (current: CurrentObjective) => void;
}

/** Where the reformulated objectives stand: the checks at a glance and what still needs attention. */
export function ReformulationOverview({ finalObjectives, currentObjectives, knownFindingIds, onJump, onReformulate }: ReformulationOverviewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const attentionId = useId();
  const summary = summariseObjectiveWarnings(finalObjectives, knownFindingIds);
  const pending = new Set(notYetReformulated(currentObjectives, finalObjectives));
  const positions = new Map(finalObjectives.map((objective, index) => [objective.id, { index: index + 1, title: objective.title.trim() }]));
  const nameOf = (id: string) => {
    const found = positions.get(id);
    return found ? found.title || t('reformulation.objective.untitled', { number: found.index }) : '';
  };

  return (
    <section className="card section-card ref-overview" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('reformulation.overview.heading')}</h2>
        <span className="muted">{t('reformulation.overview.count', { count: finalObjectives.length })}</span>
      </div>
      <div className="ref-overview-grid">
        <div className="stack ref-overview-part">
          <h3 className="ref-overview-subhead">{t('reformulation.overview.checksHeading')}</h3>
          <CheckTallyChart objectives={finalObjectives} />
        </div>
        <div className="stack ref-overview-part">
          <h3 id={attentionId} className="ref-overview-subhead">{t('reformulation.overview.attentionHeading')}</h3>
          {summary.length === 0 ? (
            <p className="ref-all-clear">
              <CheckCircle2 size={18} aria-hidden="true" />
              {t('reformulation.overview.allClear')}
            </p>
          ) : (
            <ul className="ref-attention" aria-labelledby={attentionId}>
              {summary.map((line) => (
                <li key={line.code} className={isSerious(line.code) ? 'ref-attention-line ref-warning-serious' : 'ref-attention-line'}>
                  <span className="ref-attention-label">
                    {isSerious(line.code) ? <CircleAlert size={16} aria-hidden="true" /> : <AlertTriangle size={16} aria-hidden="true" />}
                    {t(`reformulation.summary.${line.code}`, { count: line.objectiveIds.length })}
                  </span>
                  <span className="ref-attention-objectives">
                    {line.objectiveIds.map((id) => (
                      <button key={id} type="button" className="ref-jump" onClick={() => onJump(id)} aria-label={t('reformulation.overview.jumpTo', { name: nameOf(id) })}>
                        {(positions.get(id)?.index ?? 0).toString()}. {nameOf(id)}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {pending.size > 0 ? (
        <div className="ref-pending">
          <h3 className="ref-overview-subhead">{t('reformulation.overview.pendingHeading', { count: pending.size })}</h3>
          <ul className="ref-pending-list">
            {currentObjectives.map((current, index) => {
              if (!pending.has(current)) return null;
              const title = current.title.trim() || t('reformulation.original.untitled', { number: index + 1 });
              return (
                <li key={current.id}>
                  <span>{title}</span>
                  <button type="button" className="btn btn-ghost" onClick={() => onReformulate(current)} aria-label={t('reformulation.add.reformulateNamed', { title })}>
                    <CornerDownRight size={18} aria-hidden="true" />
                    {t('reformulation.add.reformulate')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
