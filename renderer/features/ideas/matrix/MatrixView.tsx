import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, DragOverlay, PointerSensor, pointerWithin, useSensor, useSensors, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { Grid2x2 } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { IMPACT_EFFORT_ZONES, impactEffortZone, nearestColourKey, NOTE_COLOURS, steppedRating } from '../../../../shared/logic/ideaBoard';
import { EmptyState } from '../../../components/EmptyState';
import { updateRecord } from '../../../data';
import { formatCount, noteExcerpt, noteText } from '../ideaLabels';
import { useAnnouncer } from '../useAnnouncer';
import type { IdeasData } from '../useIdeasData';
import { cellId, cellZoneClass, EFFORT_COLUMNS, IMPACT_ROWS, ratingsOfCell, UNRATED_ZONE } from './matrixCells';
import { MatrixCell } from './MatrixCell';
import { RatingsTable } from './RatingsTable';
import { useHeldRatings, type Ratings } from './useHeldRatings';
import './matrix.css';

const KEY_STEPS: Readonly<Record<string, { field: 'impact' | 'effort'; step: 1 | -1 }>> = {
  ArrowUp: { field: 'impact', step: 1 },
  ArrowDown: { field: 'impact', step: -1 },
  ArrowRight: { field: 'effort', step: 1 },
  ArrowLeft: { field: 'effort', step: -1 },
};

/**
 * The impact/effort view: a 5×5 grid (impact up, effort across) whose corners are the four zones; the
 * middle row and column are the line between them. Notes are placed by dragging them onto a cell, or
 * with the arrow keys; a table below rates them with lists.
 */
