import { useTranslation } from 'react-i18next';
import { MATURITY_MAX } from '../../../shared/domain';
import type { AreaMaturity } from '../../../shared/logic/maturity';
import { questionAreaName } from '../../../shared/method/questionBank';
import type { Language } from '../../../shared/domain';
import { BarChart, type BarDatum } from '../../components/charts/BarChart';
import type { SituationModel } from './situationModel';
import { MATURITY_LEVELS } from './answerOptions';
import { formatAverage, formatCount } from './situationFormat';

// Below 2 the area is mostly not in place; from 3 it is in real use.
function toneOf(average: number | null): BarDatum['tone'] {
  if (average === null) return 'muted';
  if (average < 2) return 'danger';
  if (average < 3) return 'warning';
  return 'success';
}

function toBar(area: AreaMaturity, language: Language): BarDatum {
  return {
    key: area.area,
    label: questionAreaName(area.area, language),
    value: area.average ?? 0,
    display: formatAverage(area.average, language),
    tone: toneOf(area.average),
  };
}

/** Maturity per area as bars on the 0–4 scale, with the overall score and the mix of responses. */
export function MaturityOverview({ model, language }: { model: SituationModel; language: Language }) {
  const { t } = useTranslation();
  const { summary } = model;
  const { responses } = summary.counts;
  return (
    <section className="card section-card situation-chart-card" aria-labelledby="situation-chart-title">
      <div className="section-head">
        <h2 id="situation-chart-title">{t('situation.chart.title')}</h2>
        <p className="situation-overall">
          <span className="muted">{t('situation.chart.overall')}</span>{' '}
          <strong data-testid="overall-maturity">{formatAverage(summary.overall, language)}</strong>
          <span className="muted"> / {formatCount(MATURITY_MAX, language)}</span>
        </p>
      </div>
      <BarChart
        title={t('situation.chart.caption', { max: formatCount(MATURITY_MAX, language) })}
        data={summary.areas.map((area) => toBar(area, language))}
        max={MATURITY_MAX}
        emptyText={t('situation.chart.empty')}
      />
      <ul className="situation-response-mix" aria-label={t('situation.chart.responsesLabel')}>
        {(['yes', 'partly', 'no', 'unknown'] as const).map((response) => (
          <li key={response} className={`situation-response-pill situation-response-${response}`}>
            <span>{t(`situation.response.${response}`)}</span> <strong>{formatCount(responses[response], language)}</strong>
          </li>
        ))}
      </ul>
      <div className="situation-scale">
        <span className="situation-eyebrow" id="situation-scale-title">{t('situation.maturity.scale')}</span>
        <ol className="situation-scale-list" aria-labelledby="situation-scale-title">
          {MATURITY_LEVELS.map((level) => (
            <li key={level}>
              <span className="situation-scale-level">{formatCount(level, language)}</span> {t(`situation.maturity.level${level}`)}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
