import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Building2 } from 'lucide-react';
import { AttitudeBadge } from '../AttitudeBadge';
import { InfluenceDots } from '../InfluenceDots';
import { personName } from '../posterLabels';
import type { PersonFlowNode } from './posterFlowTypes';

const HANDLE_SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/**
 * A person card. Its four handles all start and accept relations (the canvas connects loosely), so a
 * line can be drawn from whichever edge faces the other person.
 */
function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  const { t } = useTranslation();
  const { person, language } = data;
  return (
    <div className={`poster-card side-${person.side} attitude-edge-${person.attitude}${selected ? ' is-selected' : ''}`}>
      {HANDLE_SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="poster-handle" />
      ))}
      <span className="poster-card-name">{personName(person, t)}</span>
      {person.title ? <span className="poster-card-title">{person.title}</span> : null}
      {person.organisation ? (
        <span className="poster-card-organisation">
          <Building2 size={12} aria-hidden="true" />
          <span>{person.organisation}</span>
        </span>
      ) : null}
      <span className="poster-card-spacer" />
      <span className="poster-role-chip">{t(`poster.role.${person.role}`)}</span>
      <span className="poster-card-row">
        <AttitudeBadge attitude={person.attitude} compact />
        <InfluenceDots value={person.influence} language={language} />
      </span>
    </div>
  );
}

export const PersonNode = memo(PersonNodeView);
