import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CornerDownRight, Plus, Target } from 'lucide-react';
import { createFinalObjective, type CurrentObjective } from '../../../shared/domain';
import { addRecord, useRecords } from '../../data';
import { routeToHash } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import type { PhaseScreenProps } from '../phaseScreens';
import { CurrentObjectivePickerDialog } from './CurrentObjectivePickerDialog';
import { FinalObjectiveCard } from './FinalObjectiveCard';
import { ReformulationOverview } from './ReformulationOverview';
import { orderAfterLast } from '../../../shared/logic/listOrder';
import { finalObjectiveFromCurrent } from './objectiveDraft';
import { linkedObjectiveId } from './objectiveFocus';
import { useFocusWhenPresent } from './useFocusWhenPresent';
import './reformulation.css';

/**
 * Phase 4: the objectives rewritten from the customer base up, each beside its original, with the
 * three checks, the findings that justify it and a reserve plan. Gaps are warned about, never blocked.
 */
export default function ReformulationScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const ownersListId = useId();
  const finalObjectives = useRecords(workshop.id, 'finalObjectives');
  const currentObjectives = useRecords(workshop.id, 'currentObjectives');
  const findings = useRecords(workshop.id, 'findings');
  const participants = useRecords(workshop.id, 'participants');
  const [picking, setPicking] = useState(false);
  // The objectives are on the page only once every query has answered: focus waits for all of them.
  const loaded = finalObjectives !== undefined && currentObjectives !== undefined && findings !== undefined && participants !== undefined;
  const requestFocus = useFocusWhenPresent(loaded ? finalObjectives : undefined);
  const knownFindingIds = useMemo(() => new Set((findings ?? []).map((finding) => finding.id)), [findings]);
  const ownerSuggestions = useMemo(() => [...new Set((participants ?? []).map((participant) => participant.name.trim()).filter(Boolean))], [participants]);

  // Arriving from a link to one objective (e.g. from a finding in the diagnosis): go to it, then
  // drop it from the address so a reload or going back does not jump again.
  useEffect(() => {
    const linked = linkedObjectiveId(location.hash);
    if (linked === null) return;
    history.replaceState(null, '', routeToHash({ name: 'workshop', workshopId: workshop.id, phase: 'reformulation' }));
    requestFocus(linked);
  }, [workshop.id, requestFocus]);

  if (!finalObjectives || !currentObjectives || !findings || !participants) {
    return <p className="muted" role="status">{t('app.loading')}</p>;
  }

  const add = (objective: ReturnType<typeof createFinalObjective>, label: string) => {
    setPicking(false);
    requestFocus(objective.id);
    void addRecord('finalObjectives', objective, label);
  };
  const startFromScratch = () => add(createFinalObjective(workshop.id, { order: orderAfterLast(finalObjectives) }), t('reformulation.undo.add'));
  const reformulate = (current: CurrentObjective) => add(finalObjectiveFromCurrent(current, orderAfterLast(finalObjectives)), t('reformulation.undo.addFromCurrent'));

  const actions = (
    <>
      <button type="button" className="btn btn-primary" onClick={() => setPicking(true)}>
        <CornerDownRight size={18} aria-hidden="true" />
        {t('reformulation.add.fromCurrent')}
      </button>
      <button type="button" className="btn" onClick={startFromScratch}>
        <Plus size={18} aria-hidden="true" />
        {t('reformulation.add.fromScratch')}
      </button>
    </>
  );

  return (
    <div className="ref-screen">
      {finalObjectives.length > 0 ? (
        <ReformulationOverview
          finalObjectives={finalObjectives}
          currentObjectives={currentObjectives}
          knownFindingIds={knownFindingIds}
          onJump={requestFocus}
          onReformulate={reformulate}
        />
      ) : null}
      <section className="card section-card" aria-labelledby={headingId}>
        <div className="section-head">
          <div className="stack ref-section-title">
            <h2 id={headingId}>{t('reformulation.list.heading')}</h2>
            <p className="muted">{t('reformulation.list.intro')}</p>
          </div>
          {finalObjectives.length > 0 ? <div className="row-wrap">{actions}</div> : null}
        </div>
        {finalObjectives.length === 0 ? (
          <EmptyState icon={<Target size={32} />} title={t('reformulation.list.emptyTitle')} body={t('reformulation.list.emptyBody')} actions={actions} />
        ) : (
          <ol className="ref-objective-list">
            {finalObjectives.map((objective, index) => (
              <FinalObjectiveCard
                key={objective.id}
                objective={objective}
                position={index + 1}
                siblings={finalObjectives}
                currentObjectives={currentObjectives}
                findings={findings}
                knownFindingIds={knownFindingIds}
                language={workshop.language}
                ownersListId={ownersListId}
              />
            ))}
          </ol>
        )}
      </section>
      <datalist id={ownersListId}>
        {ownerSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <CurrentObjectivePickerDialog
        open={picking}
        onClose={() => setPicking(false)}
        currentObjectives={currentObjectives}
        finalObjectives={finalObjectives}
        language={workshop.language}
        onPick={reformulate}
        onStartFromScratch={startFromScratch}
      />
    </div>
  );
}
