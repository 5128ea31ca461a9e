import { useTranslation } from 'react-i18next';
import { CircleAlert, CircleCheck, LocateFixed } from 'lucide-react';
import type { Stakeholder } from '../../../../shared/domain';
import type { PosterCoverage } from '../../../../shared/logic/posterCoverage';
import { formatCount, personName } from '../posterLabels';

interface CoveragePanelProps {
  coverage: PosterCoverage<Stakeholder>;
  language: string;
  onShow: (person: Stakeholder) => void;
}

/** Decision makers, economic buyers and influencers nobody on our side has a relation with. */
export function CoveragePanel({ coverage, language, onShow }: CoveragePanelProps) {
  const { t } = useTranslation();
  const total = coverage.keyPeople.length;
  const covered = total - coverage.uncovered.length;
  return (
    <section className="card section-card poster-coverage" aria-labelledby="poster-coverage-title">
      <h2 id="poster-coverage-title" className="poster-panel-title">{t('poster.coverage.title')}</h2>
      {total === 0 ? (
        <p className="muted">{t('poster.coverage.noKeyPeople')}</p>
      ) : (
        <>
          <p className="poster-coverage-summary">
            {t('poster.coverage.summary', { covered: formatCount(covered, language), total: formatCount(total, language) })}
          </p>
          {coverage.uncovered.length === 0 ? (
            <p className="poster-coverage-ok">
              <CircleCheck size={18} aria-hidden="true" /> {t('poster.coverage.allCovered')}
            </p>
          ) : (
            <ul className="poster-coverage-list" aria-label={t('poster.coverage.listLabel')}>
              {coverage.uncovered.map((person) => (
                <li key={person.id} className="poster-coverage-item">
                  <CircleAlert size={18} aria-hidden="true" className="poster-coverage-icon" />
                  <span className="poster-coverage-text">
                    <strong>{personName(person, t)}</strong>
                    <span className="muted">{t(`poster.role.${person.role}`)}</span>
                  </span>
                  <button type="button" className="btn btn-ghost poster-coverage-select" onClick={() => onShow(person)} aria-label={t('poster.coverage.selectNamed', { name: personName(person, t) })}>
                    <LocateFixed size={16} aria-hidden="true" /> {t('poster.coverage.select')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="field-hint">{t('poster.coverage.explain')}</p>
        </>
      )}
    </section>
  );
}
