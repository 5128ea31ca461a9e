import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { Initiative } from '../../../../shared/domain';
import { formatBudget } from '../roadmapText';
import { InitiativeRow } from './InitiativeRow';
import { initiativeComparator, type InitiativeSort, type InitiativeSortKey } from './initiativeSort';
import { useStableOrder } from './useStableOrder';

interface InitiativeTableProps {
  initiatives: readonly Initiative[];
  warningCounts: ReadonlyMap<string, number>;
  language: string;
  currency: string;
  onOpen: (initiativeId: string) => void;
}

/** Columns and the fields they sort by; workstream and owner, start and end share a column to fit. */
const COLUMNS: readonly { keys: readonly Exclude<InitiativeSortKey, 'plan'>[]; className: string }[] = [
  { keys: ['title'], className: 'rm-col-title' },
  { keys: ['workstream', 'owner'], className: 'rm-col-pair' },
  { keys: ['start', 'end'], className: 'rm-col-dates' },
  { keys: ['budget'], className: 'rm-col-budget num' },
  { keys: ['status'], className: 'rm-col-status' },
];

/** The roadmap as a table: the same initiatives, every field editable, sortable by any field. */
export function InitiativeTable({ initiatives, warningCounts, language, currency, onOpen }: InitiativeTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<InitiativeSort>({ key: 'plan', direction: 'ascending' });
  const compare = useMemo(() => initiativeComparator(sort), [sort]);
  const rows = useStableOrder(initiatives, compare, `${sort.key}:${sort.direction}`);
  const total = initiatives.reduce((sum, initiative) => sum + initiative.budget, 0);

  const sortBy = (key: InitiativeSortKey) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' }));

  const sortButton = (key: Exclude<InitiativeSortKey, 'plan'>) => {
    const active = sort.key === key;
    const Icon = !active ? ArrowUpDown : sort.direction === 'ascending' ? ArrowUp : ArrowDown;
    return (
      <button key={key} type="button" className={active ? 'rm-sort rm-sort-active' : 'rm-sort'} onClick={() => sortBy(key)} aria-pressed={active}>
        {key === 'budget' ? t('roadmap.fields.budgetIn', { currency }) : t(`roadmap.fields.${key}`)}
        <Icon size={14} aria-hidden="true" />
      </button>
    );
  };

  return (
    <div className="table-scroll">
      <table className="data-table rm-table rm-initiative-table">
        <caption className="visually-hidden">{t('roadmap.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ keys, className }) => {
              const activeKey = keys.find((key) => key === sort.key);
              return (
                <th key={keys.join('-')} scope="col" className={className} aria-sort={activeKey ? sort.direction : undefined}>
                  <span className="rm-sort-group">
                    {keys.map((key, index) => (
                      <span key={key} className="rm-sort-item">
                        {index > 0 ? <span aria-hidden="true" className="rm-sort-separator">/</span> : null}
                        {sortButton(key)}
                      </span>
                    ))}
                  </span>
                </th>
              );
            })}
            <th scope="col" className="rm-col-actions">
              {sort.key === 'plan' ? (
                <span className="visually-hidden">{t('roadmap.table.actions')}</span>
              ) : (
                <button type="button" className="rm-sort" onClick={() => sortBy('plan')}>
                  {t('roadmap.table.planOrder')}
                </button>
              )}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((initiative, index) => (
            <InitiativeRow
              key={initiative.id}
              initiative={initiative}
              rowNumber={index + 1}
              warningCount={warningCounts.get(initiative.id) ?? 0}
              language={language}
              currency={currency}
              onOpen={onOpen}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3} className="rm-total-label">{t('roadmap.table.total', { count: initiatives.length })}</th>
            <td className="num rm-total">{formatBudget(total, currency, language)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
