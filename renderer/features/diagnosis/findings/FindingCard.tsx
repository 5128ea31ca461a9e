import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, Pencil } from 'lucide-react';
import type { FinalObjective, Finding, Language, Question } from '../../../../shared/domain';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { TraceButton } from '../../trace/TraceButton';
import { ImpactBadge } from './ImpactBadge';
import { FindingDetails } from './FindingDetails';
import { FindingEditor } from './FindingEditor';

interface FindingCardProps {
  finding: Finding;
  questions: readonly Question[];
  questionsById: ReadonlyMap<string, Question>;
  usedBy: readonly FinalObjective[];
  language: Language;
  editing: boolean;
  onToggleEditing: () => void;
  focusTitle: boolean;
  onFocused: () => void;
}

export function FindingCard({ finding, questions, questionsById, usedBy, language, editing, onToggleEditing, focusTitle, onFocused }: FindingCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const editorId = useId();
  const title = finding.title.trim() || t('diagnosis.findings.untitled');
  return (
    <article className={`card diag-finding${editing ? ' diag-finding-editing' : ''}`} aria-labelledby={titleId} data-testid="finding-card" data-trace-id={finding.id} tabIndex={-1}>
      <header className="diag-finding-head">
        <div className="diag-finding-heading">
          <div className="row-wrap">
            <span className="badge badge-primary">{t(`diagnosis.findingTypes.${finding.type}`)}</span>
            <ImpactBadge impact={finding.impact} />
          </div>
          <h3 id={titleId} className={finding.title.trim() ? undefined : 'muted'}>{title}</h3>
        </div>
        <div className="row diag-finding-actions">
          <TraceButton kind="findings" id={finding.id} workshopId={finding.workshopId} name={title} />
          <button
            type="button"
            className={editing ? 'btn btn-primary' : 'btn'}
            aria-expanded={editing}
            aria-controls={editing ? editorId : undefined}
            aria-label={t(editing ? 'diagnosis.findings.doneNamed' : 'diagnosis.findings.editNamed', { title })}
            onClick={onToggleEditing}
          >
            {editing ? <Check size={18} aria-hidden="true" /> : <Pencil size={18} aria-hidden="true" />}
            {t(editing ? 'diagnosis.findings.done' : 'diagnosis.findings.edit')}
          </button>
          <DeleteRecordButton
            kind="findings"
            id={finding.id}
            workshopId={finding.workshopId}
            name={t('diagnosis.findings.deleteName', { title })}
            undoLabel={t('diagnosis.undo.deleteFinding')}
          />
        </div>
      </header>
      {editing ? (
        <FindingEditor id={editorId} finding={finding} questions={questions} questionsById={questionsById} language={language} focusTitle={focusTitle} onFocused={onFocused} />
      ) : (
        <FindingDetails finding={finding} questionsById={questionsById} usedBy={usedBy} language={language} />
      )}
    </article>
  );
}
