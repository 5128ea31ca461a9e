import type { TFunction } from 'i18next';
import type { Cluster, FinalObjective, Idea, Participant } from '../../../shared/domain';
import { impactEffortZone } from '../../../shared/logic/ideaBoard';
import { localeFor } from '../../app/i18n';
import { cutWithEllipsis } from '../../../shared/logic/textCut';

/** How notes, clusters and people are named on screen and to screen readers, in the UI language. */

// Building an Intl formatter costs far more than using one; a board formats thousands of numbers.
const countFormats = new Map<string, Intl.NumberFormat>();

export function formatCount(value: number, language: string): string {
  const locale = localeFor(language);
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    countFormats.set(locale, format);
  }
  return format.format(value);
}

/** The note's words, or a placeholder for a note whose text was cleared. */
export function noteText(idea: Pick<Idea, 'text'>, t: TFunction): string {
  const text = idea.text.trim();
  return text === '' ? t('ideas.note.empty') : text;
}

/** A note's words cut to a length that fits a sentence ("Moved “Set a price corridor…”"). */
export function noteExcerpt(idea: Pick<Idea, 'text'>, t: TFunction, length = 48): string {
  const text = noteText(idea, t).replace(/\s+/g, ' ');
  return cutWithEllipsis(text, length);
}

export function participantName(participant: Pick<Participant, 'name'>, t: TFunction): string {
  const name = participant.name.trim();
  return name === '' ? t('ideas.author.unnamedParticipant') : name;
}

/** Who wrote the note: the participant's current name, the guest's free text, or "Anonymous". */
export function authorLabel(idea: Pick<Idea, 'author' | 'participantId'>, participants: ReadonlyMap<string, Participant>, t: TFunction): string {
  const participant = idea.participantId ? participants.get(idea.participantId) : undefined;
  if (participant) return participantName(participant, t);
  const author = idea.author.trim();
  return author === '' ? t('ideas.author.anonymous') : author;
}

export function clusterName(cluster: Pick<Cluster, 'name'>, t: TFunction): string {
  const name = cluster.name.trim();
  return name === '' ? t('ideas.cluster.unnamed') : name;
}

export function objectiveTitle(objective: Pick<FinalObjective, 'title'>, t: TFunction): string {
  const title = objective.title.trim();
  return title === '' ? t('ideas.objectives.untitled') : title;
}

/** The zone of the impact/effort view an idea falls in, as words. */
export function zoneLabel(idea: Pick<Idea, 'impact' | 'effort'>, t: TFunction): string {
  const zone = impactEffortZone(idea.impact, idea.effort);
  return zone === null ? t('ideas.matrix.unrated') : t(`ideas.matrix.zone.${zone}`);
}

export interface NoteDescriptionContext {
  author: string;
  cluster: string | null;
  /** Dots on the note once the vote is revealed; null while hidden. */
  dots: number | null;
  language: string;
}

/** Stands in for a value while a message is translated once, to be filled in per note. */
const SLOT = '\u0000';

/**
 * What a screen reader says for a note on the canvas: its words first, then what is known about it.
 * The messages are translated once and filled in per note (and plurals once per count), because a
 * board of a thousand notes would otherwise spend most of its opening time in the translator.
 */
export function createNoteDescriber(t: TFunction, language: string): (idea: Idea, context: Omit<NoteDescriptionContext, 'language'>) => string {
  const spoken = t('ideas.note.spoken', { text: `${SLOT}1`, author: `${SLOT}2` });
  const inCluster = t('ideas.note.spokenCluster', { name: SLOT });
  const impact = t('ideas.note.spokenImpact', { value: SLOT });
  const effort = t('ideas.note.spokenEffort', { value: SLOT });
  const chosen = t('ideas.note.spokenChosen');
  const empty = t('ideas.note.empty');
  const objectives = new Map<number, string>();
  const dots = new Map<number, string>();
  const fill = (template: string, value: string) => template.split(SLOT).join(value);
  return (idea, context) => {
    const text = idea.text.trim() === '' ? empty : idea.text.trim();
    const parts = [spoken.split(`${SLOT}1`).join(text).split(`${SLOT}2`).join(context.author)];
    if (context.cluster) parts.push(fill(inCluster, context.cluster));
    if (idea.impact !== null) parts.push(fill(impact, formatCount(idea.impact, language)));
    if (idea.effort !== null) parts.push(fill(effort, formatCount(idea.effort, language)));
    if (idea.selected) parts.push(chosen);
    const linked = idea.objectiveIds.length;
    if (linked > 0) {
      if (!objectives.has(linked)) objectives.set(linked, t('ideas.note.spokenObjectives', { count: linked }));
      parts.push(objectives.get(linked) ?? '');
    }
    if (context.dots !== null) {
      const count = context.dots;
      if (!dots.has(count)) dots.set(count, t('ideas.note.spokenDots', { count, formatted: formatCount(count, language) }));
      parts.push(dots.get(count) ?? '');
    }
    return parts.join('. ');
  };
}
