import { useTranslation } from 'react-i18next';
import { INFLUENCE_LEVELS, formatCount } from './posterLabels';

/** Influence 1–5 as filled dots, with the number written for people who cannot tell dots apart. */
export function InfluenceDots({ value, language }: { value: number; language: string }) {
  const { t } = useTranslation();
  const text = t('poster.card.influence', { value: formatCount(value, language), max: formatCount(INFLUENCE_LEVELS.length, language) });
  return (
    <span className="influence-dots" title={text}>
      <span className="visually-hidden">{text}</span>
      {INFLUENCE_LEVELS.map((level) => (
        <span key={level} aria-hidden="true" className={level <= value ? 'influence-dot is-filled' : 'influence-dot'} />
      ))}
    </span>
  );
}
