import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Lightbulb } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { boardTour, INBOX_AREA, LOOSE_NOTES_AREA } from '../../../../shared/logic/projectorAreas';
import type { TourStep } from '../../../../shared/logic/projectorTour';
import { EmptyState } from '../../../components/EmptyState';
import { ProjectorCanvas, type ProjectorLabels, type ProjectorStepText } from '../../facilitation/presenter/canvas/ProjectorCanvas';
import { TOUR_KEYS } from '../../facilitation/presenter/canvas/useTourKeys';
import { clusterName, formatCount } from '../ideaLabels';
import type { IdeasData } from '../useIdeasData';
import { IdeaBoardScene } from './IdeaBoardScene';
import './ideasProjector.css';

/** The smallest type on the projector's board, in canvas px (see ideasProjector.css). */
const SMALLEST_FONT = 16;

/**
 * Phase 5 on the projector: the idea board toured cluster by cluster, then the notes outside the
 * clusters, then the inbox, each in groups of notes that fit the screen at a legible size.
 */
export function IdeasProjector({ data }: { data: IdeasData }) {
  const { t } = useTranslation();
  const { ideas, clusters, revealedDots, workshop } = data;
  const language = workshop.language;
  const tour = useMemo(() => boardTour(ideas, clusters), [ideas, clusters]);
  const clusterIndex = useMemo(() => new Map(tour.clusters.map((cluster, index) => [cluster.id, { cluster, index }])), [tour]);
  const notesByCluster = useMemo(() => {
    const grouped = new Map<string | null, Idea[]>();
    for (const idea of ideas) {
      if (idea.place !== 'canvas') continue;
      const key = idea.clusterId !== null && clusterIndex.has(idea.clusterId) ? idea.clusterId : null;
      grouped.set(key, [...(grouped.get(key) ?? []), idea]);
    }
    return grouped;
  }, [ideas, clusterIndex]);
  const inboxNotes = useMemo(() => ideas.filter((idea) => tour.inbox?.positions.has(idea.id)), [ideas, tour]);

  const describeStep = useCallback(
    (step: TourStep): ProjectorStepText => {
      const found = clusterIndex.get(step.areaKey);
      const title = found
        ? t('ideas.projector.cluster', { index: formatCount(found.index + 1, language), count: formatCount(tour.clusters.length, language), name: clusterName(found.cluster, t) })
        : step.areaKey === LOOSE_NOTES_AREA
          ? t('ideas.projector.loose')
          : step.areaKey === INBOX_AREA
            ? t('ideas.projector.inbox')
            : '';
      const count = step.itemIds.length;
      const notes = t('ideas.projector.notes', { count, formatted: formatCount(count, language) });
      const detail = step.parts > 1 ? t('ideas.projector.partOf', { part: formatCount(step.part, language), parts: formatCount(step.parts, language), rest: notes }) : notes;
      return { title, detail, announcement: t('ideas.projector.announce', { title, detail }) };
    },
    [clusterIndex, tour.clusters.length, language, t],
  );

  const renderScene = useCallback(
    (_scene: string, current: ReadonlySet<string>) => (
      <IdeaBoardScene tour={tour} notesByCluster={notesByCluster} inboxNotes={inboxNotes} revealedDots={revealedDots} current={current} language={language} />
    ),
    [tour, notesByCluster, inboxNotes, revealedDots, language],
  );

  const labels = useMemo(
    (): ProjectorLabels => ({
      canvas: t('ideas.projector.canvas'),
      hint: t('ideas.projector.hint', { next: TOUR_KEYS.next, previous: TOUR_KEYS.previous }),
      previous: t('ideas.projector.previous', { key: TOUR_KEYS.previous }),
      next: t('ideas.projector.next', { key: TOUR_KEYS.next }),
      counter: (current, total) => t('ideas.projector.counter', { current: formatCount(current, language), total: formatCount(total, language) }),
    }),
    [language, t],
  );

  if (tour.areas.length === 0) return <EmptyState icon={<Lightbulb size={40} />} title={t('ideas.projector.emptyTitle')} body={t('ideas.projector.emptyBody')} />;
  return <ProjectorCanvas areas={tour.areas} smallestFont={SMALLEST_FONT} startScene={null} describeStep={describeStep} renderScene={renderScene} labels={labels} />;
}
