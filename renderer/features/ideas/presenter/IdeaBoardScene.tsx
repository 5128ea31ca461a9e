import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/domain';
import { CLUSTER_COLOURS, nearestColourKey, type Point, type Rect } from '../../../../shared/logic/ideaBoard';
import type { BoardTour } from '../../../../shared/logic/projectorAreas';
import { clusterName, formatCount } from '../ideaLabels';
import { ProjectorNote } from './ProjectorNote';

interface IdeaBoardSceneProps {
  tour: BoardTour;
  /** Notes by cluster id, notes outside any cluster under null. */
  notesByCluster: ReadonlyMap<string | null, readonly Idea[]>;
  inboxNotes: readonly Idea[];
  revealedDots: ReadonlyMap<string, number> | null;
  current: ReadonlySet<string>;
  language: string;
}

const frameStyle = (rect: Rect) => ({ left: rect.x, top: rect.y, width: rect.width, height: rect.height });
const ORIGIN: Point = { x: 0, y: 0 };

/**
 * The idea board as the projector draws it, in canvas units: cluster frames with their notes (so a
 * screen reader meets each note under its cluster's name), the notes outside clusters, and the inbox
 * in a frame below the board.
 */
export function IdeaBoardScene({ tour, notesByCluster, inboxNotes, revealedDots, current, language }: IdeaBoardSceneProps) {
  const { t } = useTranslation();
  const note = (idea: Idea, origin: Point, position: Point = idea) => (
    <ProjectorNote
      key={idea.id}
      idea={idea}
      position={{ x: position.x - origin.x, y: position.y - origin.y }}
      dots={revealedDots ? (revealedDots.get(idea.id) ?? 0) : null}
      current={current.has(idea.id)}
      language={language}
    />
  );
  const loose = notesByCluster.get(null) ?? [];
  return (
    <div className="projector-board">
      {tour.clusters.map((cluster) => {
        const members = notesByCluster.get(cluster.id) ?? [];
        return (
          <section key={cluster.id} className={`projector-frame colour-${nearestColourKey(cluster.colour, CLUSTER_COLOURS)}`} style={frameStyle(cluster)}>
            <h3 className="projector-frame-title">
              <span className="projector-frame-name">{clusterName(cluster, t)}</span>
              <span className="projector-frame-count">{t('ideas.cluster.noteCount', { count: members.length, formatted: formatCount(members.length, language) })}</span>
            </h3>
            {members.length > 0 ? <ul className="projector-notes">{members.map((idea) => note(idea, cluster))}</ul> : null}
          </section>
        );
      })}
      {loose.length > 0 ? (
        <section className="projector-loose" aria-label={t('ideas.projector.loose')}>
          <ul className="projector-notes">{loose.map((idea) => note(idea, ORIGIN))}</ul>
        </section>
      ) : null}
      {tour.inbox && inboxNotes.length > 0 ? (
        <section className="projector-frame projector-inbox" style={frameStyle(tour.inbox.frame)}>
          <h3 className="projector-frame-title">
            <span className="projector-frame-name">{t('ideas.projector.inboxFrame')}</span>
            <span className="projector-frame-count">{t('ideas.cluster.noteCount', { count: inboxNotes.length, formatted: formatCount(inboxNotes.length, language) })}</span>
          </h3>
          <ul className="projector-notes">
            {inboxNotes.map((idea) => note(idea, tour.inbox?.frame ?? ORIGIN, tour.inbox?.positions.get(idea.id) ?? ORIGIN))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
