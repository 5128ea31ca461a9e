import { useTranslation } from 'react-i18next';

/** Impact 1–5 as a number and five pips; 4 and 5 stand out, since those drive the new objectives. */
export function ImpactBadge({ impact }: { impact: number }) {
  const { t } = useTranslation();
  const level = impact >= 4 ? 'high' : impact === 3 ? 'medium' : 'low';
  return (
    <span className={`badge diag-impact diag-impact-${level}`}>
      <span className="diag-impact-pips" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((pip) => (
          <span key={pip} className={pip <= impact ? 'diag-pip diag-pip-on' : 'diag-pip'} />
        ))}
      </span>
      {t('diagnosis.findings.impactBadge', { impact })}
    </span>
  );
}
