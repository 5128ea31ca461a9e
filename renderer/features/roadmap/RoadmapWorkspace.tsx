import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Map as MapIcon, Plus, Sparkles } from 'lucide-react';
import { createInitiative, todayIsoDate, type Cluster, type CommunicationItem, type FinalObjective, type Idea, type Initiative, type Milestone, type Participant, type Workshop } from '../../../shared/domain';
import { orderAfterLast } from '../../../shared/logic/listOrder';
import { checkRoadmapPlan, ideasAwaitingInitiative, initiativesFromIdeas, roadmapTotals } from '../../../shared/logic/roadmapPlan';
import { addRecord, applyChanges } from '../../data';
import { routeToHash } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { showToast } from '../../components/toastStore';
import { CommunicationSection } from './communication/CommunicationSection';
import { InitiativeDialog } from './details/InitiativeDialog';
import { RoadmapSuggestions } from './fields/suggestions';
import { MilestonesSection } from './milestones/MilestonesSection';
import { CreateFromIdeasDialog } from './overview/CreateFromIdeasDialog';
import { PlanWarnings } from './overview/PlanWarnings';
import { RoadmapOverview } from './overview/RoadmapOverview';
import type { WarningLookups } from './roadmapText';
import { SegmentedControl } from './SegmentedControl';
import { InitiativeTable } from './table/InitiativeTable';
import { RoadmapTimeline } from './timeline/RoadmapTimeline';
import { initialZoomFor, type TimelineZoom } from './timeline/timelineGeometry';

interface RoadmapWorkspaceProps {
  workshop: Workshop;
  initiatives: Initiative[];
  milestones: Milestone[];
  communicationItems: CommunicationItem[];
  ideas: Idea[];
  clusters: Cluster[];
  finalObjectives: FinalObjective[];
  participants: Participant[];
}

type RoadmapView = 'timeline' | 'table';

