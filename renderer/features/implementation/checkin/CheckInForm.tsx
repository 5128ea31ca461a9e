import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, type StatusUpdate, type Workshop } from '../../../../shared/domain';
import { RecordChoiceGroup, RecordNumberField, RecordTextField } from '../../../components/fields';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { formatDate } from '../format';
import { ragOptions } from '../ragLabels';

/** What a check-in says in words: what deviates from the plan, what is done about it, what comes next. */
const NARRATIVE_FIELDS = ['deviation', 'correctiveAction', 'nextStep'] as const;

interface CheckInFormProps {
  update: StatusUpdate;
  workshop: Workshop;
  initiativeTitle: string;
}

/** This week's report on one initiative; every keystroke and choice is stored at once. */
export function CheckInForm({ update, workshop, initiativeTitle }: CheckInFormProps) {
  const { t } = useTranslation();
  return (
    <div className="impl-checkin-form" data-impl-focus={`checkin-form:${update.id}`} data-testid="checkin-form">
      <div className="impl-form-top">
        <div className="impl-rag-choice">
          <RecordChoiceGroup
            kind="statusUpdates"
            record={update}
            field="rag"
            legend={t('implementation.checkIn.status')}
            options={ragOptions(t)}
            undoLabel={t('implementation.undo.status')}
          />
        </div>
        <div className="impl-percent-field">
          <RecordNumberField
            kind="statusUpdates"
            record={update}
            field="percentDone"
            label={t('implementation.checkIn.percentDone')}
            language={workshop.language}
            min={0}
            max={100}
            suffix="%"
            undoLabel={t('implementation.undo.percentDone')}
          />
        </div>
      </div>
      {NARRATIVE_FIELDS.map((field) => (
        <RecordTextField
          key={field}
          kind="statusUpdates"
          record={update}
          field={field}
          label={t(`implementation.checkIn.${field}`)}
          placeholder={t(`implementation.checkIn.${field}Placeholder`)}
          multiline
          maxLength={LONG_TEXT_MAX}
          undoLabel={t(`implementation.undo.${field}`)}
        />
      ))}
      <div className="impl-form-foot">
        <p className="muted impl-saved-note">{t('implementation.checkIn.savedNote', { date: formatDate(update.date, workshop.language) })}</p>
        <DeleteRecordButton
          kind="statusUpdates"
          id={update.id}
          workshopId={workshop.id}
          name={t('implementation.checkIn.deleteName', { title: initiativeTitle, date: formatDate(update.date, workshop.language) })}
          undoLabel={t('implementation.undo.deleteUpdate')}
        />
      </div>
    </div>
  );
}
