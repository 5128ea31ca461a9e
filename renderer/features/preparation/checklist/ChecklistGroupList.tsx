import { useTranslation } from 'react-i18next';
import type { PreparationItem, Workshop } from '../../../../shared/domain';
import { summarizeReadiness, type ChecklistGroup } from '../../../../shared/logic/agenda';
import { ChecklistItemRow } from './ChecklistItemRow';

interface ChecklistGroupListProps {
  group: ChecklistGroup;
  workshop: Workshop;
  items: readonly PreparationItem[];
  today: string;
  ownerListId: string;
}

/** One stage of the checklist (before the first workshop, after it, the team's own items). */
export function ChecklistGroupList({ group, workshop, items, today, ownerListId }: ChecklistGroupListProps) {
  const { t } = useTranslation();
  const summary = summarizeReadiness(items, today);
  const headingId = `prep-group-${group}`;
  return (
    <div className="prep-group">
      <div className="prep-group-head">
        <h3 id={headingId}>{t(`preparation.checklist.groups.${group}`)}</h3>
        <span className="muted prep-group-count">{t('preparation.readiness.doneOf', { done: summary.ready, count: summary.applicable })}</span>
      </div>
      <ul className="prep-items" aria-labelledby={headingId}>
        {items.map((item) => (
          <ChecklistItemRow key={item.id} item={item} workshop={workshop} today={today} ownerListId={ownerListId} />
        ))}
      </ul>
    </div>
  );
}
