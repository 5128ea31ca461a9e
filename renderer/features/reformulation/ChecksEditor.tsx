import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OBJECTIVE_CHECKS, type FinalObjective } from '../../../shared/domain';
import { CheckEditor } from './CheckEditor';
import type { ObjectiveWriter } from './useObjectiveWriter';

/** The three tests the method puts to every reformulated objective, side by side. */
export function ChecksEditor({ objective, writer }: { objective: FinalObjective; writer: ObjectiveWriter }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="ref-block" aria-labelledby={headingId}>
      <h4 id={headingId} className="ref-block-title">{t('reformulation.checks.heading')}</h4>
      <div className="ref-checks">
        {OBJECTIVE_CHECKS.map((name) => (
          <CheckEditor key={name} name={name} check={objective.checks[name]} objectiveId={objective.id} writer={writer} />
        ))}
      </div>
    </section>
  );
}
