import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COLOUR_KEYS, type ColourKey } from '../../../../shared/logic/ideaBoard';

interface ColourChoiceProps {
  legend: string;
  value: ColourKey;
  onChange: (colour: ColourKey) => void;
  /** Notes and frames are drawn in different strengths of the same colours. */
  kind: 'note' | 'cluster';
}

/** Colour swatches as a radio group: arrow keys choose, each swatch is named for screen readers. */
export function ColourChoice({ legend, value, onChange, kind }: ColourChoiceProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="ideas-colours">
      <legend>{legend}</legend>
      <div className="ideas-colour-options">
        {COLOUR_KEYS.map((key) => {
          const id = `${name}-${key}`;
          return (
            <span key={key} className="ideas-colour-option">
              <input type="radio" id={id} name={name} checked={value === key} onChange={() => onChange(key)} />
              <label htmlFor={id} className={`ideas-swatch ideas-swatch-${kind} colour-${key}`} title={t(`ideas.colour.${key}`)}>
                <span className="visually-hidden">{t(`ideas.colour.${key}`)}</span>
              </label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
