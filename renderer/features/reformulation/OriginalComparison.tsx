import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentObjective, FinalObjective } from '../../../shared/domain';
import { changedFromOriginal, type ComparedField } from '../../../shared/logic/objectiveChecks';
import { RecordDateField, RecordNumberField, RecordSelect, RecordTextField, type ChoiceOption } from '../../components/fields';
import { OwnerField } from './OwnerField';
import { formatFigure } from './figures';

interface OriginalComparisonProps {
  objective: FinalObjective;
  currentObjectives: readonly CurrentObjective[];
  language: string;
  ownersListId: string;
}

interface ComparisonRow {
  key: string;
  label: string;
  /** Compared with the original to mark what the reformulation changed. */
  compared: ComparedField | null;
  original: string | null;
  reformulated: ReactNode;
}

/**
 * The objective as the company set it (phase 2) beside the objective as the group rewrote it: the
 * left column only shows, the right column edits. Without a recorded original, the left column
 * holds what the objective said before, in words.
 */
export function OriginalComparison({ objective, currentObjectives, language, ownersListId }: OriginalComparisonProps) {
  const { t } = useTranslation();
  const original = currentObjectives.find((candidate) => candidate.id === objective.originalObjectiveId) ?? null;
  const changed = original ? changedFromOriginal(original, objective) : new Set<ComparedField>();
  const undo = (field: string) => t('reformulation.undo.edit', { field });
  const unit = objective.unit.trim() || undefined;
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? null : formatFigure(value, language));
  const text = (value: string | undefined) => (value?.trim() ? value : null);
  const field = (name: string) => t(`reformulation.fields.${name}`);

  const originalOptions: ChoiceOption<string | null>[] = [
    { value: null, label: t('reformulation.original.none') },
    ...currentObjectives.map((current, index) => ({ value: current.id, label: current.title.trim() || t('reformulation.original.untitled', { number: index + 1 }) })),
  ];

  const rows: ComparisonRow[] = [
    {
      key: 'title',
      label: field('title'),
      compared: 'title',
      original: text(original?.title),
      reformulated: (
        <RecordTextField kind="finalObjectives" record={objective} field="title" label={field('title')} hideLabel placeholder={t('reformulation.fields.titlePlaceholder')} undoLabel={undo(field('title'))} className="ref-title-field" />
      ),
    },
    {
      key: 'metric',
      label: field('metric'),
      compared: 'metric',
      original: text(original?.metric),
      reformulated: <RecordTextField kind="finalObjectives" record={objective} field="metric" label={field('metric')} hideLabel placeholder={t('reformulation.fields.metricPlaceholder')} undoLabel={undo(field('metric'))} />,
    },
    {
      key: 'unit',
      label: field('unit'),
      compared: 'unit',
      original: text(original?.unit),
      reformulated: <RecordTextField kind="finalObjectives" record={objective} field="unit" label={field('unit')} hideLabel placeholder={t('reformulation.fields.unitPlaceholder')} undoLabel={undo(field('unit'))} />,
    },
    {
      key: 'baseline',
      label: field('baseline'),
      compared: 'baseline',
      original: figure(original?.baseline),
      reformulated: <RecordNumberField kind="finalObjectives" record={objective} field="baseline" label={field('baseline')} hideLabel language={language} nullable suffix={unit} undoLabel={undo(field('baseline'))} />,
    },
    {
      key: 'target',
      label: field('target'),
      compared: 'target',
      original: figure(original?.target),
      reformulated: <RecordNumberField kind="finalObjectives" record={objective} field="target" label={field('target')} hideLabel language={language} nullable suffix={unit} undoLabel={undo(field('target'))} />,
    },
    {
      key: 'deadline',
      label: field('deadlineRow'),
      compared: null,
      original: text(original?.period),
      reformulated: <RecordDateField kind="finalObjectives" record={objective} field="deadline" label={field('deadline')} hideLabel nullable undoLabel={undo(field('deadline'))} />,
    },
    {
      key: 'owner',
      label: field('owner'),
      compared: 'owner',
      original: text(original?.owner),
      reformulated: <OwnerField objective={objective} label={field('owner')} listId={ownersListId} undoLabel={undo(field('owner'))} />,
    },
  ];

  return (
    <div className="ref-comparison">
      <div className="ref-original-picker">
        <RecordSelect kind="finalObjectives" record={objective} field="originalObjectiveId" label={t('reformulation.original.picker')} options={originalOptions} undoLabel={t('reformulation.undo.original')} />
      </div>
      <table className="ref-compare-table">
        <thead>
          <tr>
            <td className="ref-compare-corner" />
            <th scope="col">{original ? t('reformulation.original.columnLinked') : t('reformulation.original.columnText')}</th>
            <th scope="col">{t('reformulation.original.columnReformulated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="ref-row-label">{row.label}</span>
                {row.compared && changed.has(row.compared) ? <span className="badge badge-primary ref-changed">{t('reformulation.original.changed')}</span> : null}
              </th>
              {original ? (
                <td className="ref-original-value">{row.original ?? <span className="muted">{t('reformulation.original.notSet')}</span>}</td>
              ) : index === 0 ? (
                <td rowSpan={rows.length} className="ref-original-text">
                  <RecordTextField
                    kind="finalObjectives"
                    record={objective}
                    field="originalText"
                    label={t('reformulation.original.textLabel')}
                    multiline
                    maxLength={10_000}
                    placeholder={t('reformulation.original.textPlaceholder')}
                    undoLabel={undo(t('reformulation.original.textLabel'))}
                  />
                  <p className="field-hint">{t('reformulation.original.textHint')}</p>
                </td>
              ) : null}
              <td className="ref-reformulated-value">{row.reformulated}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
