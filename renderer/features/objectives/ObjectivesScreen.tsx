import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/domain';
import { hasFractionalMajorUnits, summariseBudget } from '../../../shared/logic/budget';
import { clampDeviation, type ScenarioDeviation } from '../../../shared/logic/scenarios';
import { useRecords } from '../../data';
import { showToast } from '../../components/toastStore';
import type { PhaseScreenProps } from '../phaseScreens';
import { BudgetSection } from './BudgetSection';
import { ObjectivesSection } from './ObjectivesSection';
import { SavedScenarios } from './SavedScenarios';
import { ScenarioSimulator } from './ScenarioSimulator';
import { createFigureFormatters } from './formatters';
import './objectives.css';

/**
 * Phase 2: this year's objectives and budget as the company set them, and what happens to profit
 * when sales fall short or expenses run over.
 */
export default function ObjectivesScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const objectives = useRecords(workshop.id, 'currentObjectives');
  const budgetLines = useRecords(workshop.id, 'budgetLines');
  const scenarios = useRecords(workshop.id, 'scenarios');
  const finalObjectives = useRecords(workshop.id, 'finalObjectives');
  const [deviation, setDeviation] = useState<ScenarioDeviation>({ salesDeviationPct: 0, expenseDeviationPct: 0 });
  const simulatorRef = useRef<HTMLElement>(null);

  const { language, currency } = workshop;
  const missing = t('objectives.notApplicable');
  const showCents = useMemo(() => hasFractionalMajorUnits((budgetLines ?? []).map((line) => line.amount), currency), [budgetLines, currency]);
  const figures = useMemo(() => createFigureFormatters(language, currency, showCents, missing), [language, currency, showCents, missing]);
  const budget = useMemo(() => summariseBudget(budgetLines ?? []), [budgetLines]);

  if (!objectives || !budgetLines || !scenarios || !finalObjectives) {
    return <p className="muted" role="status">{t('app.loading')}</p>;
  }

  const loadScenario = (scenario: Scenario) => {
    setDeviation({ salesDeviationPct: clampDeviation(scenario.salesDeviationPct), expenseDeviationPct: clampDeviation(scenario.expenseDeviationPct) });
    simulatorRef.current?.scrollIntoView({ block: 'start' });
    simulatorRef.current?.querySelector<HTMLInputElement>('input[type="range"]')?.focus();
    showToast({ tone: 'info', message: t('objectives.scenarios.loaded', { name: scenario.name.trim() || t('objectives.scenarios.untitledPlain') }) });
  };

  return (
    <div className="obj-screen">
      <ObjectivesSection workshopId={workshop.id} language={language} objectives={objectives} finalObjectives={finalObjectives} />
      <BudgetSection workshopId={workshop.id} language={language} currency={currency} lines={budgetLines} budget={budget} figures={figures} />
      <ScenarioSimulator
        workshopId={workshop.id}
        budget={budget}
        hasBudget={budgetLines.length > 0}
        scenarios={scenarios}
        deviation={deviation}
        onDeviationChange={setDeviation}
        figures={figures}
        sectionRef={simulatorRef}
      />
      <SavedScenarios workshopId={workshop.id} language={language} scenarios={scenarios} budget={budget} figures={figures} onLoad={loadScenario} />
    </div>
  );
}
