import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderSide } from '../../../../shared/domain';
import { sideOptions } from '../posterLabels';

interface SideChoiceProps {
  value: StakeholderSide;
  onChange: (side: StakeholderSide) => void;
}

/** Customer or our side, as two radio buttons (arrow keys switch, as in any radio group). */
export function SideChoice({ value, onChange }: SideChoiceProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('poster.fields.side')}</legend>
      <div className="choice-options">
        {sideOptions(t).map((option) => (
          <span key={option.value} className="choice-option">
            <input type="radio" id={`${name}-${option.value}`} name={name} checked={value === option.value} onChange={() => onChange(option.value)} />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
