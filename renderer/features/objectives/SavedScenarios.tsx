import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPlus, Layers } from 'lucide-react';
import { createScenario, type Scenario } from '../../../shared/domain';
import type { BudgetTotals } from '../../../shared/logic/budget';
import { simulateScenario } from '../../../shared/logic/scenarios';
import { addRecords } from '../../data';
import { EmptyState } from '../../components/EmptyState';
import { ScenarioCard } from './ScenarioCard';
import { ScenarioComparison } from './ScenarioComparison';
import type { FigureFormatters } from './formatters';
import { orderAfterLast } from '../../../shared/logic/listOrder';

interface SavedScenariosProps {
  workshopId: string;
  /** Stored names and notes are written in the workshop's language. */
  language: string;
  scenarios: readonly Scenario[];
  budget: BudgetTotals;
  figures: FigureFormatters;
  onLoad: (scenario: Scenario) => void;
}

/** The usual three cases the group starts from; figures are a starting point to argue about. */
const STANDARD_SCENARIOS = [
  { key: 'pessimistic', salesDeviationPct: -5, expenseDeviationPct: 3 },
  { key: 'base', salesDeviationPct: 0, expenseDeviationPct: 0 },
  { key: 'optimistic', salesDeviationPct: 3, expenseDeviationPct: -2 },
] as const;

/** Named scenarios: edited as cards, compared side by side in one table. */
export function SavedScenarios({ workshopId, language, scenarios, budget, figures, onLoad }: SavedScenariosProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const compared = scenarios.map((scenario, index) => ({
    scenario,
    name: scenario.name.trim() || t('objectives.scenarios.untitled', { number: index + 1 }),
    outcome: simulateScenario(budget, scenario),
  }));

  const addStandard = () => {
    const first = orderAfterLast(scenarios);
    const records = STANDARD_SCENARIOS.map((standard, index) =>
      createScenario(workshopId, {
        name: t(`objectives.scenarios.standard.${standard.key}.name`, { lng: language }),
        note: t(`objectives.scenarios.standard.${standard.key}.note`, { lng: language }),
        salesDeviationPct: standard.salesDeviationPct,
        expenseDeviationPct: standard.expenseDeviationPct,
        order: first + index,
      }),
    );
    void addRecords('scenarios', records, t('objectives.undo.addStandardScenarios'));
  };

  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="stack obj-section-title">
        <h2 id={headingId}>{t('objectives.scenarios.heading')}</h2>
        <p className="muted">{t('objectives.scenarios.intro')}</p>
      </div>
      {scenarios.length === 0 ? (
        <EmptyState
          icon={<Layers size={32} />}
          title={t('objectives.scenarios.emptyTitle')}
          body={t('objectives.scenarios.emptyBody')}
          actions={
            <button type="button" className="btn" onClick={addStandard}>
              <ListPlus size={18} aria-hidden="true" />
              {t('objectives.scenarios.addStandard')}
            </button>
          }
        />
      ) : (
        <>
          <ol className="obj-scenario-list">
            {compared.map(({ scenario, outcome }, index) => (
              <ScenarioCard key={scenario.id} scenario={scenario} position={index + 1} siblings={scenarios} outcome={outcome} language={language} figures={figures} onLoad={onLoad} />
            ))}
          </ol>
          <ScenarioComparison budget={budget} scenarios={compared} figures={figures} />
        </>
      )}
    </section>
  );
}
