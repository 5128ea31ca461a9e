import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/domain';
import { RATING_MAX, RATING_MIN } from '../../../../shared/logic/ideaBoard';
import { updateRecord } from '../../../data';
import { formatCount } from '../ideaLabels';

const NOT_RATED = 'none';
const RATINGS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, index) => RATING_MIN + index);

interface RatingSelectProps {
  idea: Idea;
  field: 'impact' | 'effort';
  label: string;
  hideLabel?: boolean;
  undoLabel: string;
  language: string;
}

/** A 1–5 rating (or none) stored the moment it is chosen. */
export function RatingSelect({ idea, field, label, hideLabel = false, undoLabel, language }: RatingSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const value = idea[field];
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <select
        id={id}
        className="select"
        value={value === null ? NOT_RATED : String(value)}
        onChange={(event) => {
          const chosen = event.target.value === NOT_RATED ? null : Number(event.target.value);
          void updateRecord('ideas', idea.id, { [field]: chosen }, undoLabel);
        }}
      >
        <option value={NOT_RATED}>{t('ideas.rating.none')}</option>
        {RATINGS.map((rating) => (
          <option key={rating} value={String(rating)}>
            {t(`ideas.rating.${field}.${rating}`, { value: formatCount(rating, language) })}
          </option>
        ))}
      </select>
    </div>
  );
}
