import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link2 } from 'lucide-react';
import { FINDING_TYPES, LONG_TEXT_MAX, type Finding, type Language, type Question } from '../../../../shared/domain';
import { questionDisplayText } from '../../../../shared/method/questionBank';
import { RecordChoiceGroup, RecordSelect, RecordTextField } from '../../../components/fields';
import { QuestionPickerDialog } from './QuestionPickerDialog';

interface FindingEditorProps {
  id: string;
  finding: Finding;
  questions: readonly Question[];
  questionsById: ReadonlyMap<string, Question>;
  language: Language;
  /** Put the caret in the title when the editor appears (a finding just added). */
  focusTitle: boolean;
  onFocused: () => void;
}

const IMPACTS: readonly number[] = [1, 2, 3, 4, 5];

export function FindingEditor({ id, finding, questions, questionsById, language, focusTitle, onFocused }: FindingEditorProps) {
  const { t } = useTranslation();
  const [pickerOpen, setPickerOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const undoLabel = t('diagnosis.undo.editFinding');

  useEffect(() => {
    if (!focusTitle) return;
    container.current?.querySelector<HTMLInputElement>('input')?.focus();
    onFocused();
  }, [focusTitle, onFocused]);

  const linked = finding.questionIds.map((questionId) => questionsById.get(questionId)).filter((question): question is Question => question !== undefined);

  return (
    <div id={id} ref={container} className="diag-finding-editor">
      <RecordTextField kind="findings" record={finding} field="title" label={t('diagnosis.findings.fieldTitle')} undoLabel={undoLabel} className="diag-span-2" />
      <RecordSelect
        kind="findings"
        record={finding}
        field="type"
        label={t('diagnosis.findings.fieldType')}
        options={FINDING_TYPES.map((type) => ({ value: type, label: t(`diagnosis.findingTypes.${type}`) }))}
        undoLabel={undoLabel}
      />
      <RecordChoiceGroup
        kind="findings"
        record={finding}
        field="impact"
        legend={t('diagnosis.findings.fieldImpact')}
        options={IMPACTS.map((impact) => ({ value: impact, label: String(impact) }))}
        undoLabel={undoLabel}
      />
      <RecordTextField kind="findings" record={finding} field="description" label={t('diagnosis.findings.fieldDescription')} multiline maxLength={LONG_TEXT_MAX} undoLabel={undoLabel} />
      <RecordTextField kind="findings" record={finding} field="evidence" label={t('diagnosis.findings.fieldEvidence')} multiline maxLength={LONG_TEXT_MAX} undoLabel={undoLabel} />
      <div className="diag-span-2 diag-editor-links">
        <div className="diag-editor-links-head">
          <span className="diag-label">{t('diagnosis.findings.revealedBy')}</span>
          <button type="button" className="btn" onClick={() => setPickerOpen(true)} aria-haspopup="dialog">
            <Link2 size={18} aria-hidden="true" />
            {t('diagnosis.findings.linkQuestions')}
          </button>
        </div>
        {linked.length === 0 ? (
          <p className="muted">{t('diagnosis.findings.notLinked')}</p>
        ) : (
          <ul className="diag-question-list">
            {linked.map((question) => (
              <li key={question.id}>{questionDisplayText(question, language)}</li>
            ))}
          </ul>
        )}
      </div>
      {pickerOpen ? <QuestionPickerDialog open onClose={() => setPickerOpen(false)} finding={finding} questions={questions} language={language} /> : null}
    </div>
  );
}
