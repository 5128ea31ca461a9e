import { useTranslation } from 'react-i18next';
import { OBJECTIVE_CHECKS, type FinalObjective } from '../../../shared/domain';
import { tallyChecks, type CheckState } from '../../../shared/logic/objectiveChecks';

const STATES: readonly CheckState[] = ['yes', 'no', 'not_assessed'];

/** Per check, how many objectives the group answered yes, no or not yet: one stacked bar each. */
export function CheckTallyChart({ objectives }: { objectives: readonly FinalObjective[] }) {
  const { t } = useTranslation();
  const tally = tallyChecks(objectives);
  const total = objectives.length;
  return (
    <dl className="ref-tally">
      {OBJECTIVE_CHECKS.map((name) => {
        const counts = tally[name];
        return (
          <div key={name} className="ref-tally-row">
            <dt>{t(`reformulation.checks.${name}.name`)}</dt>
            <dd>
              <span className="ref-tally-bar" aria-hidden="true">
                {STATES.map((state) =>
                  counts[state] > 0 ? <span key={state} className={`ref-tally-segment ref-tally-${state}`} style={{ flexGrow: counts[state] / Math.max(total, 1) }} /> : null,
                )}
              </span>
              <span className="ref-tally-text">{t('reformulation.overview.tally', { yes: counts.yes, no: counts.no, open: counts.not_assessed })}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
