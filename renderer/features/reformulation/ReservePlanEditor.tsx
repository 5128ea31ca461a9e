import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinalObjective, ReservePlan } from '../../../shared/domain';
import { DraftTextField } from './DraftTextField';
import type { ObjectiveWriter } from './useObjectiveWriter';

/** If a target customer fails, who replaces it, and what tells the group it is time to switch. */
export function ReservePlanEditor({ objective, writer }: { objective: FinalObjective; writer: ObjectiveWriter }) {
  const { t } = useTranslation();
  const headingId = useId();
  const label = t('reformulation.undo.reservePlan');
  const storeField = useCallback(
    (field: keyof ReservePlan) => (value: string) => writer.writeReservePlan({ [field]: value }, label, `reservePlan.${field}`),
    [writer, label],
  );
  const plan = objective.reservePlan;
  return (
    <section className="ref-block" aria-labelledby={headingId}>
      <h4 id={headingId} className="ref-block-title">{t('reformulation.reserve.heading')}</h4>
      <div className="ref-reserve-grid">
        <DraftTextField label={t('reformulation.reserve.targetCustomer')} value={plan.targetCustomer} store={storeField('targetCustomer')} placeholder={t('reformulation.reserve.targetPlaceholder')} />
        <DraftTextField label={t('reformulation.reserve.replacementCustomer')} value={plan.replacementCustomer} store={storeField('replacementCustomer')} placeholder={t('reformulation.reserve.replacementPlaceholder')} />
        <DraftTextField label={t('reformulation.reserve.trigger')} value={plan.trigger} store={storeField('trigger')} multiline placeholder={t('reformulation.reserve.triggerPlaceholder')} className="ref-reserve-trigger" />
      </div>
    </section>
  );
}
