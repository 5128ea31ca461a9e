import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, type Answer } from '../../../../shared/domain';
import { RecordTextField } from '../../../components/fields';

/** Evidence and owner, typed by a scribe while the group talks; single-key shortcuts pause here. */
export function FacilitationDetails({ answer, number }: { answer: Answer; number: number }) {
  const { t } = useTranslation();
  return (
    <div className="situation-fac-details">
      <RecordTextField
        kind="answers"
        record={answer}
        field="evidence"
        label={t('situation.answer.evidence')}
        multiline
        maxLength={LONG_TEXT_MAX}
        className="situation-fac-evidence"
        undoLabel={t('situation.undo.evidence', { number })}
      />
      <RecordTextField
        kind="answers"
        record={answer}
        field="owner"
        label={t('situation.answer.owner')}
        className="situation-fac-owner"
        undoLabel={t('situation.undo.owner', { number })}
      />
    </div>
  );
}
