import { useId } from 'react';
import { SCENARIO_DEVIATION_LIMIT } from '../../../shared/domain';

interface DeviationSliderProps {
  label: string;
  hint: string;
  value: number;
  /** The value as people read it ("−6 %"); also what screen readers announce. */
  valueText: string;
  scaleTexts: { lowest: string; middle: string; highest: string };
  onChange: (value: number) => void;
}

/** A ±20 % slider: arrows move one percent, Page Up/Down ten, Home/End to the limits (the browser's own keys). */
export function DeviationSlider({ label, hint, value, valueText, scaleTexts, onChange }: DeviationSliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="obj-slider">
      <div className="obj-slider-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="obj-slider-value">{valueText}</output>
      </div>
      <input
        id={id}
        type="range"
        className="obj-range"
        min={-SCENARIO_DEVIATION_LIMIT}
        max={SCENARIO_DEVIATION_LIMIT}
        step={1}
        value={value}
        aria-valuetext={valueText}
        aria-describedby={hintId}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <div className="obj-slider-scale" aria-hidden="true">
        <span>{scaleTexts.lowest}</span>
        <span>{scaleTexts.middle}</span>
        <span>{scaleTexts.highest}</span>
      </div>
      <p id={hintId} className="field-hint">{hint}</p>
    </div>
  );
}
