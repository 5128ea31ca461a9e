import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Target } from 'lucide-react';
import { useRecords } from '../../data';
import { objectiveLinkHash } from './objectiveFocus';
import './findingObjectiveLinks.css';

interface FindingObjectiveLinksProps {
  workshopId: string;
  findingId: string;
}

/**
 * "What did this finding lead to?": the final objectives (phase 4) that cite a finding, each a link
 * that opens the reformulation screen on that objective. For the diagnosis screen to show.
 */
export function FindingObjectiveLinks({ workshopId, findingId }: FindingObjectiveLinksProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const objectives = useRecords(workshopId, 'finalObjectives');
  if (!objectives) return null;
  const citing = objectives.map((objective, index) => ({ objective, position: index + 1 })).filter(({ objective }) => objective.findingIds.includes(findingId));
  return (
    <div className="ref-finding-links">
      <span id={headingId} className="ref-finding-links-label">
        <Target size={16} aria-hidden="true" />
        {citing.length === 0 ? <span className="muted">{t('reformulation.findingLinks.none')}</span> : t('reformulation.findingLinks.label', { count: citing.length })}
      </span>
      {citing.length > 0 ? (
        <ul aria-labelledby={headingId}>
          {citing.map(({ objective, position }) => (
            <li key={objective.id}>
              <a href={objectiveLinkHash(workshopId, objective.id)}>{objective.title.trim() || t('reformulation.objective.untitled', { number: position })}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
