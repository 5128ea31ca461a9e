import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { createIdea, type Cluster, type Idea, type IdeaPlace, type Participant } from '../../../../shared/domain';
import { clusterAt, freeSlotNear, nextOrder, NOTE_COLOURS, type ColourKey, type Point } from '../../../../shared/logic/ideaBoard';
import { addRecord } from '../../../data';
import { noteExcerpt, participantName } from '../ideaLabels';
import type { Announce } from '../useAnnouncer';
import { ANONYMOUS, AuthorSelect } from './AuthorSelect';
import { ColourChoice } from './ColourChoice';

interface CaptureBarProps {
  workshopId: string;
  ideas: readonly Idea[];
  clusters: readonly Cluster[];
  participants: readonly Participant[];
  participantsById: ReadonlyMap<string, Participant>;
  /** Where the middle of the visible canvas is, in canvas units (a note added to the canvas goes there). */
  canvasCentre: () => Point;
  announce: Announce;
}

const PLACES: readonly IdeaPlace[] = ['inbox', 'canvas'];

/**
 * Rapid capture: type, press Enter, type the next one; the field keeps focus and is empty again at once.
 * Author, colour, category and destination stay as chosen, so a round of one person's ideas is quick.
 * Each note is one stored record and one undo step.
 */
export function CaptureBar({ workshopId, ideas, clusters, participants, participantsById, canvasCentre, announce }: CaptureBarProps) {
  const { t } = useTranslation();
  const textId = useId();
  const categoryId = useId();
  const categoriesId = useId();
  const placeName = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [place, setPlace] = useState<IdeaPlace>('inbox');
  const [author, setAuthor] = useState(ANONYMOUS);
  const [colour, setColour] = useState<ColourKey>('yellow');
  const [category, setCategory] = useState('');
  // Enter can be pressed again before the live query has the previous note; never reuse its place.
  const lastOrder = useRef(-1);

  const categories = useMemo(() => [...new Set(ideas.map((idea) => idea.category.trim()).filter((value) => value !== ''))].sort(), [ideas]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = text.trim();
    input.current?.focus();
    if (words === '') return;
    const participant = participantsById.get(author);
    const order = Math.max(nextOrder(ideas), lastOrder.current + 1);
    lastOrder.current = order;
    let position: Point = { x: 0, y: 0 };
    let clusterId: string | null = null;
    if (place === 'canvas') {
      const centre = canvasCentre();
      position = freeSlotNear(centre, ideas.filter((idea) => idea.place === 'canvas'));
      clusterId = clusterAt(position, clusters)?.id ?? null;
    }
    const idea = createIdea(workshopId, {
      text: words,
      author: participant ? participantName(participant, t) : '',
      participantId: participant?.id ?? null,
      colour: NOTE_COLOURS[colour],
      category: category.trim(),
      place,
      x: position.x,
      y: position.y,
      clusterId,
      order,
    });
    setText('');
    void addRecord('ideas', idea, t('ideas.undo.add', { text: noteExcerpt(idea, t) })).then((stored) => {
      announce(t(place === 'canvas' ? 'ideas.announce.addedToCanvas' : 'ideas.announce.addedToInbox', { text: noteExcerpt(stored, t) }));
    });
  };

  return (
    <form className="ideas-capture card" onSubmit={submit} aria-label={t('ideas.capture.formLabel')}>
      <div className="ideas-capture-main">
        <label htmlFor={textId} className="ideas-capture-label">{t('ideas.capture.label')}</label>
        <input
          id={textId}
          ref={input}
          className="input ideas-capture-input"
          value={text}
          maxLength={2000}
          placeholder={t('ideas.capture.placeholder')}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="btn btn-primary">
          <Plus size={18} aria-hidden="true" /> {t('ideas.capture.add')}
        </button>
      </div>
      <div className="ideas-capture-options">
        <fieldset className="ideas-segmented">
          <legend>{t('ideas.capture.placeLegend')}</legend>
          <div className="ideas-segmented-options">
            {PLACES.map((option) => (
              <span key={option} className="choice-option">
                <input type="radio" id={`${placeName}-${option}`} name={placeName} checked={place === option} onChange={() => setPlace(option)} />
                <label htmlFor={`${placeName}-${option}`}>{t(`ideas.capture.place.${option}`)}</label>
              </span>
            ))}
          </div>
        </fieldset>
        <AuthorSelect label={t('ideas.capture.author')} participants={participants} value={author} onChange={setAuthor} className="ideas-capture-author" />
        <ColourChoice legend={t('ideas.capture.colour')} value={colour} onChange={setColour} kind="note" />
        <div className="field ideas-capture-category">
          <label htmlFor={categoryId}>{t('ideas.capture.category')}</label>
          <input id={categoryId} className="input" list={categoriesId} value={category} maxLength={200} onChange={(event) => setCategory(event.target.value)} />
          <datalist id={categoriesId}>
            {categories.map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
        </div>
      </div>
    </form>
  );
}
