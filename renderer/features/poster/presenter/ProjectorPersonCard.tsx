import { useTranslation } from 'react-i18next';
import { Building2 } from 'lucide-react';
import type { Stakeholder } from '../../../../shared/domain';
import type { Point } from '../../../../shared/logic/posterLayout';
import { AttitudeBadge } from '../AttitudeBadge';
import { InfluenceDots } from '../InfluenceDots';
import { personName } from '../posterLabels';

/**
 * A person on the projector: where the card sits on the poster, as large as the card, with fewer and
 * larger words than the editor's card (the title wraps onto a second line when there is no outside
 * organisation to name).
 */
interface ProjectorPersonCardProps {
  person: Stakeholder;
  /** The top left of the region the card is drawn in (its position is stored on the whole poster). */
  origin: Point;
  current: boolean;
  language: string;
}

export function ProjectorPersonCard({ person, origin, current, language }: ProjectorPersonCardProps) {
  const { t } = useTranslation();
  const organisation = person.organisation?.trim() ?? '';
  return (
    <li
      className={`projector-person side-${person.side} attitude-edge-${person.attitude}${current ? ' is-current' : ''}`}
      style={{ left: person.x - origin.x, top: person.y - origin.y }}
      data-person-id={person.id}
    >
      <span className="projector-person-name">{personName(person, t)}</span>
      {person.title ? <span className={`projector-person-title${organisation ? ' is-short' : ''}`}>{person.title}</span> : null}
      {organisation ? (
        <span className="projector-person-organisation">
          <Building2 size={16} aria-hidden="true" />
          <span>{organisation}</span>
        </span>
      ) : null}
      <span className="projector-person-spacer" />
      <span className="projector-person-role">{t(`poster.role.${person.role}`)}</span>
      <span className="projector-person-row">
        <AttitudeBadge attitude={person.attitude} compact />
        <InfluenceDots value={person.influence} language={language} />
      </span>
    </li>
  );
}
