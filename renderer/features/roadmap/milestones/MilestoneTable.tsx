import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import type { Initiative, Milestone } from '../../../../shared/domain';
import { useStableOrder } from '../table/useStableOrder';
import { dateRange, initiativeName } from '../roadmapText';
import { MilestoneRow } from './MilestoneRow';

interface MilestoneTableProps {
  /** Initiatives whose milestones are listed, each as a group in this order. */
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  /** Headings per initiative, with an add button each; off when the table is inside one initiative. */
  grouped: boolean;
  language: string;
  notesByMilestone: ReadonlyMap<string, string[]>;
  caption: string;
  focusId: string | null;
  onFocused: () => void;
  onAdd: (initiative: Initiative) => void;
}

const byDate = (left: Milestone, right: Milestone) => left.date.localeCompare(right.date) || left.title.localeCompare(right.title) || left.id.localeCompare(right.id);
const NO_NOTES: string[] = [];

/**
 * Milestones by initiative, in date order within each (an order kept while a date is being edited,
 * so the row being typed in does not jump away), each with what can be observed when it is reached.
 */
export function MilestoneTable({ initiatives, milestones, grouped, language, notesByMilestone, caption, focusId, onFocused, onAdd }: MilestoneTableProps) {
  const { t } = useTranslation();
  const ordered = useStableOrder(milestones, byDate, 'date');
  const byInitiative = useMemo(() => {
    const groups = new Map<string, Milestone[]>();
    for (const milestone of ordered) groups.set(milestone.initiativeId, [...(groups.get(milestone.initiativeId) ?? []), milestone]);
    return groups;
  }, [ordered]);
  let rowNumber = 0;

  return (
    <div className="table-scroll">
      <table className="data-table rm-table rm-milestone-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('roadmap.milestones.columns.titleAndEvent')}</th>
            <th scope="col" className="rm-col-date">{t('roadmap.milestones.columns.date')}</th>
            <th scope="col" className="rm-col-check">{t('roadmap.milestones.columns.done')}</th>
            <th scope="col" className="rm-col-icon">
              <span className="visually-hidden">{t('roadmap.table.actions')}</span>
            </th>
          </tr>
        </thead>
        {initiatives.map((initiative) => {
          const own = byInitiative.get(initiative.id) ?? [];
          const name = initiativeName(initiative, t);
          return (
            <tbody key={initiative.id} data-testid="milestone-group">
                {grouped ? (
                  <tr className="rm-group-row">
                    <th scope="rowgroup" colSpan={3}>
                      <span className="rm-group-name">{name}</span> <span className="muted rm-group-dates">{dateRange(initiative.start, initiative.end, language, t)}</span>
                    </th>
                    <td className="rm-cell-actions">
                      <button type="button" className="btn btn-ghost btn-icon" onClick={() => onAdd(initiative)} aria-label={t('roadmap.milestones.addTo', { name })} title={t('roadmap.milestones.add')}>
                        <Plus size={18} aria-hidden="true" />
                      </button>
                    </td>
                  </tr>
                ) : null}
                {own.length === 0 && grouped ? (
                  <tr>
                    <td colSpan={4} className="muted rm-group-empty">{t('roadmap.milestones.noneYet')}</td>
                  </tr>
                ) : null}
                {own.map((milestone) => {
                  rowNumber += 1;
                  return (
                    <MilestoneRow
                      key={milestone.id}
                      milestone={milestone}
                      rowNumber={rowNumber}
                      notes={notesByMilestone.get(milestone.id) ?? NO_NOTES}
                      focusOnMount={focusId === milestone.id}
                      onFocused={onFocused}
                    />
                  );
                })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