export function RoadmapWorkspace({ workshop, initiatives, milestones, communicationItems, ideas, clusters, finalObjectives, participants }: RoadmapWorkspaceProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [view, setView] = useState<RoadmapView>('timeline');
  const [zoom, setZoom] = useState<TimelineZoom>(() => {
    const span = roadmapTotals(initiatives);
    return initialZoomFor(span.start, span.end);
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const [choosingIdeas, setChoosingIdeas] = useState(false);
  const [focusBarId, setFocusBarId] = useState<string | null>(null);
  // The milestone and communication tables can hold hundreds of fields: they are drawn just after
  // the timeline, in a render React may interrupt, so the roadmap itself appears at once.
  const showTables = useDeferredValue(true, false);

  const warnings = useMemo(() => checkRoadmapPlan(initiatives, milestones), [initiatives, milestones]);
  const totals = useMemo(() => roadmapTotals(initiatives), [initiatives]);
  const awaiting = useMemo(() => ideasAwaitingInitiative(ideas, initiatives), [ideas, initiatives]);
  const lookups = useMemo<WarningLookups>(
    () => ({ initiatives: new Map(initiatives.map((initiative) => [initiative.id, initiative])), milestones: new Map(milestones.map((milestone) => [milestone.id, milestone])), language: workshop.language }),
    [initiatives, milestones, workshop.language],
  );
  const warningCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const warning of warnings) counts.set(warning.initiativeId, (counts.get(warning.initiativeId) ?? 0) + 1);
    return counts;
  }, [warnings]);
  const open = useCallback((initiativeId: string) => setOpenId(initiativeId), []);
  const clearFocusBar = useCallback(() => setFocusBarId(null), []);

  const createFromIdeas = (ideaIds: readonly string[]) => {
    const chosen = awaiting.filter((idea) => ideaIds.includes(idea.id));
    const created = initiativesFromIdeas(workshop.id, chosen, clusters, { start: todayIsoDate(), firstOrder: orderAfterLast(initiatives) });
    setChoosingIdeas(false);
    if (created.length === 0) return;
    setView('timeline');
    setFocusBarId(created[0]?.id ?? null);
    void applyChanges(
      workshop.id,
      t('roadmap.undo.fromIdeas', { count: created.length }),
      created.map((record) => ({ type: 'add', kind: 'initiatives', record })),
    ).then(() => showToast({ tone: 'success', message: t('roadmap.fromIdeas.done', { count: created.length }) }));
  };

  const addInitiative = () => {
    const initiative = createInitiative(workshop.id, { order: orderAfterLast(initiatives) });
    setOpenId(initiative.id);
    void addRecord('initiatives', initiative, t('roadmap.undo.addInitiative'));
  };

  const actions = (
    <>
      {awaiting.length > 0 ? (
        <button type="button" className="btn btn-primary" onClick={() => setChoosingIdeas(true)}>
          <Sparkles size={18} aria-hidden="true" /> {t('roadmap.fromIdeas.open', { count: awaiting.length })}
        </button>
      ) : null}
      <button type="button" className={awaiting.length === 0 && initiatives.length === 0 ? 'btn btn-primary' : 'btn'} onClick={addInitiative}>
        <Plus size={18} aria-hidden="true" /> {t('roadmap.add')}
      </button>
    </>
  );
  const ideasLink = routeToHash({ name: 'workshop', workshopId: workshop.id, phase: 'ideas' });

  return (
    <RoadmapSuggestions initiatives={initiatives} communicationItems={communicationItems} participants={participants}>
      <div className="rm-screen">
        {initiatives.length > 0 ? <RoadmapOverview workshop={workshop} totals={totals} milestones={milestones} warningCount={warnings.length} /> : null}
        <PlanWarnings warnings={warnings} lookups={lookups} onOpen={open} />
        <section className="card section-card rm-plan" aria-labelledby={headingId}>
          <div className="section-head">
            <div className="stack rm-section-title">
              <h2 id={headingId}>{t('roadmap.plan.heading')}</h2>
              <p className="muted">{t('roadmap.plan.intro')}</p>
            </div>
          </div>
          {initiatives.length === 0 ? (
            <EmptyState
              icon={<MapIcon size={32} />}
              title={t('roadmap.plan.emptyTitle')}
              body={awaiting.length > 0 ? t('roadmap.plan.emptyWithIdeas', { count: awaiting.length }) : t('roadmap.plan.emptyBody')}
              actions={actions}
            />
          ) : (
            <>
              <div className="row-wrap rm-toolbar">
                <SegmentedControl label={t('roadmap.view.label')} value={view} onChange={setView} options={[{ value: 'timeline', label: t('roadmap.view.timeline') }, { value: 'table', label: t('roadmap.view.table') }]} />
                {view === 'timeline' ? (
                  <SegmentedControl label={t('roadmap.zoom.label')} value={zoom} onChange={setZoom} options={[{ value: 'months', label: t('roadmap.zoom.months') }, { value: 'quarters', label: t('roadmap.zoom.quarters') }]} />
                ) : null}
                <span className="spacer" />
                {actions}
              </div>
              {view === 'timeline' ? (
                <RoadmapTimeline workshop={workshop} initiatives={initiatives} milestones={milestones} zoom={zoom} onOpen={open} focusId={focusBarId} onFocused={clearFocusBar} />
              ) : (
                <InitiativeTable initiatives={initiatives} warningCounts={warningCounts} language={workshop.language} currency={workshop.currency} onOpen={open} />
              )}
            </>
          )}
          {initiatives.length === 0 && awaiting.length === 0 ? (
            <p className="muted rm-ideas-hint">
              {t('roadmap.plan.ideasHint')} <a href={ideasLink}>{t('roadmap.plan.ideasLink')}</a>
            </p>
          ) : null}
        </section>
        {showTables ? (
          <>
            <MilestonesSection initiatives={initiatives} milestones={milestones} warnings={warnings} initiativeById={lookups.initiatives} language={workshop.language} />
            <CommunicationSection workshopId={workshop.id} items={communicationItems} />
          </>
        ) : (
          <p className="muted" role="status">{t('app.loading')}</p>
        )}
      </div>
      <InitiativeDialog
        workshop={workshop}
        initiative={initiatives.find((initiative) => initiative.id === openId) ?? null}
        initiatives={initiatives}
        milestones={milestones}
        finalObjectives={finalObjectives}
        ideas={ideas}
        warnings={warnings}
        lookups={lookups}
        onClose={() => setOpenId(null)}
      />
      <CreateFromIdeasDialog open={choosingIdeas} ideas={awaiting} clusters={clusters} finalObjectives={finalObjectives} onCreate={createFromIdeas} onClose={() => setChoosingIdeas(false)} />
    </RoadmapSuggestions>
  );
}
