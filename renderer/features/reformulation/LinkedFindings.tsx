import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link2, X } from 'lucide-react';
import type { FinalObjective, Finding } from '../../../shared/domain';
import { FindingPickerDialog } from './FindingPickerDialog';
import { FindingSummary } from './FindingSummary';
import { reportRefusal } from './figures';
import type { ObjectiveWriter } from './useObjectiveWriter';

interface LinkedFindingsProps {
  objective: FinalObjective;
  findings: readonly Finding[];
  writer: ObjectiveWriter;
}

/** The findings of the diagnosis that justify this objective: where it came from. */
export function LinkedFindings({ objective, findings, writer }: LinkedFindingsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [picking, setPicking] = useState(false);
  const byId = new Map(findings.map((finding) => [finding.id, finding]));
  const linked = objective.findingIds.flatMap((id) => {
    const finding = byId.get(id);
    return finding ? [finding] : [];
  });
  return (
    <section className="ref-block" aria-labelledby={headingId}>
      <h4 id={headingId} className="ref-block-title">{t('reformulation.findings.heading')}</h4>
      {linked.length === 0 ? (
        <p className="muted ref-block-empty">{t('reformulation.findings.noneLinked')}</p>
      ) : (
        <ul className="ref-linked-findings">
          {linked.map((finding) => (
            <li key={finding.id}>
              <FindingSummary finding={finding} />
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                onClick={() => reportRefusal(writer.setFindingLinked(finding.id, false, t('reformulation.undo.unlinkFinding')))}
                aria-label={t('reformulation.findings.unlink', { title: finding.title.trim() || t('reformulation.findings.untitled') })}
                title={t('reformulation.findings.unlinkShort')}
              >
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="btn" onClick={() => setPicking(true)}>
          <Link2 size={18} aria-hidden="true" />
          {t('reformulation.findings.link')}
        </button>
      </div>
      <FindingPickerDialog open={picking} onClose={() => setPicking(false)} objective={objective} findings={findings} writer={writer} />
    </section>
  );
}
