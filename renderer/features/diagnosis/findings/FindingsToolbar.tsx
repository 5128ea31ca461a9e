import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { FINDING_TYPES, type FindingType } from '../../../../shared/domain';
import type { FindingFilter, FindingSort } from './findingOrder';

interface FindingsToolbarProps {
  filter: FindingFilter;
  sort: FindingSort;
  onFilterChange: (filter: FindingFilter) => void;
  onSortChange: (sort: FindingSort) => void;
  onAdd: () => void;
  shownCount: number;
  totalCount: number;
}

const IMPACT_THRESHOLDS = [1, 2, 3, 4, 5] as const;
const SORTS: readonly FindingSort[] = ['manual', 'impact', 'type'];

function isFindingType(value: string): value is FindingType {
  return (FINDING_TYPES as readonly string[]).includes(value);
}

export function FindingsToolbar({ filter, sort, onFilterChange, onSortChange, onAdd, shownCount, totalCount }: FindingsToolbarProps) {
  const { t } = useTranslation();
  const typeId = useId();
  const impactId = useId();
  const sortId = useId();
  return (
    <div className="diag-toolbar">
      <div className="field diag-toolbar-field">
        <label htmlFor={typeId}>{t('diagnosis.findings.filterType')}</label>
        <select
          id={typeId}
          className="select"
          value={filter.type}
          onChange={(event) => onFilterChange({ ...filter, type: isFindingType(event.target.value) ? event.target.value : 'all' })}
        >
          <option value="all">{t('diagnosis.findings.allTypes')}</option>
          {FINDING_TYPES.map((type) => (
            <option key={type} value={type}>{t(`diagnosis.findingTypes.${type}`)}</option>
          ))}
        </select>
      </div>
      <div className="field diag-toolbar-field">
        <label htmlFor={impactId}>{t('diagnosis.findings.filterImpact')}</label>
        <select id={impactId} className="select" value={filter.minImpact} onChange={(event) => onFilterChange({ ...filter, minImpact: Number(event.target.value) })}>
          {IMPACT_THRESHOLDS.map((threshold) => (
            <option key={threshold} value={threshold}>
              {threshold === 1 ? t('diagnosis.findings.anyImpact') : threshold === 5 ? t('diagnosis.findings.impactOnly', { impact: 5 }) : t('diagnosis.findings.impactAtLeast', { impact: threshold })}
            </option>
          ))}
        </select>
      </div>
      <div className="field diag-toolbar-field">
        <label htmlFor={sortId}>{t('diagnosis.findings.sort')}</label>
        <select id={sortId} className="select" value={sort} onChange={(event) => onSortChange(SORTS.find((candidate) => candidate === event.target.value) ?? 'manual')}>
          {SORTS.map((candidate) => (
            <option key={candidate} value={candidate}>{t(`diagnosis.findings.sortBy.${candidate}`)}</option>
          ))}
        </select>
      </div>
      <p className="muted diag-toolbar-count" aria-live="polite">
        {shownCount < totalCount ? t('diagnosis.findings.shown', { shown: shownCount, total: totalCount }) : ''}
      </p>
      <button type="button" className="btn btn-primary diag-toolbar-action" onClick={onAdd}>
        <Plus size={18} aria-hidden="true" />
        {t('diagnosis.findings.add')}
      </button>
    </div>
  );
}
