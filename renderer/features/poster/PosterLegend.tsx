import { useTranslation } from 'react-i18next';
import { RELATION_TYPES, STAKEHOLDER_ATTITUDES } from '../../../shared/domain';
import { AttitudeBadge } from './AttitudeBadge';

/** How to read the canvas: attitudes (colour, icon and word) and the three kinds of line. */
export function PosterLegend() {
  const { t } = useTranslation();
  return (
    <div className="poster-legend" aria-label={t('poster.legend.label')} role="group">
      <ul className="poster-legend-list">
        {STAKEHOLDER_ATTITUDES.map((attitude) => (
          <li key={attitude}><AttitudeBadge attitude={attitude} compact /></li>
        ))}
      </ul>
      <ul className="poster-legend-list">
        {RELATION_TYPES.map((type) => (
          <li key={type} className="poster-legend-line">
            <svg width="36" height="12" aria-hidden="true" className="poster-legend-sample">
              <line x1="2" y1="6" x2={type === 'knows' ? 34 : 26} y2="6" className={`poster-edge poster-edge-${type}`} style={{ strokeWidth: 2.5 }} />
              {type === 'knows' ? null : <polygon points="26,1 35,6 26,11" className={`poster-legend-arrow poster-legend-arrow-${type}`} />}
            </svg>
            <span>{t(`poster.relationType.${type}`)}</span>
          </li>
        ))}
        <li className="muted poster-legend-note">{t('poster.legend.strength')}</li>
      </ul>
    </div>
  );
}
