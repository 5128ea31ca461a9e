import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, SearchCheck } from 'lucide-react';
import { createFinding, type FinalObjective, type Finding, type Question, type Workshop } from '../../../../shared/domain';
import { addRecord } from '../../../data';
import { EmptyState } from '../../../components/EmptyState';
import { FindingCard } from './FindingCard';
import { FindingsToolbar } from './FindingsToolbar';
import { orderAfterLast as nextOrder } from '../../../../shared/logic/listOrder';
import { selectFindings, SHOW_ALL_FINDINGS, type FindingFilter, type FindingSort } from './findingOrder';

interface FindingsSectionProps {
  workshop: Workshop;
  findings: readonly Finding[];
  questions: readonly Question[];
  finalObjectives: readonly FinalObjective[];
}

export function FindingsSection({ workshop, findings, questions, finalObjectives }: FindingsSectionProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FindingFilter>(SHOW_ALL_FINDINGS);
  const [sort, setSort] = useState<FindingSort>('manual');
  const [editingIds, setEditingIds] = useState<ReadonlySet<string>>(() => new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const clearFocus = useCallback(() => setFocusId(null), []);

  const questionsById = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const usedByFinding = useMemo(() => {
    const map = new Map<string, FinalObjective[]>();
    for (const objective of finalObjectives) {
      for (const findingId of objective.findingIds) map.set(findingId, [...(map.get(findingId) ?? []), objective]);
    }
    return map;
  }, [finalObjectives]);
  const shown = selectFindings(findings, filter, sort);

  const add = async () => {
    const finding = createFinding(workshop.id, { order: nextOrder(findings) });
    // A new finding must be visible whatever the filters were, with the caret in its title.
    setFilter(SHOW_ALL_FINDINGS);
    setEditingIds((current) => new Set(current).add(finding.id));
    setFocusId(finding.id);
    await addRecord('findings', finding, t('diagnosis.undo.addFinding'));
  };

  const toggleEditing = (id: string) =>
    setEditingIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (findings.length === 0) {
    return (
      <EmptyState
        icon={<SearchCheck size={40} />}
        title={t('diagnosis.findings.emptyTitle')}
        body={t('diagnosis.findings.emptyBody')}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => void add()}>
            <Plus size={18} aria-hidden="true" />
            {t('diagnosis.findings.add')}
          </button>
        }
      />
    );
  }

  return (
    <section className="stack diag-section" aria-labelledby="diag-findings-title">
      <div className="diag-section-intro">
        <h2 id="diag-findings-title" className="visually-hidden">{t('diagnosis.tabs.findings')}</h2>
        <p className="muted">{t('diagnosis.findings.intro')}</p>
      </div>
      <FindingsToolbar
        filter={filter}
        sort={sort}
        onFilterChange={setFilter}
        onSortChange={setSort}
        onAdd={() => void add()}
        shownCount={shown.length}
        totalCount={findings.length}
      />
      {shown.length === 0 ? (
        <div className="card diag-no-match">
          <p>{t('diagnosis.findings.noMatch')}</p>
          <button type="button" className="btn" onClick={() => setFilter(SHOW_ALL_FINDINGS)}>
            {t('diagnosis.findings.clearFilters')}
          </button>
        </div>
      ) : (
        <div className="diag-finding-list">
          {shown.map((finding) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              questions={questions}
              questionsById={questionsById}
              usedBy={usedByFinding.get(finding.id) ?? []}
              language={workshop.language}
              editing={editingIds.has(finding.id)}
              onToggleEditing={() => toggleEditing(finding.id)}
              focusTitle={focusId === finding.id}
              onFocused={clearFocus}
            />
          ))}
        </div>
      )}
    </section>
  );
}
