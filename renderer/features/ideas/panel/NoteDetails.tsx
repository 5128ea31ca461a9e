import { useTranslation } from 'react-i18next';
import { ArrowRightToLine, Inbox } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { nearestColourKey, NOTE_COLOURS } from '../../../../shared/logic/ideaBoard';
import { DeleteRecordButton } from '../../../components/DeleteRecordButton';
import { RecordTextField } from '../../../components/fields';
import { updateRecord } from '../../../data';
import { ANONYMOUS, AuthorSelect, GUEST } from '../board/AuthorSelect';
import { ColourChoice } from '../board/ColourChoice';
import type { BoardActions } from '../board/useBoardActions';
import { clusterName, formatCount, noteExcerpt, participantName } from '../ideaLabels';
import type { IdeasData } from '../useIdeasData';
import { ChosenToggle } from './ChosenToggle';
import { ClusterMoveSelect } from './ClusterMoveSelect';
import { ObjectiveLinks } from './ObjectiveLinks';
import { RatingSelect } from './RatingSelect';

interface NoteDetailsProps {
  idea: Idea;
  data: IdeasData;
  actions: BoardActions;
  headingId: string;
}

/** Everything about one note, each field stored as it changes. */
export function NoteDetails({ idea, data, actions, headingId }: NoteDetailsProps) {
  const { t } = useTranslation();
  const { workshop, participants, participantsById, clusters, clustersById, objectives, revealedDots } = data;
  const language = workshop.language;
  const excerpt = noteExcerpt(idea, t);
  const cluster = idea.clusterId ? clustersById.get(idea.clusterId) : undefined;
  const participant = idea.participantId ? participantsById.get(idea.participantId) : undefined;
  const authorValue = participant ? participant.id : idea.author.trim() !== '' ? GUEST : ANONYMOUS;

  const setAuthor = (value: string) => {
    if (value === GUEST) return;
    const chosen = participantsById.get(value);
    const patch = chosen ? { participantId: chosen.id, author: participantName(chosen, t) } : { participantId: null, author: '' };
    void updateRecord('ideas', idea.id, patch, t('ideas.undo.author', { text: excerpt }));
  };

  const where = idea.place === 'inbox' ? t('ideas.panel.inInbox') : cluster ? t('ideas.panel.inCluster', { name: clusterName(cluster, t) }) : t('ideas.panel.onCanvas');
  const dots = revealedDots ? (revealedDots.get(idea.id) ?? 0) : null;

  return (
    <div className="ideas-panel-body" key={idea.id}>
      <div className="ideas-panel-head">
        <h2 id={headingId} tabIndex={-1} className="ideas-panel-title">{t('ideas.panel.noteTitle')}</h2>
        <DeleteRecordButton kind="ideas" id={idea.id} workshopId={workshop.id} name={t('ideas.panel.deleteName', { text: excerpt })} undoLabel={t('ideas.undo.delete', { text: excerpt })} />
      </div>
      <p className="muted ideas-panel-where">{where}</p>
      <div className="ideas-panel-group">
        <RecordTextField kind="ideas" record={idea} field="text" label={t('ideas.panel.text')} multiline maxLength={10_000} undoLabel={t('ideas.undo.text')} />
        <ChosenToggle idea={idea} />
        <div className="ideas-panel-pair">
          <RatingSelect idea={idea} field="impact" label={t('ideas.panel.impact')} undoLabel={t('ideas.undo.impact', { text: excerpt })} language={language} />
          <RatingSelect idea={idea} field="effort" label={t('ideas.panel.effort')} undoLabel={t('ideas.undo.effort', { text: excerpt })} language={language} />
        </div>
        {dots !== null ? <p className="ideas-panel-dots">{t('ideas.panel.dots', { count: dots, formatted: formatCount(dots, language) })}</p> : null}
      </div>
      <div className="ideas-panel-group">
        <ObjectiveLinks idea={idea} objectives={objectives} />
      </div>
      <div className="ideas-panel-group">
        <AuthorSelect
          label={t('ideas.panel.author')}
          participants={participants}
          value={authorValue}
          onChange={setAuthor}
          guestName={authorValue === GUEST ? idea.author.trim() : undefined}
        />
        {participant ? null : (
          <RecordTextField kind="ideas" record={idea} field="author" label={t('ideas.panel.guestName')} undoLabel={t('ideas.undo.author', { text: excerpt })} />
        )}
        <ColourChoice
          legend={t('ideas.panel.colour')}
          value={nearestColourKey(idea.colour, NOTE_COLOURS)}
          kind="note"
          onChange={(colour) => void updateRecord('ideas', idea.id, { colour: NOTE_COLOURS[colour] }, t('ideas.undo.colour', { text: excerpt }))}
        />
        <RecordTextField kind="ideas" record={idea} field="category" label={t('ideas.panel.category')} undoLabel={t('ideas.undo.category', { text: excerpt })} />
        <div className="ideas-panel-actions">
          <ClusterMoveSelect clusters={clusters} currentId={idea.place === 'canvas' ? idea.clusterId : null} onMove={(target) => void actions.moveToCluster([idea], target)} />
          {idea.place === 'canvas' ? (
            <button type="button" className="btn" onClick={() => void actions.sendToInbox([idea])}>
              <Inbox size={18} aria-hidden="true" /> {t('ideas.panel.sendToInbox')}
            </button>
          ) : (
            <button type="button" className="btn" onClick={() => void actions.placeOnCanvas([idea])}>
              <ArrowRightToLine size={18} aria-hidden="true" /> {t('ideas.panel.placeOnCanvas')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
