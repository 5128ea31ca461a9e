import { useTranslation } from 'react-i18next';
import type { FinalObjective, Finding } from '../../../shared/domain';
import { Dialog } from '../../components/Dialog';
import { FindingSummary } from './FindingSummary';
import { reportRefusal } from './figures';
import type { ObjectiveWriter } from './useObjectiveWriter';

interface FindingPickerDialogProps {
  open: boolean;
  onClose: () => void;
  objective: FinalObjective;
  findings: readonly Finding[];
  writer: ObjectiveWriter;
}

/** Heaviest findings first; the diagnosis order breaks ties. */
export function findingsByImpact(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => b.impact - a.impact || a.order - b.order);
}

/** Every tick is stored at once and is its own undo step; "Done" only closes. */
export function FindingPickerDialog({ open, onClose, objective, findings, writer }: FindingPickerDialogProps) {
  const { t } = useTranslation();
  const title = objective.title.trim() || t('reformulation.objective.untitledPlain');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t('reformulation.findings.pickerTitle')}
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('reformulation.findings.pickerDone')}
        </button>
      }
    >
      <div className="stack">
        <p className="muted">{t('reformulation.findings.pickerIntro', { title })}</p>
        {findings.length === 0 ? (
          <p>{t('reformulation.findings.noneInWorkshop')}</p>
        ) : (
          <fieldset className="ref-picker-list">
            <legend className="visually-hidden">{t('reformulation.findings.pickerLegend', { title })}</legend>
            {findingsByImpact(findings).map((finding) => (
              <label key={finding.id} className="ref-picker-option">
                <input
                  type="checkbox"
                  checked={objective.findingIds.includes(finding.id)}
                  onChange={(event) => reportRefusal(writer.setFindingLinked(finding.id, event.target.checked, t(event.target.checked ? 'reformulation.undo.linkFinding' : 'reformulation.undo.unlinkFinding')))}
                />
                <FindingSummary finding={finding} />
              </label>
            ))}
          </fieldset>
        )}
      </div>
    </Dialog>
  );
}
