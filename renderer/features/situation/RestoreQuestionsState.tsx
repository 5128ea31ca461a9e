import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListRestart } from 'lucide-react';
import type { Workshop } from '../../../shared/domain';
import { createQuestionBankRecords } from '../../../shared/method/questionBank';
import { addRecords } from '../../data';
import { EmptyState } from '../../components/EmptyState';
import { reportRefusedEdit } from './writeErrors';

/** A workshop without questions (all deleted, or an old backup) gets the built-in bank back in one step. */
export function RestoreQuestionsState({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      await addRecords('questions', createQuestionBankRecords(workshop.id, workshop.language), t('situation.undo.restoreQuestions'));
    } catch (reason) {
      reportRefusedEdit(reason);
    } finally {
      setBusy(false);
    }
  };
  return (
    <EmptyState
      icon={<ListRestart size={40} />}
      title={t('situation.empty.title')}
      body={t('situation.empty.body')}
      actions={
        <button type="button" className="btn btn-primary" onClick={() => void restore()} disabled={busy}>
          {t('situation.empty.restore')}
        </button>
      }
    />
  );
}
