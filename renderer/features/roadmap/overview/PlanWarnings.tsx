import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle } from 'lucide-react';
import type { PlanWarning } from '../../../../shared/logic/roadmapPlan';
import { initiativeName, warningMessage, type WarningLookups } from '../roadmapText';

interface PlanWarningsProps {
  warnings: readonly PlanWarning[];
  lookups: WarningLookups;
  onOpen: (initiativeId: string) => void;
}

/** What does not add up in the plan, each with a way to the initiative concerned. Warnings, never blocks. */
export function PlanWarnings({ warnings, lookups, onOpen }: PlanWarningsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  if (warnings.length === 0) return null;
  return (
    <section className="card section-card rm-warnings" aria-labelledby={headingId} data-testid="roadmap-warnings">
      <h2 id={headingId} className="rm-warnings-heading">
        <AlertTriangle size={20} aria-hidden="true" /> {t('roadmap.warnings.title', { count: warnings.length })}
      </h2>
      <ul className="rm-warning-list">
        {warnings.map((warning, index) => {
          const name = initiativeName(lookups.initiatives.get(warning.initiativeId), t);
          return (
            <li key={`${warning.kind}-${warning.initiativeId}-${index}`} className="rm-warning-item">
              <span>{warningMessage(warning, lookups, t)}</span>
              <button type="button" className="btn btn-ghost rm-warning-open" onClick={() => onOpen(warning.initiativeId)} aria-label={t('roadmap.warnings.openNamed', { name })}>
                {t('roadmap.warnings.open')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
