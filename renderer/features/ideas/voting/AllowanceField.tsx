import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain';
import { updateWorkshop } from '../../../data';
import { formatCount } from '../ideaLabels';

const ALLOWANCES = Array.from({ length: 20 }, (_, index) => index + 1);

/** How many dots each participant gets; lowering it never deletes a dot already placed. */
export function AllowanceField({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field ideas-allowance">
      <label htmlFor={id}>{t('ideas.voting.allowance')}</label>
      <select
        id={id}
        className="select"
        value={workshop.dotsPerParticipant}
        onChange={(event) => void updateWorkshop(workshop.id, { dotsPerParticipant: Number(event.target.value) }, t('ideas.undo.allowance'))}
      >
        {ALLOWANCES.map((count) => (
          <option key={count} value={count}>{formatCount(count, workshop.language)}</option>
        ))}
      </select>
    </div>
  );
}
