import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RotateCcw, Save } from 'lucide-react';
import type { ScenarioDeviation } from '../../../shared/logic/scenarios';
import { DeviationSlider } from './DeviationSlider';

interface SimulatorControlsProps {
  deviation: ScenarioDeviation;
  onDeviationChange: (deviation: ScenarioDeviation) => void;
  /** "+3 %": how a deviation is written in the workshop's language. */
  deviationText: (value: number) => string;
  /** Stores the current deviations as a named scenario; resolves once it is stored. */
  onSave: (name: string) => Promise<void>;
}

/** The two sliders, a way back to the budget, and "save as scenario". */
export function SimulatorControls({ deviation, onDeviationChange, deviationText, onSave }: SimulatorControlsProps) {
  const { t } = useTranslation();
  const nameId = useId();
  // The name being typed is an in-progress edit; nothing is stored until the form is submitted.
  const [name, setName] = useState('');
  const scaleTexts = { lowest: deviationText(-20), middle: deviationText(0), highest: deviationText(20) };
  const atBudget = deviation.salesDeviationPct === 0 && deviation.expenseDeviationPct === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A failed write keeps the name for another try; the save-status banner already says what went wrong.
    onSave(name).then(
      () => setName(''),
      () => undefined,
    );
  };

  return (
    <div className="obj-simulator-controls">
      <DeviationSlider
        label={t('objectives.simulator.salesSlider')}
        hint={t('objectives.simulator.salesHint')}
        value={deviation.salesDeviationPct}
        valueText={deviationText(deviation.salesDeviationPct)}
        scaleTexts={scaleTexts}
        onChange={(salesDeviationPct) => onDeviationChange({ ...deviation, salesDeviationPct })}
      />
      <DeviationSlider
        label={t('objectives.simulator.expenseSlider')}
        hint={t('objectives.simulator.expenseHint')}
        value={deviation.expenseDeviationPct}
        valueText={deviationText(deviation.expenseDeviationPct)}
        scaleTexts={scaleTexts}
        onChange={(expenseDeviationPct) => onDeviationChange({ ...deviation, expenseDeviationPct })}
      />
      <div>
        <button type="button" className="btn btn-ghost" onClick={() => onDeviationChange({ salesDeviationPct: 0, expenseDeviationPct: 0 })} disabled={atBudget}>
          <RotateCcw size={18} aria-hidden="true" />
          {t('objectives.simulator.reset')}
        </button>
      </div>
      <form className="obj-save-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={nameId}>{t('objectives.simulator.nameLabel')}</label>
          <input id={nameId} className="input" value={name} maxLength={200} placeholder={t('objectives.simulator.namePlaceholder')} onChange={(event) => setName(event.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary">
          <Save size={18} aria-hidden="true" />
          {t('objectives.simulator.save')}
        </button>
      </form>
    </div>
  );
}