export function MatrixView({ data }: { data: IdeasData }) {
  const { t } = useTranslation();
  const { ideas, workshop } = data;
  const language = workshop.language;
  const held = useHeldRatings(ideas);
  const { announce, liveRegion } = useAnnouncer();
  const focusAfterMove = useRef<string | null>(null);
  const [carriedId, setCarriedId] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const { ratingsOf } = held;
  const placed = useMemo(() => {
    const cells = new Map<string, Idea[]>();
    const unrated: Idea[] = [];
    for (const idea of ideas) {
      const { impact, effort } = ratingsOf(idea);
      if (impact === null || effort === null) unrated.push(idea);
      else {
        const key = cellId(impact, effort);
        const cell = cells.get(key);
        if (cell) cell.push(idea);
        else cells.set(key, [idea]);
      }
    }
    return { cells, unrated };
    // held.version stands for the held ratings read through ratingsOf.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ideas, ratingsOf, held.version]);

  const zoneCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const idea of ideas) {
      const zone = impactEffortZone(idea.impact, idea.effort);
      if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
    }
    return counts;
  }, [ideas]);

  // A re-rated note is drawn in another cell (a new element): give it the focus back.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    const chip = document.querySelector<HTMLElement>(`[data-chip-id="${CSS.escape(id)}"]`);
    if (chip && chip !== document.activeElement) chip.focus();
    if (chip) focusAfterMove.current = null;
  });

  const describeRatings = (ratings: Ratings) => {
    const zone = impactEffortZone(ratings.impact, ratings.effort);
    if (ratings.impact === null || ratings.effort === null || zone === null) return t('ideas.matrix.unrated');
    return t('ideas.matrix.ratedAs', {
      impact: formatCount(ratings.impact, language),
      effort: formatCount(ratings.effort, language),
      zone: t(`ideas.matrix.zone.${zone}`),
    });
  };
  const describe = (idea: Idea) => `${noteText(idea, t)}. ${describeRatings(ratingsOf(idea))}`;

  const rate = (idea: Idea, ratings: Ratings) => {
    held.hold(idea.id, ratings);
    focusAfterMove.current = idea.id;
    updateRecord('ideas', idea.id, ratings, t('ideas.undo.rate', { text: noteExcerpt(idea, t) })).catch(() => held.release(idea.id));
    announce(`${noteExcerpt(idea, t)}: ${describeRatings(ratings)}`);
  };

  const onChipKeyDown = (event: KeyboardEvent<HTMLButtonElement>, idea: Idea) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const current = ratingsOf(idea);
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (current.impact !== null || current.effort !== null) rate(idea, { impact: null, effort: null });
      return;
    }
    const move = KEY_STEPS[event.key];
    if (!move) return;
    event.preventDefault();
    // An unrated note enters the grid in the middle, then steps from there.
    const next = current.impact === null || current.effort === null
      ? { impact: current.impact ?? steppedRating(null, 1), effort: current.effort ?? steppedRating(null, 1) }
      : { ...current, [move.field]: steppedRating(current[move.field], move.step) };
    if (next.impact === current.impact && next.effort === current.effort) return;
    rate(idea, next);
  };

  const nameOf = (id: UniqueIdentifier) => {
    const idea = ideas.find((candidate) => candidate.id === String(id));
    return idea ? noteExcerpt(idea, t) : '';
  };
  const zoneName = (id: UniqueIdentifier | undefined) => {
    if (id === UNRATED_ZONE) return t('ideas.matrix.unrated');
    const ratings = id === undefined ? null : ratingsOfCell(String(id));
    return ratings ? describeRatings(ratings) : null;
  };
  const accessibility = {
    announcements: {
      onDragStart: ({ active }: { active: { id: UniqueIdentifier } }) => t('ideas.dnd.pickedUp', { text: nameOf(active.id) }),
      onDragOver: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) => {
        const zone = zoneName(over?.id);
        return zone ? t('ideas.dnd.over', { text: nameOf(active.id), zone }) : t('ideas.dnd.notOver', { text: nameOf(active.id) });
      },
      onDragEnd: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) => {
        const zone = zoneName(over?.id);
        return zone ? t('ideas.matrix.dropped', { text: nameOf(active.id), zone }) : t('ideas.dnd.cancelled', { text: nameOf(active.id) });
      },
      onDragCancel: ({ active }: { active: { id: UniqueIdentifier } }) => t('ideas.dnd.cancelled', { text: nameOf(active.id) }),
    },
    screenReaderInstructions: { draggable: t('ideas.matrix.instructions') },
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setCarriedId(null);
    const idea = ideas.find((candidate) => candidate.id === String(active.id));
    if (!idea || !over) return;
    const target = over.id === UNRATED_ZONE ? { impact: null, effort: null } : ratingsOfCell(String(over.id));
    const current = ratingsOf(idea);
    if (!target || (target.impact === current.impact && target.effort === current.effort)) return;
    held.hold(idea.id, target);
    updateRecord('ideas', idea.id, target, t('ideas.undo.rate', { text: noteExcerpt(idea, t) })).catch(() => held.release(idea.id));
  };

  const carried = carriedId ? ideas.find((idea) => idea.id === carriedId) : undefined;

  if (ideas.length === 0) return <EmptyState icon={<Grid2x2 size={40} />} title={t('ideas.matrix.emptyTitle')} body={t('ideas.matrix.emptyBody')} />;

  return (
    <div className="ideas-matrix-view">
      <p className="muted ideas-view-intro">{t('ideas.matrix.intro')}</p>
      <ul className="ideas-zone-counts" aria-label={t('ideas.matrix.countsLabel')}>
        {IMPACT_EFFORT_ZONES.map((zone) => (
          <li key={zone} className={`ideas-zone-count zone-${zone}`}>
            <span>{t(`ideas.matrix.zone.${zone}`)}</span> <strong>{formatCount(zoneCounts.get(zone) ?? 0, language)}</strong>
          </li>
        ))}
        <li className="ideas-zone-count zone-borderline">
          <span>{t('ideas.matrix.zone.borderline')}</span> <strong>{formatCount(zoneCounts.get('borderline') ?? 0, language)}</strong>
        </li>
      </ul>
      <DndContext sensors={sensors} collisionDetection={pointerWithin} accessibility={accessibility} onDragStart={({ active }) => setCarriedId(String(active.id))} onDragEnd={onDragEnd} onDragCancel={() => setCarriedId(null)}>
        <div className="ideas-matrix-layout">
          <MatrixCell id={UNRATED_ZONE} label={t('ideas.matrix.unratedTray')} className="ideas-matrix-tray card" ideas={placed.unrated} describe={describe} onChipKeyDown={onChipKeyDown}>
            <h2 className="ideas-tray-title">{t('ideas.matrix.unratedTray')}</h2>
            {placed.unrated.length === 0 ? <p className="muted ideas-panel-note">{t('ideas.matrix.allRated')}</p> : <p className="muted ideas-panel-note">{t('ideas.matrix.trayHint')}</p>}
          </MatrixCell>
          <div className="ideas-matrix-frame">
            <div className="ideas-quadrant-labels" aria-hidden="true">
              <span className="zone-quickWin">{t('ideas.matrix.zone.quickWin')}</span>
              <span className="zone-bigBet">{t('ideas.matrix.zone.bigBet')}</span>
            </div>
            <div className="ideas-matrix-axis-y" aria-hidden="true">{t('ideas.matrix.impactAxis')}</div>
            <div className="ideas-matrix" role="group" aria-label={t('ideas.matrix.gridLabel')}>
              {IMPACT_ROWS.map((impact) => (
                <div key={impact} className="ideas-matrix-row">
                  <span className="ideas-matrix-tick" aria-hidden="true">{formatCount(impact, language)}</span>
                  {EFFORT_COLUMNS.map((effort) => (
                    <MatrixCell
                      key={effort}
                      id={cellId(impact, effort)}
                      label={describeRatings({ impact, effort })}
                      className={`ideas-matrix-cell ${cellZoneClass(impact, effort)}`}
                      ideas={placed.cells.get(cellId(impact, effort)) ?? []}
                      describe={describe}
                      onChipKeyDown={onChipKeyDown}
                    />
                  ))}
                </div>
              ))}
              <div className="ideas-matrix-row ideas-matrix-ticks" aria-hidden="true">
                <span className="ideas-matrix-tick" />
                {EFFORT_COLUMNS.map((effort) => (
                  <span key={effort} className="ideas-matrix-tick">{formatCount(effort, language)}</span>
                ))}
              </div>
            </div>
            <div className="ideas-matrix-axis-x" aria-hidden="true">{t('ideas.matrix.effortAxis')}</div>
            <div className="ideas-quadrant-labels is-bottom" aria-hidden="true">
              <span className="zone-fillIn">{t('ideas.matrix.zone.fillIn')}</span>
              <span className="zone-moneyPit">{t('ideas.matrix.zone.moneyPit')}</span>
            </div>
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {carried ? (
            <span className={`ideas-chip is-overlay colour-${nearestColourKey(carried.colour, NOTE_COLOURS)}`}>
              <span className="ideas-chip-text">{noteText(carried, t)}</span>
            </span>
          ) : null}
        </DragOverlay>
      </DndContext>
      <RatingsTable ideas={ideas} language={language} />
      {liveRegion}
    </div>
  );
}
