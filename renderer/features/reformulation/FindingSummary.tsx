import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain';

/** A finding as this screen lists it: title, type and impact, so the group sees what weighs most. */
export function FindingSummary({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <span className="ref-finding">
      <span className="ref-finding-title">{finding.title.trim() || t('reformulation.findings.untitled')}</span>
      <span className="ref-finding-meta">
        <span className="badge">{t(`reformulation.findingTypes.${finding.type}`)}</span>
        <span className={finding.impact >= 4 ? 'badge badge-warning' : 'badge'}>{t('reformulation.findings.impact', { impact: finding.impact })}</span>
      </span>
    </span>
  );
}
