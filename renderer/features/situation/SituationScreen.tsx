import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecords } from '../../data';
import type { PhaseScreenProps } from '../phaseScreens';
import { buildSituationModel, unansweredIds } from './situationModel';
import { RestoreQuestionsState } from './RestoreQuestionsState';
import { SituationToolbar } from './SituationToolbar';
import { MaturityOverview } from './MaturityOverview';
import { NeedToActCard } from './NeedToActCard';
import { AreaSection } from './AreaSection';
import { AddAreaForm } from './AddAreaForm';
import { FacilitationView } from './facilitation/FacilitationView';
import './situation.css';

/** Phase 1: the diagnostic questionnaire, its answers, the maturity per area and what needs action. */
export default function SituationScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const questions = useRecords(workshop.id, 'questions');
  const answers = useRecords(workshop.id, 'answers');
  const findings = useRecords(workshop.id, 'findings');
  const [editing, setEditing] = useState(false);
  // The questions unanswered when the filter was turned on: a row answered meanwhile stays put
  // instead of vanishing under the keyboard focus.
  const [onlyIds, setOnlyIds] = useState<ReadonlySet<string> | null>(null);
  const [facilitating, setFacilitating] = useState(false);
  const facilitateButton = useRef<HTMLButtonElement>(null);

  const model = useMemo(
    () => (questions && answers && findings ? buildSituationModel(questions, answers, findings, workshop.language) : null),
    [questions, answers, findings, workshop.language],
  );

  const closeFacilitation = useCallback(() => {
    setFacilitating(false);
    // The dialog is gone by the next frame; give focus back to the button that opened it.
    requestAnimationFrame(() => facilitateButton.current?.focus());
  }, []);

  if (!model) return <p className="muted" role="status">{t('app.loading')}</p>;
  if (model.ordered.length === 0) return <RestoreQuestionsState workshop={workshop} />;

  return (
    <div className="situation-screen">
      <SituationToolbar
        model={model}
        language={workshop.language}
        editing={editing}
        onToggleEditing={() => setEditing((value) => !value)}
        onlyUnanswered={onlyIds !== null}
        onToggleOnlyUnanswered={(on) => setOnlyIds(on ? unansweredIds(model) : null)}
        onFacilitate={() => setFacilitating(true)}
        facilitateButtonRef={facilitateButton}
      />
      {editing ? null : (
        <div className="situation-overview">
          <MaturityOverview model={model} language={workshop.language} />
          <NeedToActCard model={model} workshop={workshop} />
        </div>
      )}
      {model.visible.length === 0 && !editing ? (
        <p className="card situation-notice">{t('situation.allHidden')}</p>
      ) : null}
      {model.groups.map((group) => (
        <AreaSection key={group.area} group={group} model={model} workshop={workshop} editing={editing} onlyIds={onlyIds} />
      ))}
      {editing ? <AddAreaForm model={model} workshop={workshop} /> : null}
      {facilitating && model.visible.length > 0 ? <FacilitationView model={model} workshop={workshop} onClose={closeFacilitation} /> : null}
    </div>
  );
}
